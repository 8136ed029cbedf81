package org.sitrep.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns words and aliases into comparable keys: lower case, no diacritics, no apostrophes or
 * dots, hyphenated words split ("Kata'ib" and "Kataib" meet; "Iran-backed" is "iran" + "backed").
 */
final class AliasNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private AliasNormalizer() {
    }

    /** The key of one word part. */
    static String key(String part) {
        String s = part;
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                letters = true;
                break;
            }
            letters |= Character.isLetterOrDigit(c);
        }
        if (!letters) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc' || c == '.') {
                continue;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** True when a word needs no normalisation beyond lower case: ASCII letters and digits only. */
    static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** True for the characters that split a word into parts. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '/';
    }

    /** Splits a word into its hyphen-separated parts, as surface strings. */
    static List<String> parts(String word) {
        List<String> out = new ArrayList<>(2);
        int from = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || isHyphen(word.charAt(i))) {
                if (i > from) {
                    out.add(word.substring(from, i));
                }
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * Splits an alias as the tokenizer would split text: on spaces and hyphens, with a possessive
     * "'s" as its own part. A leading "the" is dropped.
     */
    static List<String> aliasParts(String alias) {
        List<String> out = new ArrayList<>();
        for (String piece : alias.trim().split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            String possessive = null;
            String lower = piece.toLowerCase(Locale.ROOT);
            if (piece.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
                possessive = "'s";
                piece = piece.substring(0, piece.length() - 2);
            }
            out.addAll(parts(piece));
            if (possessive != null) {
                out.add(possessive);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out;
    }

    /** How a surface part must be written in the text for an alias part written like {@code aliasPart}. */
    static byte caseRule(String aliasPart) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < aliasPart.length(); i++) {
            char c = aliasPart.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters >= 2 && upper == letters) {
            return CASE_ALL_CAPS;
        }
        if (letters > 0 && Character.isUpperCase(firstLetter(aliasPart))) {
            return CASE_CAPITALISED;
        }
        return CASE_ANY;
    }

    static final byte CASE_ANY = 0;
    static final byte CASE_CAPITALISED = 1;
    static final byte CASE_ALL_CAPS = 2;

    /** Whether a surface part satisfies a case rule. */
    static boolean satisfies(String surface, byte rule) {
        if (rule == CASE_ANY) {
            return true;
        }
        char first = firstLetter(surface);
        if (rule == CASE_CAPITALISED) {
            return Character.isUpperCase(first);
        }
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }
}
