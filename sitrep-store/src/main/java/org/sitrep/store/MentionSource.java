package org.sitrep.store;

import java.util.function.Consumer;

/** Something that streams stored mentions matching a query: {@link EventStore} or {@link StoreReader}. */
@FunctionalInterface
public interface MentionSource {
    /**
     * Hands each matching mention to the consumer, ordered by date then id, or by cluster when {@code byCluster}.
     */
    void forEach(EventQuery query, boolean byCluster, Consumer<StoredEvent> consumer);
}
