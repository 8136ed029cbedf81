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

    /** Distinct publishers (article sources) that report it. */
    public Set<String> sources() {
        Set<String> out = new LinkedHashSet<>();
        for (StoredEvent m : mentions) {
            if (m.articleSource() != null) {
                out.add(m.articleSource());
            }
        }
        return out;
    }

    /** The lowest stated death toll among the mentions (the conservative figure), or null when none states one. */
    public Integer fatalities() {
        return mentions.stream().map(m -> m.event().fatalities()).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
    }
}
