package org.sitrep.event.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.sitrep.article.InputException;
import org.sitrep.gold.GoldLines;

/**
 * One event of the sentence-level factuality gold set ({@code gold/factuality/sentences.tsv}): a sentence, the
 * word that names the event in it, and what the sentence says about that event.
 *
 * @param where      file and line, for messages
 * @param expected   asserted, negated, possible, future, or none (must not be coded at all)
 * @param kind       why, one word (denial, prevention, threat, habitual, control ...)
 * @param word       the event word as written in the sentence
 * @param occurrence which occurrence of the word in the sentence, from 1
 * @param sentence   the sentence
 */
public record FactualityGold(String where, String expected, String kind, String word, int occurrence,
                             String sentence) {
    /** The gold labels; "none" is also the prediction when no event is coded at the word. */
    public static final List<String> LABELS = List.of("asserted", "negated", "possible", "future", "none");
    static final String HEADER = "factuality\tclass\tevent\tsentence";
    private static final Pattern WORD_AND_OCCURRENCE = Pattern.compile("([^#\\s]+)(?:#([1-9][0-9]*))?");

    public boolean asserted() {
        return expected.equals("asserted");
    }

    /** "tune" when the CRC-32 of the sentence's UTF-8 text is even, else "frozen": all events of a sentence go together. */
    public String half() {
        return half(sentence);
    }

    static String half(String sentence) {
        CRC32 crc = new CRC32();
        crc.update(sentence.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? "tune" : "frozen";
    }

    /**
     * Reads the gold file: lines starting with # are comments, then the header line, then one event a line.
     *
     * @throws InputException naming the file and line of the first bad line
     */
    public static List<FactualityGold> read(Path file) throws InputException {
        List<FactualityGold> out = new ArrayList<>();
        boolean header = false;
        for (GoldLines.Line line : GoldLines.read(file)) {
            String text = line.text();
            if (text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.strip().equals(HEADER)) {
                    throw new InputException(line.where(), "expected the header line '" + HEADER.replace("\t", "<tab>")
                            + "' before the first event");
                }
                header = true;
                continue;
            }
            out.add(parse(text, line.where()));
        }
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "no events in the gold file");
        }
        return out;
    }

    static FactualityGold parse(String text, String where) throws InputException {
        String[] f = text.split("\t", -1);
        if (f.length != 4) {
            throw new InputException(where, "expected 4 tab-separated columns (factuality, class, event, sentence), found "
                    + f.length);
        }
        String expected = f[0].strip().toLowerCase(Locale.ROOT);
        if (!LABELS.contains(expected)) {
            throw new InputException(where, "unknown factuality '" + f[0] + "' (one of " + String.join(", ", LABELS) + ")");
        }
        String kind = f[1].strip();
        if (kind.isEmpty()) {
            throw new InputException(where, "empty class");
        }
        var m = WORD_AND_OCCURRENCE.matcher(f[2].strip());
        if (!m.matches()) {
            throw new InputException(where, "event must be one word, optionally with #N for its N-th occurrence: '"
                    + f[2] + "'");
        }
        String word = m.group(1);
        int occurrence = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        String sentence = f[3].strip();
        if (occurrences(sentence, word) < occurrence) {
            throw new InputException(where, "event word '" + f[2].strip() + "' is not in the sentence");
        }
        return new FactualityGold(where, expected, kind, word, occurrence, sentence);
    }

    /** How often {@code word} stands in {@code sentence} as a whole word, ignoring case. */
    static int occurrences(String sentence, String word) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var m = p.matcher(sentence);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Only the items of one half ("tune" or "frozen"). */
    public static List<FactualityGold> half(List<FactualityGold> items, String half) {
        if (!half.equals("tune") && !half.equals("frozen")) {
            throw new IllegalArgumentException("half must be tune or frozen: " + half);
        }
        return items.stream().filter(g -> g.half().equals(half)).toList();
    }
}
