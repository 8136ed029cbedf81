package org.sitrep.actor.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One gold item: a short text with the actors its mentions, events and quotes should resolve to.
 *
 * @param id        stable identifier
 * @param published publication date (for the annotator's time expressions)
 * @param text      the article text
 * @param mentions  actor mentions with their expected codes
 * @param events    events by trigger word with expected source and target codes
 * @param quotes    quotes by their first words with the expected speaker
 */
public record ActorGold(String id, LocalDate published, String text, List<Mention> mentions, List<GoldEvent> events,
                        List<GoldQuote> quotes) {
    public ActorGold {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** A mention: its words (the {@code occurrence}-th time they appear) and the codes accepted. */
    public record Mention(String text, int occurrence, String code, Set<String> alternatives) {
        public boolean accepts(String actual) {
            if (code == null) {
                return actual == null;
            }
            return code.equals(actual) || (actual != null && alternatives.contains(actual));
        }
    }

    /** An event by its trigger word; null codes are not judged. */
    public record GoldEvent(String trigger, String source, String target) {
    }

    /** A quote by its first words, with the speaker's name, affiliation and code. */
    public record GoldQuote(String starts, String speaker, String affiliation, String code) {
    }
}
