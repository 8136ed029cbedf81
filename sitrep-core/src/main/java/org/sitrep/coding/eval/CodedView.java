package org.sitrep.coding.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * What the scorer reads of one coded article: its events and quotes reduced to the fields that are scored,
 * so that the scorer can be tested on hand-built articles and does not depend on how the pipeline runs.
 */
public record CodedView(String id, List<Event> events, List<Quote> quotes) {
    public CodedView {
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /**
     * One coded event: its CAMEO code, factuality label, date interval (null when undated), location (null
     * lat/lon when none), actor codes and texts, and the sentence and trigger of its evidence.
     */
    public record Event(String cameo, String factuality, LocalDate start, LocalDate end, Double lat, Double lon,
                        String sourceCode, String targetCode, String sentence, String trigger) {
        public String root() {
            return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
        }

        public boolean asserted() {
            return "asserted".equals(factuality);
        }
    }

    /** One coded quote: its text and the speaker's name and words (either may be null). */
    public record Quote(String text, String speakerName, String speakerText) {
    }
}
