package org.sitrep.time.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;

/**
 * Builds events anchored at the gold triggers of an annotated gold article, so the dater can be
 * scored on its own, without the event coder's misses hiding how well it dates.
 */
public final class GoldAnchors {
    private GoldAnchors() {
    }

    /** One event per gold event whose trigger token is found (tokens covering the trigger offset). */
    public static List<Event> events(AnnotatedArticle annotated, GoldArticle gold) {
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (GoldEvent g : gold.events()) {
            n++;
            for (Sentence s : annotated.sentences()) {
                if (g.triggerOffset() < s.start() || g.triggerOffset() >= s.end()) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (g.triggerOffset() >= t.start() && g.triggerOffset() < t.end()) {
                        out.add(new Event(gold.id() + "-g" + n, "---", null, 1, 0, null, null, Factuality.ASSERTED,
                                null, null, null, null, null, new Evidence(s.text(), s.start(), s.end(), t.word()), 1.0,
                                new EventAnchor(s.index(), t.index(), null, null)));
                    }
                }
            }
        }
        return out;
    }
}
