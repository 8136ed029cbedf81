package org.sitrep.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sitrep.model.Event;

/**
 * One stored mention of an event, with where it was reported and which real-world event (dedup cluster)
 * it belongs to.
 *
 * @param event     the event as coded from its article (no annotation anchor)
 * @param articleId the article that reports it
 * @param clusterId the real-world event it was merged into: the id of the cluster's first mention
 * @param published the article's publication date, or null
 * @param articleSource the article's publisher, or null
 * @param articleUrl the article's URL, or null
 * @param articleTitle the article's headline, or null
 * @param articleOrigin where the article was read (path, path:line, "-"), or null
 * @param storedAt  when this mention was stored (UTC), or null for rows stored before schema version 5
 */
public record StoredEvent(Event event, String articleId, String clusterId, LocalDate published,
                          String articleSource, String articleUrl, String articleTitle, String articleOrigin,
                          LocalDateTime storedAt) {

    /** A mention without origin and store time (built by hand, not read from a store). */
    public StoredEvent(Event event, String articleId, String clusterId, LocalDate published, String articleSource,
                       String articleUrl, String articleTitle) {
        this(event, articleId, clusterId, published, articleSource, articleUrl, articleTitle, null, null);
    }
}
