package org.sitrep.ner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The names of {@code knowledge/ner/fine_types.tsv} (and a user's {@code ner/fine_types.tsv} overlay), looked
 * up by a key that ignores case, accents and the width of white space. The first row of a key wins. Keeps
 * the keys sorted as well, so that a matcher growing a span word by word can stop as soon as no name
 * starts with it.
 */
public final class FineTypeTable {
    /** Where the table is on the classpath. */
    public static final String RESOURCE = "knowledge/ner/fine_types.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> TYPES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY", "TITLE",
            "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH");

    private final Map<String, FineName> byKey;
    private final String[] sortedKeys;

    private FineTypeTable(Map<String, FineName> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.sortedKeys = byKey.keySet().toArray(new String[0]);
        Arrays.sort(sortedKeys);
    }

    /** The built-in table with the user's overlay rows after it. */
    public static FineTypeTable load() {
        return of(KnowledgeTable.read(RESOURCE, 4));
    }

    /** A table of rows with the columns name, type, overwrites, source. */
    public static FineTypeTable of(List<KnowledgeTable.Row> rows) {
        Map<String, FineName> byKey = new HashMap<>();
        for (KnowledgeTable.Row r : rows) {
            String name = r.get("name");
            String type = r.get("type");
            if (name.isEmpty()) {
                throw r.error("empty name");
            }
            if (!TYPES.contains(type)) {
                throw r.error("type must be one of " + TYPES + ": " + type);
            }
            boolean exact = name.length() > 1 && name.chars().anyMatch(Character::isLetter)
                    && name.equals(name.toUpperCase(Locale.ROOT));
            boolean capitalised = Character.isUpperCase(name.charAt(0));
            byKey.putIfAbsent(key(name), new FineName(name, type, Set.copyOf(r.list("overwrites")), exact, capitalised));
        }
        return new FineTypeTable(byKey);
    }

    /** The lookup key of a written name: lower case, no accents, single spaces, straight apostrophes. */
    public static String key(String written) {
        String s = written.indexOf('\u2019') >= 0 ? written.replace('\u2019', '\'') : written;
        boolean ascii = s.chars().allMatch(c -> c < 128);
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = s.toLowerCase(Locale.ROOT).strip();
        return s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 ? SPACE.matcher(s).replaceAll(" ") : s;
    }

    /** The name with this key, or null. */
    public FineName get(String key) {
        return byKey.get(key);
    }

    /** Whether some name's key starts with {@code key} (or is it). */
    public boolean startsSomeName(String key) {
        int i = Arrays.binarySearch(sortedKeys, key);
        if (i >= 0) {
            return true;
        }
        int next = -i - 1;
        return next < sortedKeys.length && sortedKeys[next].startsWith(key);
    }

    public int size() {
        return byKey.size();
    }
}
