package org.sitrep.geo;

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
 * Hand-built annotated sentences for geocoding tests. Tokens are written "word/POS/NER" (NER "O" may
 * be left out) and joined by single spaces in the article text; dependencies as
 * "relation(governor, dependent)" with 0-based token indices, "root(-1, i)" for the root. A token written
 * with a leading "^" follows the previous one without a space ("Guinea ^-/HYPH ^Bissau").
 */
final class PlaceSentences {
    private final List<Sentence> sentences = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    PlaceSentences sentence(String tokens, String... deps) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int sentenceStart = text.length();
        List<Token> list = new ArrayList<>();
        String[] parts = tokens.trim().split(" +");
        for (int i = 0; i < parts.length; i++) {
            boolean glued = parts[i].startsWith("^");
            String[] f = (glued ? parts[i].substring(1) : parts[i]).split("/");
            if (i > 0 && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            list.add(new Token(i, f[0], f[0].toLowerCase(), pos, ner, start, text.length(), null));
        }
        List<Dependency> edges = new ArrayList<>();
        for (String d : deps) {
            int open = d.indexOf('(');
            String[] args = d.substring(open + 1, d.length() - 1).split(",");
            edges.add(new Dependency(Integer.parseInt(args[0].trim()), Integer.parseInt(args[1].trim()),
                    d.substring(0, open)));
        }
        sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(),
                text.substring(sentenceStart), list, edges));
        return this;
    }

    AnnotatedArticle article() {
        Article a = new Article("test", null, null, null, null, "en", text.toString(), "test");
        return new AnnotatedArticle(a, sentences, List.of());
    }

    /** An event whose trigger is token {@code trigger} of sentence {@code sentence}. */
    static Event event(AnnotatedArticle article, int sentence, int trigger) {
        return event(article, sentence, trigger, "190");
    }

    /** The same with a CAMEO code of its own ("112": accuse). */
    static Event event(AnnotatedArticle article, int sentence, int trigger, String cameo) {
        Sentence s = article.sentences().get(sentence);
        return new Event("test-e1", cameo, "Use conventional military force", 4, -10, null, null,
                Factuality.ASSERTED, null, null, null, null, null,
                new Evidence(s.text(), s.start(), s.end(), s.token(trigger).word()), 0.8,
                new EventAnchor(sentence, trigger, null, null));
    }
}
