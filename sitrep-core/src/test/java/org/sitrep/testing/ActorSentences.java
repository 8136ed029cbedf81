package org.sitrep.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;

/**
 * Builds annotated articles by hand for actor and quote tests. Each sentence is given as
 * space-separated tokens {@code word|POS|NER|head|relation[|lemma]} with 1-based heads (0 = root),
 * as in CoNLL-U; the tokens are located in the article text in order, so offsets are real.
 */
public final class ActorSentences {
    private ActorSentences() {
    }

    public static AnnotatedArticle article(String text, String... sentenceSpecs) {
        return titledArticle(null, text, sentenceSpecs);
    }

    /** The same with a headline. */
    public static AnnotatedArticle titledArticle(String title, String text, String... sentenceSpecs) {
        Article article = new Article("test", title, LocalDate.of(2021, 7, 8), null, null, "en", text, "test");
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        int cursor = 0;
        for (String spec : sentenceSpecs) {
            String[] cells = spec.trim().split("\\s+");
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                String[] f = cells[i].split("\\|");
                if (f.length < 5) {
                    throw new IllegalArgumentException("token spec needs word|POS|NER|head|relation: " + cells[i]);
                }
                String word = f[0];
                int at = text.indexOf(word, cursor);
                if (at < 0) {
                    throw new IllegalArgumentException("token '" + word + "' not found in text after offset " + cursor);
                }
                cursor = at + word.length();
                String lemma = f.length > 5 ? f[5] : word.toLowerCase(Locale.ROOT);
                tokens.add(new Token(i, word, lemma, f[1], f[2], at, cursor, null));
                int head = Integer.parseInt(f[3]) - 1;
                deps.add(new Dependency(head, i, head < 0 ? "root" : f[4]));
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            Sentence s = new Sentence(sentences.size(), start, end, text.substring(start, end), tokens, deps);
            sentences.add(s);
            mentions.addAll(mentionsOf(s));
        }
        return new AnnotatedArticle(article, sentences, mentions);
    }

    private static List<EntityMention> mentionsOf(Sentence s) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            String ner = s.token(i).ner();
            if ("O".equals(ner)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.size() && ner.equals(s.token(j).ner())) {
                j++;
            }
            out.add(new EntityMention(s.index(), i, j, s.span(i, j), ner, s.token(i).start(), s.token(j - 1).end(), null));
            i = j;
        }
        return out;
    }
}
