package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Relations;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.AcledType;

/**
 * Article-level corrections ACLED's definitions call for once all sentences are coded: a protest takes the
 * outcome asserted around it (violent demonstration, excessive force, intervention), crowd violence with no
 * demonstration around it is mob violence, and a withdrawal next to a takeover is a non-violent transfer of
 * territory.
 */
final class EventReconciler {
    private final WordClasses words;

    EventReconciler(WordClasses words) {
        this.words = words;
    }

    static final List<String> PROTEST_OUTCOMES = List.of("Violent demonstration",
            "Excessive force against protesters", "Protest with intervention");

    static final AcledType VIOLENT_DEMONSTRATION = new AcledType("Riots", "Violent demonstration");
    static final AcledType MOB_VIOLENCE = new AcledType("Riots", "Mob violence");

    /**
     * ACLED's mob violence is crowd violence outside a demonstration (communal attacks, lynchings): a violent
     * demonstration ("villagers pelted the police with stones") whose own and neighbouring sentences name no
     * demonstration, strike or riot ({@code demonstration}, by sentence: knowledge/events/modes.tsv, sentence
     * tag DEMONSTRATION) is mob violence. A blockade (CAMEO 144: "farmers blocked the highway") stays a
     * demonstration: the codebook names road-blocking among a demonstration's destructive acts.
     */
    static List<Event> reconcileMobs(List<Event> events, List<Boolean> demonstration) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean nearDemonstration = e.anchor() == null || e.cameo().startsWith("144");
            if (!nearDemonstration && VIOLENT_DEMONSTRATION.equals(e.acled())) {
                int s = e.anchor().sentence();
                for (int k = Math.max(0, s - 1); k <= Math.min(demonstration.size() - 1, s + 1); k++) {
                    nearDemonstration |= demonstration.get(k);
                }
            }
            out.add(!nearDemonstration && VIOLENT_DEMONSTRATION.equals(e.acled()) ? e.withAcled(MOB_VIOLENCE) : e);
        }
        return out;
    }

    static final AcledType NON_VIOLENT_TRANSFER = new AcledType("Strategic developments",
            "Non-violent transfer of territory");

    /**
     * One side withdraws and another takes the place ("forces pulled out of the city and militants seized
     * it"): ACLED's non-violent transfer of territory, for both events, when a withdrawal (0874) and an
     * occupation (192) are asserted in the same or neighbouring sentences.
     */
    static List<Event> reconcileTerritory(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int k = 0; k < out.size(); k++) {
            Event e = out.get(k);
            boolean withdrawal = e.cameo().equals("0874");
            if (!withdrawal && !e.cameo().equals("192") || e.factuality() != Factuality.ASSERTED
                    || e.anchor() == null) {
                continue;
            }
            String other = withdrawal ? "192" : "0874";
            for (Event q : events) {
                if (q.cameo().equals(other) && q.factuality() == Factuality.ASSERTED && q.anchor() != null
                        && Math.abs(q.anchor().sentence() - e.anchor().sentence()) <= 1) {
                    out.set(k, new Event(e.id(), e.cameo(), e.cameoName(), e.quadClass(), e.goldstein(), e.plover(),
                            NON_VIOLENT_TRANSFER, e.factuality(), e.source(), e.target(), e.date(), e.location(),
                            e.fatalities(), e.evidence(), e.confidence(), e.anchor()));
                    break;
                }
            }
        }
        return out;
    }

    static boolean hasViolence(List<Set<String>> manner, int sentence) {
        return sentence >= 0 && sentence < manner.size() && manner.get(sentence).contains("VIOLENCE");
    }

    /**
     * Violence words in the protest's own sentence, except in what it protests against ("protests against gun
     * violence", "marched to denounce violence"): obliques with against/over/about and purpose clauses.
     */
    boolean violenceBesides(DependencyGraph g, int trigger) {
        if (g == null) {
            return false;
        }
        List<Integer> topics = new ArrayList<>();
        for (int head : new int[] {trigger, topOfClause(g, trigger)}) {
            for (int c : g.children(head)) {
                String base = g.baseRel(c);
                String prep = g.preposition(c);
                if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD)) && (prep.equals("against")
                        || prep.equals("over")
                        || prep.equals("about")) || (base.equals(Relations.XCOMP) || base.equals(Relations.ADVCL))
                        && g.mark(c).equals("to")) {
                    topics.add(c);
                }
            }
        }
        for (int i = 0; i < g.size; i++) {
            ModeLexicon.Entry e = words.mannerEntry(g, i);
            if (e == null || !e.tags().contains("VIOLENCE")) {
                continue;
            }
            boolean topic = false;
            for (int t : topics) {
                topic |= g.dominates(t, i);
            }
            if (!topic) {
                return true;
            }
        }
        return false;
    }

    /**
     * ACLED codes a protest by how it went: a demonstration whose protesters turned violent is a violent
     * demonstration, one met with force an excessive-force or intervention event. A peaceful-protest event
     * takes the strongest such outcome asserted in its own or a neighbouring sentence; failing that, talk of
     * violence or rioting around it (not what it protests against) makes it a violent demonstration.
     */
    List<Event> reconcileProtests(List<Event> events, List<Set<String>> manner, List<DependencyGraph> graphs) {
        List<Event> out = new ArrayList<>(events);
        for (int k = 0; k < out.size(); k++) {
            Event p = out.get(k);
            if (p.acled() == null || !p.acled().subEventType().equals("Peaceful protest")
                    || p.factuality() != Factuality.ASSERTED || p.anchor() == null) {
                continue;
            }
            AcledType best = null;
            int bestRank = PROTEST_OUTCOMES.size();
            for (Event q : events) {
                if (q == p || q.acled() == null || q.factuality() != Factuality.ASSERTED || q.anchor() == null
                        || Math.abs(q.anchor().sentence() - p.anchor().sentence()) > 1) {
                    continue;
                }
                int rank = PROTEST_OUTCOMES.indexOf(q.acled().subEventType());
                if (rank >= 0 && rank < bestRank) {
                    bestRank = rank;
                    best = q.acled();
                }
            }
            int s = p.anchor().sentence();
            if (best == null && (hasViolence(manner, s - 1) || hasViolence(manner, s + 1)
                    || violenceBesides(graphs.get(s), topOfClause(graphs.get(s), p.anchor().trigger())))) {
                best = VIOLENT_DEMONSTRATION;
            }
            if (best != null) {
                out.set(k, new Event(p.id(), p.cameo(), p.cameoName(), p.quadClass(), p.goldstein(), p.plover(), best,
                        p.factuality(), p.source(), p.target(), p.date(), p.location(), p.fatalities(), p.evidence(),
                        p.confidence(), p.anchor()));
            }
        }
        return out;
    }

    /** The highest predicate of the clause a trigger heads, through xcomp ("marched to denounce violence"). */
    static int topOfClause(DependencyGraph g, int trigger) {
        if (g == null) {
            return trigger;
        }
        int t = trigger;
        for (int hop = 0; hop < 3 && g.head[t] >= 0 && g.rel[t].equals(Relations.XCOMP); hop++) {
            t = g.head[t];
        }
        return t;
    }
}
