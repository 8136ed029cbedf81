package org.sitrep.server;

import java.util.function.Supplier;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;

/**
 * A coder built on its first use: the server starts without loading CoreNLP, which the first
 * {@code POST /articles} loads (tens of seconds, several GB).
 */
public final class LazyCoder implements ArticleCoder {
    private final Supplier<ArticleCoder> factory;
    private volatile ArticleCoder coder;

    public LazyCoder(Supplier<ArticleCoder> factory) {
        this.factory = factory;
    }

    /** True once the real coder has been built. */
    public boolean loaded() {
        return coder != null;
    }

    @Override
    public CodedArticle code(Article article) {
        ArticleCoder c = coder;
        if (c == null) {
            synchronized (this) {
                c = coder;
                if (c == null) {
                    c = factory.get();
                    coder = c;
                }
            }
        }
        return c.code(article);
    }
}
