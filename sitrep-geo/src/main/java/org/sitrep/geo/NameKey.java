package org.sitrep.geo;

import java.text.Normalizer;

/**
 * The form under which place names are indexed and looked up: lower case, diacritics removed,
 * periods and apostrophes dropped, hyphens and runs of white space made one space
 * ("Ain al-Asad" and "Ain Al Asad" share "ain al asad"; "U.S." is "us").
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(CharSequence text) {
        CharSequence s = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                s = fold(text.toString());
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') {
                continue;
            }
            if (c == '-' || c == '\u2013' || c == '\u2010' || c == '_' || Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '\u0131' -> out.append('i');
                case '\u00f8' -> out.append('o');
                case '\u00d8' -> out.append('O');
                case '\u00df' -> out.append("ss");
                case '\u00e6' -> out.append("ae");
                case '\u0111' -> out.append('d');
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u02bf', '\u02be', '\u02bb', '\u02bc' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
