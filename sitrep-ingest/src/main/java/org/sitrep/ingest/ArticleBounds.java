package org.sitrep.ingest;

import java.util.Arrays;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/**
 * Keeps the work per article bounded before any NLP sees it (docs/limits.md). Every change keeps the
 * text's length, so offsets still count into the text as stored:
 * <ul>
 *   <li>a word (run of non-space characters) longer than {@code maxWordChars} is replaced by spaces;</li>
 *   <li>a run of words with no sentence end (. ! ?) and no blank line longer than {@code maxRunWords} is
 *       cut into pieces by turning one word at each cut into a blank line (the sentence splitter breaks
 *       there); a run longer than ten times that is no prose (a table, a navigation or minified dump) and
 *       is replaced by spaces;</li>
 *   <li>an article with more words than {@code maxWords} is rejected.</li>
 * </ul>
 * Each change is one warning naming the input; an article left with no text is rejected.
 */
public final class ArticleBounds {
    /** A run this many times the run limit is left out of coding rather than cut. */
    static final int SKIP_FACTOR = 10;

    private final IngestOptions options;

    public ArticleBounds(IngestOptions options) {
        this.options = options;
    }

    /** The article as it will be coded, or an InputException naming the limit it is past. */
    public Article apply(Article article, ArticleSink sink) throws InputException {
        char[] text = article.text().toCharArray();
        int longWords = 0;
        int longest = 0;
        int words = 0;
        int cuts = 0;
        int skippedRuns = 0;
        int skippedWords = 0;
        int[] runStarts = new int[16];
        int runLength = 0;
        int i = 0;
        while (i <= text.length) {
            boolean end = i == text.length;
            if (!end && Character.isWhitespace(text[i])) {
                if (text[i] == '\n' && blankLineAt(text, i) && runLength > 0) {
                    int[] r = closeRun(text, runStarts, runLength, i);
                    cuts += r[0];
                    skippedRuns += r[1];
                    skippedWords += r[1] == 1 ? runLength : 0;
                    runLength = 0;
                }
                i++;
                continue;
            }
            if (end) {
                if (runLength > 0) {
                    int[] r = closeRun(text, runStarts, runLength, i);
                    cuts += r[0];
                    skippedRuns += r[1];
                    skippedWords += r[1] == 1 ? runLength : 0;
                }
                break;
            }
            int start = i;
            while (i < text.length && !Character.isWhitespace(text[i])) {
                i++;
            }
            int length = i - start;
            if (length > options.maxWordChars()) {
                longWords++;
                longest = Math.max(longest, length);
                Arrays.fill(text, start, i, ' ');
                continue;
            }
            words++;
            if (words > options.maxWords()) {
                throw new InputException(article.origin(), "more than " + options.maxWords()
                        + " words, over the limit for one article (see --max-words)");
            }
            if (runLength == runStarts.length) {
                runStarts = Arrays.copyOf(runStarts, runLength * 2);
            }
            runStarts[runLength++] = start;
            if (endsSentence(text, start, i)) {
                int[] r = closeRun(text, runStarts, runLength, i);
                cuts += r[0];
                skippedRuns += r[1];
                skippedWords += r[1] == 1 ? runLength : 0;
                runLength = 0;
            }
        }
        if (longWords == 0 && cuts == 0 && skippedRuns == 0) {
            return article;
        }
        String bounded = new String(text);
        if (longWords > 0) {
            sink.warn(article.origin(), longWords + " word(s) longer than " + options.maxWordChars()
                    + " characters (longest " + longest + ") left out of coding (see --max-word-chars)");
        }
        if (skippedRuns > 0) {
            sink.warn(article.origin(), skippedRuns + " stretch(es) of over " + SKIP_FACTOR * options.maxRunWords()
                    + " words without a sentence end (" + skippedWords + " words: a table, list or dump, not prose)"
                    + " left out of coding (see --max-run-words)");
        }
        if (cuts > 0) {
            sink.warn(article.origin(), "text without sentence punctuation cut into pieces of at most "
                    + options.maxRunWords() + " words at " + cuts + " place(s), one word dropped at each cut"
                    + " (see --max-run-words)");
        }
        if (bounded.isBlank()) {
            throw new InputException(article.origin(), "no text left to code: "
                    + (skippedRuns > 0 ? "no sentence in it, only " + skippedWords + " words without a sentence end"
                            + " (see --max-run-words)"
                            : "every word is longer than " + options.maxWordChars() + " characters (see --max-word-chars)"));
        }
        return new Article(article.id(), article.title(), article.published(), article.source(), article.url(),
                article.language(), bounded, article.origin());
    }

    /**
     * Ends a run of {@code n} words starting at {@code starts}: cuts it into pieces or blanks it when too
     * long. Returns {cuts made, 1 when blanked}.
     */
    private int[] closeRun(char[] text, int[] starts, int n, int end) {
        int limit = options.maxRunWords();
        if (n <= limit) {
            return new int[] {0, 0};
        }
        if (n > SKIP_FACTOR * limit) {
            Arrays.fill(text, starts[0], end, ' ');
            return new int[] {0, 1};
        }
        int cuts = 0;
        for (int w = limit; w < n; w += limit) {
            // the space before word w and the word itself become a blank line and spaces
            int from = starts[w] - 1;
            int to = w + 1 < n ? starts[w + 1] - 1 : wordEnd(text, starts[w]);
            Arrays.fill(text, from, Math.max(to, from + 2), ' ');
            text[from] = '\n';
            text[from + 1] = '\n';
            cuts++;
        }
        return new int[] {cuts, 0};
    }

    private static int wordEnd(char[] text, int start) {
        int j = start;
        while (j < text.length && !Character.isWhitespace(text[j])) {
            j++;
        }
        return j;
    }

    private static boolean blankLineAt(char[] text, int newline) {
        for (int j = newline + 1; j < text.length; j++) {
            if (text[j] == '\n') {
                return true;
            }
            if (!Character.isWhitespace(text[j])) {
                return false;
            }
        }
        return false;
    }

    /** True when the word ends with . ! or ?, perhaps followed by closing quotes or brackets. */
    private static boolean endsSentence(char[] text, int start, int end) {
        int j = end - 1;
        while (j > start && "\"'\u201D\u2019)]".indexOf(text[j]) >= 0) {
            j--;
        }
        char c = text[j];
        return c == '.' || c == '!' || c == '?';
    }
}
