package org.sitrep.event.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;

/**
 * Picks the main event of a coded text: the event the text is chiefly about. Events are ranked by
 * <ol>
 * <li>factuality: asserted, then possible, future, negated (a report is about what happened);</li>
 * <li>sentence: earlier first (news puts the main event first);</li>
 * <li>clause depth of the trigger: main clause before subordinate clauses and nominal mentions;</li>
 * <li>having an ACLED type (political violence, protest and strategic events over talk);</li>
 * <li>confidence, then text order.</li>
 * </ol>
 * {@link Case2021Labels} labels a text by the first event in this order that has an ACLED type, so an
 * ACLED event anywhere beats talk about it.
 */
public final class MainEvent {
    private MainEvent() {
    }

    /** The main event, or empty when the text has no event. */
    public static Optional<Event> of(CodedArticle coded) {
        List<Event> ranked = ranked(coded);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** All events, main first. */
    public static List<Event> ranked(CodedArticle coded) {
        List<Sentence> sentences = coded.annotated().sentences();
        List<Event> events = new ArrayList<>(coded.events());
        Comparator<Event> order = Comparator.<Event>comparingInt(e -> factualityRank(e.factuality()))
                .thenComparingInt(e -> e.anchor() == null ? Integer.MAX_VALUE : e.anchor().sentence())
                .thenComparingInt(e -> depth(sentences, e))
                .thenComparingInt(e -> e.acled() == null ? 1 : 0)
                .thenComparingDouble(e -> -e.confidence())
                .thenComparingInt(e -> e.anchor() == null ? Integer.MAX_VALUE : e.anchor().trigger());
        events.sort(order);
        return events;
    }

    static int factualityRank(Factuality f) {
        return switch (f) {
            case ASSERTED -> 0;
            case POSSIBLE -> 1;
            case FUTURE -> 2;
            case NEGATED -> 3;
        };
    }

    /** Hops from the trigger to the sentence root; large when unknown. */
    static int depth(List<Sentence> sentences, Event e) {
        if (e.anchor() == null || e.anchor().sentence() < 0 || e.anchor().sentence() >= sentences.size()) {
            return 99;
        }
        Sentence s = sentences.get(e.anchor().sentence());
        int[] head = new int[s.size()];
        java.util.Arrays.fill(head, -1);
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < head.length) {
                head[d.dependent()] = d.governor();
            }
        }
        int node = e.anchor().trigger();
        int depth = 0;
        while (node >= 0 && node < head.length && head[node] >= 0 && depth < 50) {
            node = head[node];
            depth++;
        }
        return depth;
    }
}
