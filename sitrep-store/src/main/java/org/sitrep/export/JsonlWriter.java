package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.article.Article;
import org.sitrep.output.ContractJson;
import org.sitrep.store.StoredEvent;

/** One line per stored mention: the contract's event object plus its article and its cluster. */
public final class JsonlWriter {
    private final Writer out;

    public JsonlWriter(Writer out) {
        this.out = out;
    }

    public static ObjectNode node(StoredEvent m) {
        ObjectNode n = ContractJson.event(m.event(), articleOf(m));
        n.put("cluster_id", m.clusterId());
        n.putObject("article").put("id", m.articleId()).put("title", m.articleTitle())
                .put("published", m.published() == null ? null : m.published().toString())
                .put("source", m.articleSource()).put("url", m.articleUrl());
        return n;
    }

    /** The article as far as the store keeps it with each mention (no text). */
    static Article articleOf(StoredEvent m) {
        return new Article(m.articleId(), m.articleTitle(), m.published(), m.articleSource(), m.articleUrl(), null, "",
                m.articleId());
    }

    public void write(StoredEvent m) {
        try {
            out.write(ContractReader.MAPPER.writeValueAsString(node(m)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
