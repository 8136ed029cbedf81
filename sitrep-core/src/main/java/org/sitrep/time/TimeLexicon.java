package org.sitrep.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The time words of English news (months, weekdays, units, relative and deictic phrases), read once
 * from {@code knowledge/time/time.tsv}. Immutable and thread-safe.
 */
public final class TimeLexicon {
    /** Resource path of the lexicon on the classpath. */
    public static final String RESOURCE = "knowledge/time/time.tsv";

    /** What a phrase says about time; see the header of time.tsv. */
    public enum Kind { MONTH, WEEKDAY, UNIT, AMOUNT, NUMBER, DIRECTION, OFFSET, DEICTIC, STOP, SEASON, REPORTING }

    /**
     * One lexicon row.
     *
     * @param phrase lower-case words separated by single spaces
     * @param kind   what it says
     * @param low    first value (0 when unused)
     * @param high   second value (0 when unused)
     * @param note   the raw first value for STOP rows, else null
     */
    public record Entry(String phrase, Kind kind, int low, int high, String note) {
        public int words() {
            return phrase.split(" ").length;
        }
    }

    /** A lexicon phrase found at a position in a word list. */
    public record Match(Entry entry, int from, int to) {
    }

    private final Map<String, Entry> byPhrase;
    private final int longest;

    private TimeLexicon(Map<String, Entry> byPhrase) {
        this.byPhrase = Map.copyOf(byPhrase);
        this.longest = byPhrase.values().stream().mapToInt(Entry::words).max().orElse(1);
    }

    /** Reads the lexicon shipped with sitrep-core. */
    public static TimeLexicon load() {
        return of(KnowledgeTable.read(RESOURCE, 4));
    }

    /** Parses lexicon lines (a header line, then rows); rejects malformed rows and duplicate phrases with the line number. */
    static TimeLexicon parse(List<String> lines, String origin) {
        return of(KnowledgeTable.parse(lines, origin));
    }

    private static TimeLexicon of(List<KnowledgeTable.Row> rows) {
        Map<String, Entry> map = new HashMap<>();
        for (KnowledgeTable.Row row : rows) {
            String origin = row.origin();
            int n = row.line();
            String phrase = row.get("phrase").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ":" + n + ": unknown kind " + row.get("kind"));
            }
            String note = null;
            int low = 0;
            int high = 0;
            if (kind == Kind.STOP) {
                note = row.get("value1");
            } else {
                low = number(row.get("value1"), origin, n);
                high = number(row.get("value2"), origin, n);
            }
            Entry entry = new Entry(phrase, kind, low, high, note);
            if (map.put(phrase, entry) != null) {
                throw new IllegalArgumentException(origin + ":" + n + ": duplicate phrase '" + phrase + "'");
            }
        }
        return new TimeLexicon(map);
    }

    private static int number(String field, String origin, int line) {
        String v = field.trim();
        if (v.equals("-")) {
            return 0;
        }
        try {
            return Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ":" + line + ": not a number: " + v);
        }
    }

    /** The entry for exactly this phrase (case-insensitive), or null. */
    public Entry get(String phrase) {
        return byPhrase.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** The entry for this phrase if it is of the given kind, else null. */
    public Entry get(String phrase, Kind kind) {
        Entry e = get(phrase);
        return e != null && e.kind() == kind ? e : null;
    }

    /** The longest phrase of one of the kinds starting at {@code from} in lower-case words, or null. */
    public Match longestAt(List<String> words, int from, Set<Kind> kinds) {
        for (int len = Math.min(longest, words.size() - from); len >= 1; len--) {
            Entry e = byPhrase.get(String.join(" ", words.subList(from, from + len)));
            if (e != null && kinds.contains(e.kind())) {
                return new Match(e, from, from + len);
            }
        }
        return null;
    }

    /** All entries, for tests and documentation. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(byPhrase.values());
        out.sort((a, b) -> a.phrase().compareTo(b.phrase()));
        return out;
    }

    /** Lower-case words of a phrase. */
    static List<String> words(String phrase) {
        return Arrays.asList(phrase.toLowerCase(Locale.ROOT).split(" "));
    }
}
