package org.sitrep.spark;

import java.io.Serializable;

/**
 * What became of one input: an article read (not yet coded), an article coded (the article as read and its
 * contract JSON line), or an input rejected (where, and why).
 */
record Outcome(SourceArticle read, String articleId, String json, String input, String reason)
        implements Serializable {
    static Outcome read(SourceArticle article) {
        return new Outcome(article, article.id(), null, null, null);
    }

    static Outcome coded(SourceArticle article, String json) {
        return new Outcome(article, article.id(), json, null, null);
    }

    static Outcome rejected(String input, String reason) {
        return new Outcome(null, null, null, input, reason);
    }

    boolean isRead() {
        return read != null && json == null;
    }

    boolean isCoded() {
        return json != null;
    }

    boolean isRejected() {
        return reason != null;
    }
}
