package org.sitrep.event;

import org.sitrep.annotation.Relations;

/** How many people an event killed, read from its target or from a killing clause attached to its clause. */
final class EventFatalities {
    private final PredicateLexicon predicates;
    private final ArgumentFinder arguments;

    EventFatalities(PredicateLexicon predicates, ArgumentFinder arguments) {
        this.predicates = predicates;
        this.arguments = arguments;
    }

    /** The dead an event counts: in its target ("killed 5 people") or a killing clause attached to it. */
    Integer count(DependencyGraph g, PredicateCandidate c, int target) {
        if (FatalityReader.KILLING_CODES.contains(c.cameo()) || g.isVerb(c.head()) && (isKillingVerb(g.lemma[c.head()])
                || hasChildLemma(g, c.head(), "dead"))) {
            Integer n = FatalityReader.count(g, target);
            if (n != null) {
                return n;
            }
        }
        if (!c.cameo().startsWith("18") && !c.cameo().startsWith("19") && !c.cameo().startsWith("20")) {
            return null;
        }
        // "launched an air strike, killing 5": a killing clause attached to the event's clause
        for (int k : g.children(c.head())) {
            String base = g.baseRel(k);
            if ((base.equals(Relations.ADVCL) || base.equals(Relations.XCOMP) || base.equals(Relations.CONJ)
                    || base.equals(Relations.CCOMP))
                    && g.isVerb(k)) {
                if (isKillingVerb(g.lemma[k])) {
                    Integer n = FatalityReader.count(g, arguments.patient(g, k));
                    if (n != null) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasChildLemma(DependencyGraph g, int i, String lemma) {
        for (int c : g.children(i)) {
            if (g.lemma[c].equals(lemma)) {
                return true; // "shot dead"
            }
        }
        return false;
    }

    private boolean isKillingVerb(String lemma) {
        for (PredicateLexicon.VerbFrame f : predicates.verbFrames(lemma)) {
            if (FatalityReader.KILLING_CODES.contains(f.cameo())) {
                return true;
            }
        }
        return false;
    }
}
