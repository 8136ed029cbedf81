package org.sitrep.store;

import java.util.function.Consumer;

/** What the exports read: stored mentions matching a query, and article texts ({@link EventStore}, {@link StoreReader}). */
public interface MentionSource {
    /**
     * Hands each matching mention to the consumer, ordered by date then id, or by cluster when {@code byCluster}.
     */
    void forEach(EventQuery query, boolean byCluster, Consumer<StoredEvent> consumer);

    /** The stored text of an article, or null when it is not stored. */
    String articleText(String articleId);
}
