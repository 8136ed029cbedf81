package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-service dateline at the start of an article ("ABUJA, Sept 3 —", "ODESA, Ukraine, Sept 10 --",
 * "CAIRO (AP) -"): an upper-case place, optional comma-separated capitalised parts (country, date), then a
 * dash. The parser reads a dateline glued to the lede as part of its first clause ("ABUJA" becomes the
 * subject of the lede's verb, "Sept 3" its date), so the annotator ends a sentence at the dash: the text
 * CoreNLP sees has a full stop there, of the same length, and every offset stays that of the article.
 */
final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}'\u2019.\\- ]{1,40}(?:\\([^)\\n]{1,30}\\))?(?:,\\s*\\p{Lu}[\\p{L}\\p{N}.'\u2019 ]{0,30}){0,3}"
                    + "\\s*(\u2014|\u2013|--| - )\\s*\\S");

    private Dateline() {
    }

    /** The text with a sentence break in place of the dateline's dash; the text itself when there is none. */
    static String withSentenceBreak(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find() || !hasUpperRun(text.substring(0, m.start(1)))) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        int at = m.start(1);
        String dash = m.group(1);
        if (dash.equals(" - ")) {
            b.setCharAt(at + 1, '.');
        } else {
            b.setCharAt(at, '.');
            for (int i = at + 1; i < m.end(1); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /** A dateline's place is written in capitals: at least two upper-case letters in a row. */
    private static boolean hasUpperRun(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isUpperCase(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
