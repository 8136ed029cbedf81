package org.sitrep.store;

import java.time.LocalDate;
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
 */
public record StoredEvent(Event event, String articleId, String clusterId, LocalDate published,
                          String articleSource, String articleUrl, String articleTitle) {
}
