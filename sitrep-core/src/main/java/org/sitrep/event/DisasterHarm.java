package org.sitrep.event;

import org.sitrep.annotation.Relations;

/**
 * Harm that is no event: done by a natural or accidental cause ("killed in the earthquake"), or with no
 * agent in a sentence about a disaster, or aimed by no actor ("sanctions hit the economy").
 */
final class DisasterHarm {
    private final WordClasses words;
    private final ArgumentFinder arguments;

    DisasterHarm(WordClasses words, ArgumentFinder arguments) {
        this.words = words;
        this.arguments = arguments;
    }

    /** Whether harm is done by a natural or accidental cause named as its subject, agent or cause. */
    boolean causedByDisaster(DependencyGraph g, int verb, String cameo) {
        if (!PredicateFinder.isViolentCode(cameo) && !cameo.startsWith("171")) {
            return false;
        }
        for (int c : g.children(verb)) {
            String rel = g.rel[c];
            String base = g.baseRel(c);
            boolean cause = rel.equals(Relations.NSUBJ) || rel.equals(Relations.OBL_AGENT)
                    || (base.equals(Relations.OBL) || base.equals(Relations.NMOD)) && (g.preposition(c).equals("by")
                    || g.preposition(c).equals("in") || g.preposition(c).equals("after")
                    || g.preposition(c).equals("from") || g.preposition(c).equals("during"));
            if (cause && (words.inClass(g, c, "DISASTER") || words.conjunctInClass(g, c, "DISASTER"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Harm nobody is said to have caused, in a sentence about a disaster or an industrial accident: "Several
     * people were injured ... after its volcano erupted", "a storage bunker at a waste treatment plant exploded".
     * An explosive named as the cause ("a bomb exploded") keeps the event.
     */
    boolean harmWithoutAgentInDisaster(DependencyGraph g, int verb, String cameo, String lemma) {
        if (!PredicateFinder.isViolentCode(cameo) && !cameo.startsWith("171")) {
            return false;
        }
        int agent = arguments.agent(g, verb);
        if (agent >= 0 && !words.isInstrumentLike(g, agent)) {
            return false;
        }
        if (agent >= 0 && words.mannerEntry(g, agent) != null && words.mannerEntry(g, agent).cameo() != null) {
            return false; // "a bomb exploded", "rockets hit"; an "explosion" names no weapon
        }
        int patient = arguments.patient(g, verb);
        if (patient >= 0 && words.isInstrument(g, patient)) {
            return false; // "rockets were fired near ..."
        }
        return namesDisaster(g);
    }

    /** "the blast occurred in a tank containing solvents": an explosion or harm named by a noun, no agent. */
    boolean nominalHarmInDisaster(DependencyGraph g, PredicateCandidate c) {
        if (!PredicateFinder.isViolentCode(c.cameo()) || arguments.nounAgent(g, c.noun(), c.modifier()) >= 0) {
            return false;
        }
        if (c.modifier() >= 0 && words.mannerEntry(g, c.modifier()) != null) {
            return false; // "bomb blast"
        }
        return namesDisaster(g);
    }

    /** "new actions targeting Russia", "sanctions hit the economy": no one uses force here. */
    boolean agentIsNoActor(DependencyGraph g, int verb) {
        int agent = arguments.agent(g, verb);
        return agent >= 0 && words.inClass(g, agent, "NONACTOR");
    }

    /** Whether a noun of the sentence is in the DISASTER word class (a natural or accidental cause). */
    private boolean namesDisaster(DependencyGraph g) {
        for (int i = 0; i < g.size; i++) {
            if (g.isNoun(i) && words.inClass(g, i, "DISASTER")) {
                return true;
            }
        }
        return false;
    }
}
