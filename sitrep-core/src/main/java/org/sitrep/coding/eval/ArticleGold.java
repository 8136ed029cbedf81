package org.sitrep.coding.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One article of the article gold set: its text, the events it reports, what must not be coded, its quotes. */
public record ArticleGold(String id, String title, LocalDate published, String region, String type, String text,
                          List<Event> events, List<Forbidden> forbidden, List<Quote> quotes) {
    public ArticleGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        forbidden = List.copyOf(forbidden);
        quotes = List.copyOf(quotes);
    }

    /** An actor as the gold names it: the words (null when only implied) and its CAMEO-style code (null when none). */
    public record Actor(String text, String code) {
    }

    /** A point where an event happened. */
    public record Place(String name, double lat, double lon) {
    }

    /**
     * One occurrence: accepted CAMEO codes (the first is the best), actors, the inclusive date interval, the
     * place (null when the article does not say), factuality, whether coding it is optional, and a verbatim
     * fragment of the sentence stating it.
     */
    public record Event(List<String> cameo, Actor source, Actor target, LocalDate start, LocalDate end, Place place,
                        String factuality, boolean optional, String evidence) {
        public Event {
            cameo = List.copyOf(cameo);
            if (cameo.isEmpty()) {
                throw new IllegalArgumentException("a gold event needs at least one CAMEO code");
            }
        }

        /** The CAMEO roots this event may be coded with (the roots of its accepted codes). */
        public List<String> roots() {
            return cameo.stream().map(c -> c.substring(0, 2)).distinct().toList();
        }

        public boolean asserted() {
            return "asserted".equals(factuality);
        }
    }

    /** Something that must not be coded as an asserted event of CAMEO root {@code root}. */
    public record Forbidden(String root, String evidence, String why) {
    }

    /** A direct quote by its first words, with the speaker's name and other acceptable names. */
    public record Quote(String starts, String speaker, List<String> alt) {
        public Quote {
            alt = List.copyOf(alt);
        }
    }
}
