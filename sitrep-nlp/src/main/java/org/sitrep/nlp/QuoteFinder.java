package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.QuoteSpan;
import org.sitrep.annotation.Sentence;

/**
 * Finds direct quotations: text between curly double quotes (“…”) or straight double quotes,
 * quotation marks excluded. Speaker attribution is left to the quote stage, which reads the syntax.
 */
final class QuoteFinder {
    private static final int MAX_QUOTE_CHARS = 5000;

    private QuoteFinder() {
    }

    static List<QuoteSpan> find(String text, List<Sentence> sentences) {
        List<QuoteSpan> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '\u201C' ? '\u201D' : c == '"' ? '"' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (end < 0 || end - i > MAX_QUOTE_CHARS) {
                i++;
                continue;
            }
            int s = i + 1;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new QuoteSpan(s, e, text.substring(s, e), sentenceAt(sentences, s), null, -1));
            }
            i = end + 1;
        }
        return out;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
    }
}
