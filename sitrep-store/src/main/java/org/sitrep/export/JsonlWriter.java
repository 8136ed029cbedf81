package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.store.StoredEvent;

/** One line per stored mention: the contract's event object plus its article and its cluster. */
public final class JsonlWriter {
    private final Writer out;

    public JsonlWriter(Writer out) {
        this.out = out;
    }

    public static ObjectNode node(StoredEvent m) {
        ObjectNode n = ContractJson.event(m.event());
        n.put("cluster_id", m.clusterId());
        n.putObject("article").put("id", m.articleId()).put("title", m.articleTitle())
                .put("published", m.published() == null ? null : m.published().toString())
                .put("source", m.articleSource()).put("url", m.articleUrl());
        return n;
    }

    public void write(StoredEvent m) {
        try {
            out.write(ContractJson.MAPPER.writeValueAsString(node(m)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
