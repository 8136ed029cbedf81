package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.Relations;

/** Threats, demands, appeals and intentions coded by the event they are about ("threatened to strike"). */
final class Complements {
    private final PredicateLexicon predicates;

    Complements(PredicateLexicon predicates) {
        this.predicates = predicates;
    }

    /** Threats, demands, appeals and intentions coded by what they are about. */
    List<PredicateCandidate> apply(DependencyGraph g, List<PredicateCandidate> found) {
        List<PredicateCandidate> out = new ArrayList<>(found);
        for (int gov = 0; gov < g.size; gov++) {
            List<PredicateLexicon.ComplementRule> rules = predicates.complementRules(g.lemma[gov]);
            if (rules.isEmpty()) {
                continue;
            }
            int existing = -1;
            for (int k = 0; k < out.size(); k++) {
                PredicateCandidate c = out.get(k);
                if (c.head() == gov || c.noun() == gov) {
                    existing = k;
                    break;
                }
            }
            PredicateCandidate complement = complementOf(g, gov, out);
            if (complement == null) {
                continue;
            }
            for (PredicateLexicon.ComplementRule r : rules) {
                boolean isDefault = r.prefix().equals("-");
                if (!isDefault && !complement.cameo().startsWith(r.prefix())) {
                    continue;
                }
                if (existing >= 0) {
                    PredicateCandidate c = out.get(existing);
                    out.set(existing, c.withCode(r.cameo(), c.kind() == PredicateKind.NOUN ? PredicateKind.NOUN : PredicateKind.COMPLEMENT,
                            Math.max(c.base(), 0.75), complement.order()));
                } else if (!isDefault) {
                    boolean noun = g.isNoun(gov);
                    out.add(new PredicateCandidate(gov, noun ? gov : -1, -1, r.cameo(), PredicateKind.COMPLEMENT, 0.75, false,
                            complement.order()));
                }
                break;
            }
        }
        return out;
    }

    /** The event candidate a governor takes as complement or object, or null. */
    static PredicateCandidate complementOf(DependencyGraph g, int gov, List<PredicateCandidate> found) {
        PredicateCandidate best = null;
        for (PredicateCandidate c : found) {
            int node = c.noun() >= 0 && c.kind() != PredicateKind.NOUN ? c.head() : c.order();
            int[] tokens = c.noun() >= 0 ? new int[] {c.head(), c.noun()} : new int[] {c.head()};
            for (int t : tokens) {
                if (t != gov && g.head[t] == gov
                        && PredicateFinder.CLAUSAL.contains(g.rel[t].equals(Relations.ACL_RELCL) ? Relations.ACL_RELCL
                        : g.baseRel(t)) && !g.baseRel(t).equals(Relations.CONJ)) {
                    if (best == null || node < best.order()) {
                        best = c;
                    }
                }
            }
        }
        return best;
    }
}
