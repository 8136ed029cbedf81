package org.sitrep.time.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;

/**
 * Scores predicted event dates against gold events. A prediction matches a gold event when its
 * anchor's trigger token covers the gold trigger's offset; failing that, when it is in the same
 * sentence and its trigger word (or the first word of its evidence trigger) equals the gold trigger,
 * case-insensitively. Each prediction matches at most one gold event. Not thread-safe: one per run.
 */
public final class TimeScorer {
    private final List<TimeScore.Outcome> outcomes = new ArrayList<>();

    /** Adds one article's predictions. */
    public void add(GoldArticle gold, AnnotatedArticle annotated, List<Event> predicted) {
        boolean[] used = new boolean[predicted.size()];
        for (GoldEvent g : gold.events()) {
            int match = find(g, annotated, predicted, used, true);
            if (match < 0) {
                match = find(g, annotated, predicted, used, false);
            }
            if (match < 0) {
                outcomes.add(new TimeScore.Outcome(gold.id(), g, null, false));
            } else {
                used[match] = true;
                outcomes.add(new TimeScore.Outcome(gold.id(), g, predicted.get(match).date(), true));
            }
        }
    }

    private static int find(GoldEvent g, AnnotatedArticle annotated, List<Event> predicted, boolean[] used,
                            boolean byOffset) {
        for (int i = 0; i < predicted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Event e = predicted.get(i);
            EventAnchor a = e.anchor();
            if (byOffset) {
                if (a != null && a.sentence() >= 0 && a.sentence() < annotated.sentences().size()) {
                    Sentence s = annotated.sentences().get(a.sentence());
                    if (a.trigger() >= 0 && a.trigger() < s.size()) {
                        Token t = s.token(a.trigger());
                        if (g.triggerOffset() >= t.start() && g.triggerOffset() < t.end()) {
                            return i;
                        }
                    }
                }
                continue;
            }
            boolean sameSentence = g.triggerOffset() >= e.evidence().start() && g.triggerOffset() < e.evidence().end();
            String word = e.evidence().trigger();
            if (a != null && a.sentence() >= 0 && a.sentence() < annotated.sentences().size()
                    && a.trigger() >= 0 && a.trigger() < annotated.sentences().get(a.sentence()).size()) {
                word = annotated.sentences().get(a.sentence()).token(a.trigger()).word();
            }
            if (sameSentence && word != null && firstWord(word).equalsIgnoreCase(g.trigger())) {
                return i;
            }
        }
        return -1;
    }

    private static String firstWord(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    public TimeScore score() {
        int matched = 0;
        int inside = 0;
        int exact = 0;
        for (TimeScore.Outcome o : outcomes) {
            if (o.matched()) {
                matched++;
                if (o.inside()) {
                    inside++;
                }
                if (o.exact()) {
                    exact++;
                }
            }
        }
        return new TimeScore(outcomes.size(), matched, inside, exact, outcomes);
    }
}
