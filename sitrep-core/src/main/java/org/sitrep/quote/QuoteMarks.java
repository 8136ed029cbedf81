package org.sitrep.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations by their marks: curly (“ ”) and straight (") double quotes, paired
 * within a paragraph; a quotation left open at the end of a paragraph runs to the paragraph's end
 * (news style opens the next paragraph with a new mark when the quote goes on).
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** A quotation: offsets of the quoted words (marks excluded, trimmed) and its paragraph. */
    record Span(int start, int end, int paragraph, boolean continuesParagraph) {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int paragraph = 0;
        int paraStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                if (i > paraStart) {
                    scanParagraph(text, paraStart, i, paragraph, out);
                }
                if (i < n && i > paraStart && !text.substring(paraStart, i).isBlank()) {
                    paragraph++;
                }
                paraStart = i + 1;
            }
        }
        return out;
    }

    private static void scanParagraph(String text, int from, int to, int paragraph, List<Span> out) {
        int open = -1;
        char openMark = 0;
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || (c == '"' && open < 0)) {
                if (open >= 0) {
                    // a new opening mark while one is open: the earlier quote ends here
                    add(text, open + 1, i, paragraph, first && isFirstNonBlank(text, from, open), out);
                    first = false;
                }
                open = i;
                openMark = c;
            } else if ((c == '\u201d' && open >= 0) || (c == '"' && open >= 0 && openMark == '"')) {
                add(text, open + 1, i, paragraph, isFirstNonBlank(text, from, open), out);
                open = -1;
                first = false;
            }
        }
        if (open >= 0) {
            add(text, open + 1, to, paragraph, isFirstNonBlank(text, from, open), out);
        }
    }

    private static boolean isFirstNonBlank(String text, int from, int at) {
        for (int i = from; i < at; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(String text, int start, int end, int paragraph, boolean opensParagraph, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end, paragraph, opensParagraph));
        }
    }
}
