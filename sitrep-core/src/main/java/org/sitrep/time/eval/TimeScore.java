package org.sitrep.time.eval;

import java.util.List;
import org.sitrep.model.EventDate;

/**
 * The result of scoring predicted event dates against the gold set.
 *
 * @param gold     number of gold events
 * @param matched  gold events a predicted event was matched to
 * @param inside   matched events whose predicted interval lies inside the gold interval
 * @param exact    matched events whose predicted interval equals the gold interval
 * @param outcomes one row per gold event, in gold order
 */
public record TimeScore(int gold, int matched, int inside, int exact, List<Outcome> outcomes) {
    public TimeScore {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One gold event with what was predicted for it.
     *
     * @param article   gold article id
     * @param event     the gold event
     * @param predicted the matched prediction's date, or null when no event matched or it had no date
     * @param matched   whether a predicted event matched
     */
    public record Outcome(String article, GoldEvent event, EventDate predicted, boolean matched) {
        public boolean inside() {
            return predicted != null && predicted.within(event.date());
        }

        public boolean exact() {
            return predicted != null && predicted.start().equals(event.date().start())
                    && predicted.end().equals(event.date().end());
        }
    }

    /** Inside-gold share of the matched events (the dater's accuracy); 0 when none matched. */
    public double insideShare() {
        return matched == 0 ? 0 : (double) inside / matched;
    }

    /** Exact-equality share of the matched events. */
    public double exactShare() {
        return matched == 0 ? 0 : (double) exact / matched;
    }

    /** Share of gold events a prediction was matched to. */
    public double matchedShare() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    /** Inside-gold share of all gold events (unmatched ones count as misses). */
    public double insideOfGold() {
        return gold == 0 ? 0 : (double) inside / gold;
    }
}
