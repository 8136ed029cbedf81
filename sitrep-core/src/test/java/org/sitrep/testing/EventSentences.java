package org.sitrep.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;

/**
 * Hand-built parsed sentences for event-coder tests, written in a compact CoNLL-like notation: tokens
 * separated by spaces, each {@code word/lemma/POS/head/relation[/NER]} with 1-based heads and 0 for the root.
 * The sentence text is the words joined by single spaces (no space before punctuation).
 */
public final class EventSentences {
    private EventSentences() {
    }

    /** One sentence starting at character {@code offset} with index {@code index}. */
    public static Sentence sentence(int index, int offset, String spec) {
        String[] parts = spec.trim().split("\\s+");
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException("token needs word/lemma/POS/head/relation: " + parts[i]);
            }
            String word = f[0];
            boolean punct = f[2].equals(".") || f[2].equals(",") || f[2].equals(":") || word.equals("'s");
            if (text.length() > 0 && !punct) {
                text.append(' ');
            }
            int start = offset + text.length();
            text.append(word);
            String ner = f.length > 5 ? f[5] : "O";
            String normalized = f[2].equals("CD") ? word : null;
            tokens.add(new Token(i, word, f[1], f[2], ner, start, start + word.length(), normalized));
            deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
        }
        return new Sentence(index, offset, offset + text.length(), text.toString(), tokens, deps);
    }

    /** An article made of the given sentence specs, one space between sentences. */
    public static AnnotatedArticle article(String id, String... specs) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < specs.length; k++) {
            if (k > 0) {
                text.append(' ');
            }
            Sentence s = sentence(k, text.length(), specs[k]);
            text.append(s.text());
            sentences.add(s);
        }
        Article article = new Article(id, null, LocalDate.of(2021, 7, 8), null, null, "en", text.toString(), "test");
        return new AnnotatedArticle(article, sentences, List.of());
    }
}
