package org.sitrep.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;

/**
 * Builds annotated articles for tests from a compact CoNLL-like text: one token per line as
 * {@code word lemma POS NER normalized head relation} (whitespace-separated, "_" for no normalized
 * value, head 0-based, -1 for the root), a blank line between sentences and a line {@code ¶}
 * between paragraphs. The article text is the words joined by single spaces.
 */
public final class TimeSentences {
    private TimeSentences() {
    }

    public static AnnotatedArticle article(LocalDate published, String conll) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String raw : (conll + "\n\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("¶")) {
                if (!rows.isEmpty()) {
                    sentences.add(sentence(sentences.size(), rows, text));
                    rows.clear();
                }
                if (line.equals("¶")) {
                    text.append("\n\n");
                }
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 7) {
                throw new IllegalArgumentException("expected 7 fields: " + line);
            }
            rows.add(f);
        }
        Article a = new Article("test", null, published, null, null, "en", text.toString(), "test");
        return new AnnotatedArticle(a, sentences, List.of());
    }

    private static Sentence sentence(int index, List<String[]> rows, StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        int sentenceStart = text.length();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            tokens.add(new Token(i, f[0], f[1], f[2], f[3], start, text.length(), f[4].equals("_") ? null : f[4]));
            deps.add(new Dependency(Integer.parseInt(f[5]), i, f[6]));
        }
        return new Sentence(index, sentenceStart, text.length(), text.substring(sentenceStart), tokens, deps);
    }

    /** An asserted event anchored at a trigger token, with only what the dater reads filled in. */
    public static Event event(AnnotatedArticle a, int sentence, int trigger) {
        Sentence s = a.sentences().get(sentence);
        return new Event("test-e" + sentence + "-" + trigger, "190", null, 4, -10, null, null, Factuality.ASSERTED,
                null, null, null, null, null, new Evidence(s.text(), s.start(), s.end(), s.token(trigger).word()), 0.5,
                new EventAnchor(sentence, trigger, null, null));
    }

    /** The event anchored at the first token of the sentence spelled {@code word}. */
    public static Event event(AnnotatedArticle a, int sentence, String word) {
        Sentence s = a.sentences().get(sentence);
        for (Token t : s.tokens()) {
            if (t.word().equals(word)) {
                return event(a, sentence, t.index());
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in sentence " + sentence + ": " + s.text());
    }
}
