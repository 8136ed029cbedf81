package org.sitrep.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * One real-world event after dedup: its mentions (in store order) and the figures the one-row-per-event
 * exports print.
 *
 * @param clusterId the cluster id (id of its first mention)
 * @param mentions  every stored mention that matched the export's filters
 */
public record MergedEvent(String clusterId, List<StoredEvent> mentions) {
    public MergedEvent {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one mention");
        }
    }

    /** The mention that stands for the event: the cluster's first mention when it matched, else the first one. */
    public StoredEvent representative() {
        return mentions.stream().filter(m -> m.event().id().equals(clusterId)).findFirst().orElse(mentions.get(0));
    }

    public Event event() {
        return representative().event();
    }

    public int articleCount() {
        return (int) mentions.stream().map(StoredEvent::articleId).distinct().count();
    }

    /** Distinct sources that report it (see {@link #sourceOf}). */
    public Set<String> sources() {
        Set<String> out = new LinkedHashSet<>();
        for (StoredEvent m : mentions) {
            String s = sourceOf(m);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Who reported a mention: the article's publisher; when unknown, the host of its URL; else the file or
     * feed it was read from (its name, without folders or line number); null when none is known.
     */
    public static String sourceOf(StoredEvent m) {
        if (m.articleSource() != null && !m.articleSource().isBlank()) {
            return m.articleSource();
        }
        if (m.articleUrl() != null) {
            try {
                String host = java.net.URI.create(m.articleUrl().strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL: fall back to the origin
            }
        }
        String origin = m.articleOrigin();
        if (origin == null || origin.isBlank() || origin.equals("-")) {
            return null;
        }
        String name = origin.replaceFirst(":\\d+$", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** When the event was first stored: its earliest stored mention (UTC), or null when none records it. */
    public java.time.LocalDateTime addedAt() {
        return mentions.stream().map(StoredEvent::storedAt).filter(Objects::nonNull).min(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /** When the event last changed: its latest stored mention (UTC), or null when none records it. */
    public java.time.LocalDateTime changedAt() {
        return mentions.stream().map(StoredEvent::storedAt).filter(Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /** The lowest stated death toll among the mentions (the conservative figure), or null when none states one. */
    public Integer fatalities() {
        return mentions.stream().map(m -> m.event().fatalities()).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
    }
}
