package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.Relations;

/**
 * The lexicon names inside one phrase, by kind, with the one covering the head and the backer
 * the phrase names ("Iran-backed fighters"); and the small searches over such lists.
 *
 * @param headMatch the name covering the head, or null
 * @param patron    the backer's country code or name, or null
 */
record PhraseParts(LexiconMatch headMatch, List<LexiconMatch> orgs, List<LexiconMatch> states,
                   List<LexiconMatch> agents, List<LexiconMatch> people, String patron) {

    /** Sorts the names of a sentence that belong to the phrase. */
    static PhraseParts of(MatchedSentence ms, Phrase phrase) {
        int head = phrase.head();
        List<LexiconMatch> orgs = new ArrayList<>();
        List<LexiconMatch> states = new ArrayList<>();
        List<LexiconMatch> agents = new ArrayList<>();
        List<LexiconMatch> people = new ArrayList<>();
        String patron = null;
        LexiconMatch headMatch = null;
        for (LexiconMatch m : ms.matches) {
            if (m.relation() == LexiconMatch.Relation.PATRON) {
                // "Iran-backed fighters", "fighters backed by Iran": the backer hangs off the head
                int g = ms.tree.head(m.endToken() - 1);
                if (phrase.holds(m) || g == head || (g >= 0 && ms.tree.head(g) == head)) {
                    patron = m.kind().isState() ? m.entry().country() : m.entry().name();
                }
                continue;
            }
            if (!phrase.holds(m)) {
                continue;
            }
            if (m.relation() == LexiconMatch.Relation.OPPOSED) {
                continue;
            }
            if (m.covers(head)) {
                headMatch = m;
            }
            switch (m.kind()) {
                case ORGANISATION -> orgs.add(m);
                case COUNTRY, DEMONYM, METONYM -> states.add(m);
                case AGENT -> agents.add(m);
                case PERSON -> people.add(m);
                default -> { }
            }
        }
        return new PhraseParts(headMatch, orgs, states, agents, people, patron);
    }

    boolean headIs(EntryKind kind) {
        return headMatch != null && headMatch.kind() == kind;
    }

    static LexiconMatch nearest(List<LexiconMatch> ms, int head) {
        LexiconMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LexiconMatch m : ms) {
            int d = m.covers(head) ? 0 : m.endToken() <= head ? head - m.endToken() + 1 : m.startToken() - head + 100;
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /** State modifiers before the head win over ones after it ("US embassy in Baghdad"). */
    static LexiconMatch preferPrenominal(List<LexiconMatch> states, int head) {
        LexiconMatch before = lastBefore(states, head + 1);
        if (before != null) {
            return before;
        }
        return states.isEmpty() ? null : states.get(0);
    }

    /** An agent word that possesses the head ("attackers" in "the attackers' positions"), or null. */
    static LexiconMatch possessorAgent(MatchedSentence ms, List<LexiconMatch> agents, int head) {
        for (LexiconMatch m : agents) {
            int t = m.endToken() - 1;
            if (!m.covers(head) && ms.tree.head(t) == head && ms.tree.relation(t).equals(Relations.NMOD_POSS)
                    && !m.entry().inheritsRole()) {
                return m;
            }
        }
        return null;
    }

    /** The first body word after a name ("police" in "Ahmed Jassim of the Nineveh police"). */
    static LexiconMatch firstBodyAfter(List<LexiconMatch> ms, int from) {
        for (LexiconMatch m : ms) {
            if (m.startToken() >= from && !m.entry().personal() && !m.entry().inheritsRole()) {
                return m;
            }
        }
        return null;
    }

    /** The last agent before the limit that carries a role of its own ("military" in "military spokesman"). */
    static LexiconMatch lastWithRole(List<LexiconMatch> ms, int limit) {
        LexiconMatch out = null;
        for (LexiconMatch m : ms) {
            if (m.endToken() <= limit && !m.entry().inheritsRole()) {
                out = m;
            }
        }
        return out;
    }

    static LexiconMatch lastBefore(List<LexiconMatch> ms, int limit) {
        LexiconMatch out = null;
        for (LexiconMatch m : ms) {
            if (m.endToken() <= limit) {
                out = m;
            }
        }
        return out;
    }

    static List<LexiconMatch> personalAgents(List<LexiconMatch> agents) {
        List<LexiconMatch> out = new ArrayList<>();
        for (LexiconMatch m : agents) {
            if (m.entry().personal()) {
                out.add(m);
            }
        }
        return out;
    }
}
