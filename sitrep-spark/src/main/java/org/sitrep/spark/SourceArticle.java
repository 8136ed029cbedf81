package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.article.Article;

/** An article as read on an executor, in a form Spark can shuffle to the task that codes it. */
record SourceArticle(String id, String title, String published, String source, String url, String language,
                     String text, String origin) implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static SourceArticle of(Article a) {
        return new SourceArticle(a.id(), a.title(), a.published() == null ? null : a.published().toString(),
                a.source(), a.url(), a.language(), a.text(), a.origin());
    }

    Article article() {
        return new Article(id, title, published == null ? null : LocalDate.parse(published), source, url, language,
                text, origin);
    }

    /**
     * The article as one JSON Lines input record (what {@code sitrep code} reads: id, title, published, source,
     * url, text) plus its language and origin: the job's {@code articles/} output, which gives
     * {@code sitrep ingest} the texts the contract lines do not carry.
     */
    String jsonLine() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("title", title);
        n.put("published", published);
        n.put("source", source);
        n.put("url", url);
        n.put("language", language);
        n.put("origin", origin);
        n.put("text", text);
        return n.toString();
    }
}
