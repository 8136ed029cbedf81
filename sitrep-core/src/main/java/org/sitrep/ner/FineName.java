package org.sitrep.ner;

import java.util.Set;

/**
 * One name of the fine type table.
 *
 * @param text       the name as the table writes it
 * @param type       the fine type it gives (COUNTRY, STATE_OR_PROVINCE, CITY, NATIONALITY, TITLE, ...)
 * @param overwrites the tags it may replace ("O" for untagged tokens)
 * @param exactCase  an all-capital name ("US"): matches only itself
 * @param capitalised written with a capital first letter: matches only a capitalised word
 */
public record FineName(String text, String type, Set<String> overwrites, boolean exactCase, boolean capitalised) {
    public FineName {
        overwrites = Set.copyOf(overwrites);
    }

    /** Whether the words of a span, as written, may be this name. */
    boolean matchesCase(String written) {
        if (exactCase) {
            return written.equals(text);
        }
        return !capitalised || !written.isEmpty() && Character.isUpperCase(written.charAt(0));
    }

    /** Whether a token tagged {@code ner} may take this name's type. */
    boolean mayReplace(String ner) {
        return overwrites.contains(ner == null ? "O" : ner);
    }
}
