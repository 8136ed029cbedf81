package org.sitrep.event.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Event;

/**
 * Scores the factuality of coded events against {@link FactualityGold}: the gold word is found among the
 * sentence's tokens (its N-th occurrence, ignoring case), and an event is at that word when its anchor is that
 * token or its trigger words include it. The prediction is that event's factuality, "asserted" if any event at
 * the word is asserted, and "none" when no event is coded there.
 */
public final class FactualityScorer {
    /** One scored event: the gold item, what was predicted, and the deciding coded trigger (or null). */
    public record Outcome(FactualityGold gold, String predicted, String trigger) {
        public boolean right() {
            return gold.expected().equals(predicted);
        }

        /** Not asserted in gold but coded asserted. */
        public boolean forbidden() {
            return !gold.asserted() && predicted.equals("asserted");
        }

        /** Asserted in gold but not coded asserted. */
        public boolean lost() {
            return gold.asserted() && !predicted.equals("asserted");
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    /** Scores one gold item against the annotation of its sentence and the events coded from it. */
    public Outcome add(FactualityGold gold, AnnotatedArticle annotated, List<Event> events) {
        Outcome o = outcome(gold, annotated, events);
        outcomes.add(o);
        return o;
    }

    static Outcome outcome(FactualityGold gold, AnnotatedArticle annotated, List<Event> events) {
        int[] at = locate(gold, annotated);
        Event found = null;
        for (Event e : events) {
            if (at != null && atWord(e, gold.word(), annotated.sentences().get(at[0]), at[1])
                    && (found == null || e.factuality() == org.sitrep.model.Factuality.ASSERTED)) {
                found = e;
            }
        }
        if (found == null) {
            return new Outcome(gold, "none", null);
        }
        return new Outcome(gold, found.factuality().label(), found.cameo() + " '" + found.evidence().trigger() + "'");
    }

    /** Sentence and token index of the gold word's occurrence, or null when the tokens do not hold it. */
    private static int[] locate(FactualityGold gold, AnnotatedArticle annotated) {
        int seen = 0;
        for (int s = 0; s < annotated.sentences().size(); s++) {
            List<Token> tokens = annotated.sentences().get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).word().equalsIgnoreCase(gold.word()) && ++seen == gold.occurrence()) {
                    return new int[] {s, t};
                }
            }
        }
        return null;
    }

    private static boolean atWord(Event e, String word, Sentence sentence, int token) {
        if (e.anchor() != null) {
            if (e.anchor().sentence() != sentence.index()) {
                return false;
            }
            if (e.anchor().trigger() == token) {
                return true;
            }
        } else if (!sentence.text().equals(e.evidence().sentence())) {
            return false;
        }
        String trigger = e.evidence().trigger();
        if (trigger == null) {
            return false;
        }
        for (String w : trigger.split("\\s+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    public FactualityScores score() {
        return new FactualityScores(List.copyOf(outcomes));
    }

    static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", part / (double) whole);
    }
}
