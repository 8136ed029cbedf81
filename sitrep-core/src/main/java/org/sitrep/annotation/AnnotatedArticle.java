package org.sitrep.annotation;

import java.util.List;
import org.sitrep.article.Article;

/**
 * An article with its linguistic annotation: Sitrep's own records, whatever NLP library made them.
 *
 * @param article   the article as read
 * @param sentences sentences in text order
 * @param mentions  named-entity and time mentions in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> mentions) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }

    /** Mentions of one sentence. */
    public List<EntityMention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
