package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of a lowered sentence for {@link MentionIndex}'s text filter, on UTF-8 bytes: a word is a run of ASCII
 * letters and digits and non-ASCII bytes. A text that is a substring of a sentence contains every word of it that
 * stands whole in the text (a non-word byte on both sides inside the text) as a whole word too, so the postings of
 * the text's inner words bound where it can occur; the substring test on the bytes decides.
 */
final class Words {
    private Words() {
    }

    static boolean isWordByte(byte b) {
        return b < 0 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /** The runs of word bytes, as start and end offsets. */
    private static List<int[]> runs(byte[] s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            while (i < s.length && !isWordByte(s[i])) {
                i++;
            }
            int start = i;
            while (i < s.length && isWordByte(s[i])) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /** The distinct words of a sentence. */
    static Set<String> of(byte[] s) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] r : runs(s)) {
            out.add(new String(s, r[0], r[1] - r[0], StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    /**
     * The words of a text that any sentence containing it has whole: those with a non-word byte on both sides
     * inside the text (the first and last run may be the end or the start of a longer word).
     */
    static List<String> whole(byte[] t) {
        List<String> out = new ArrayList<>();
        for (int[] r : runs(t)) {
            if (r[0] > 0 && r[1] < t.length) {
                out.add(new String(t, r[0], r[1] - r[0], StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    /** The text's only word when it is one word and nothing else, else null. */
    static String single(byte[] t) {
        if (t.length == 0) {
            return null;
        }
        for (byte b : t) {
            if (!isWordByte(b)) {
                return null;
            }
        }
        return new String(t, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code text} occurs in {@code s} (LIKE '%text%' on the bytes). */
    static boolean contains(byte[] s, byte[] text) {
        int n = text.length;
        if (n == 0) {
            return true;
        }
        byte first = text[0];
        outer:
        for (int i = 0, last = s.length - n; i <= last; i++) {
            if (s[i] != first) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (s[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
