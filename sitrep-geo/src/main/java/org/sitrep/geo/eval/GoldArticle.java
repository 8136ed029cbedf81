package org.sitrep.geo.eval;

import java.util.List;
import org.sitrep.article.Article;

/** One article of a geoparsing gold corpus. */
public record GoldArticle(String id, String title, String text, List<GoldToponym> toponyms) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }

    /** The article to annotate: the gold text as is (offsets refer to it). */
    public Article article(String origin) {
        return new Article(id, title, null, null, null, "en", text, origin);
    }
}
