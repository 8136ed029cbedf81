package org.sitrep.event;
import org.sitrep.annotation.Relations;
import org.sitrep.model.Factuality;


/**
 * Decides whether an event is asserted, negated, possible or future from the cues around its trigger:
 * negators, auxiliaries, adverbs and subordinators on the trigger's clause, then the verbs and nouns that
 * govern that clause ("barred ... from hitting", "denied carrying out", "vowed to strike", "threat of
 * attacks"), walking up at most a few clause levels. The nearest cue wins.
 */
final class FactualityJudge {
    private static final int MAX_LEVELS = 4;

    private final FactualityLexicon lexicon;

    FactualityJudge(FactualityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A verdict and the word that decided it (null for a plain assertion). */
    record Verdict(Factuality factuality, String cue) {
        static final Verdict ASSERTED = new Verdict(Factuality.ASSERTED, null);
    }

    /**
     * Judges the event whose trigger is {@code trigger}; {@code clauseHead} is the verb of its clause when the
     * trigger is a noun introduced by a support verb ("carried out an attack"), else the trigger itself.
     */
    Verdict judge(DependencyGraph g, int trigger, int clauseHead) {
        Verdict local = local(g, trigger);
        if (local != null) {
            return local;
        }
        int node = trigger;
        if (clauseHead != trigger && clauseHead >= 0) {
            local = local(g, clauseHead);
            if (local != null) {
                return local;
            }
            node = clauseHead;
        }
        for (int level = 0; level < MAX_LEVELS; level++) {
            int gov = g.head[node];
            if (gov < 0 || gov >= g.size) {
                return question(g, Verdict.ASSERTED);
            }
            String base = g.baseRel(node);
            boolean ofPhrase = hasCase(g, node, "of", "for");
            if (base.equals(Relations.DEP) && g.pos[gov].equals("IN") && g.head[gov] >= 0
                    && g.baseRel(gov).equals(Relations.DEP)) {
                // "accused Cambodian troops of firing" parsed firing <-dep- of <-dep- accused: read through the
                // preposition as an oblique it marks
                ofPhrase = g.lemma[gov].equals("of") || g.lemma[gov].equals("for");
                node = gov;
                gov = g.head[node];
                base = Relations.OBL;
            }
            boolean clausal = base.equals(Relations.XCOMP) || base.equals(Relations.CCOMP) || base.equals(Relations.ADVCL)
                    || base.equals(Relations.CSUBJ) || base.equals(Relations.ACL);
            boolean object = base.equals(Relations.OBJ) || base.equals(Relations.IOBJ);
            boolean nominal = object || base.equals(Relations.OBL) || base.equals(Relations.NMOD)
                    || base.equals(Relations.NSUBJ) && g.rel[node].equals(Relations.NSUBJ_PASS);
            if (!clausal && !nominal && !base.equals(Relations.CONJ)) {
                if (base.equals(Relations.NSUBJ) && g.isNoun(node) && !definite(g, node) && g.isVerb(gov)) {
                    // "an invasion of Taiwan would trigger sanctions": a bare or indefinite event as the subject
                    // of a modal verb is supposed, not reported
                    Verdict modal = supposedSubject(g, gov);
                    if (modal != null) {
                        return modal;
                    }
                }
                return question(g, Verdict.ASSERTED);
            }
            if (base.equals(Relations.ADVCL) && temporal(g, node)) {
                // "ordered troops to the coast a day after the US struck a boat": the strike is when, not what
                return question(g, Verdict.ASSERTED);
            }
            if ((base.equals(Relations.ADVCL) || base.equals(Relations.ACL) && !ordinal(g, gov)) && purpose(g, node)) {
                // "troops were deployed to secure the town": the securing is what they were sent for, not
                // something the sentence says happened
                // ... unless what it is for is itself refused: "rejected calls to negotiate"
                return question(g, outer(g, gov, new Verdict(Factuality.FUTURE, "to"), MAX_LEVELS - level - 1));
            }
            boolean accompanying = base.equals(Relations.ADVCL) && participle(g, node);
            if (!base.equals(Relations.CONJ) && !accompanying) {
                FactualityLexicon.Cue cue = governorCue(g, gov);
                // an attempt reaches only its own complement ("tried to storm"), not what a participle hung on that
                // complement tells ("tried to enter the building, killing 19": the killing is told, not tried)
                if (cue != null && applies(cue, clausal, object, ofPhrase) && !(cue.kind().equals("ATTEMPT") && level > 0)) {
                    Verdict v = new Verdict(cue.factuality(), g.word[gov]);
                    if (cue.kind().equals("ATTEMPT") && contrasted(g, gov)) {
                        // "tried to storm the prison but were repelled": the attempt failed
                        return new Verdict(Factuality.NEGATED, g.word[gov]);
                    }
                    return question(g, outer(g, gov, v, MAX_LEVELS - level - 1));
                }
            }
            if (nominal) {
                // an event named as an object keeps its own factuality: "vowed to avenge the killing"; a bare
                // or indefinite one is only as real as the act it is the object or oblique of: "will begin
                // negotiations", "would order strikes", "on suspicion of helping Russia plan missile strikes",
                // "appealed to both sides to return to negotiations", "may have been caused by a drone strike";
                // only a goal, cause or agent oblique, not one of place or time ("arrested after a raid")
                boolean oblique = base.equals(Relations.OBL) && !g.rel[node].equals(Relations.OBL_TMOD)
                        && hasCase(g, node, GOAL_PREPOSITIONS);
                if (!(object || oblique) || definite(g, node) || !g.isVerb(gov)) {
                    return question(g, Verdict.ASSERTED);
                }
                Verdict up = local(g, gov);
                if (up != null) {
                    return up;
                }
            }
            // the governor's own negation and modality carry into its controlled complements and conjuncts
            // ("did not try to attack", "will continue to strike"), not into reported clauses
            if (base.equals(Relations.XCOMP) || base.equals(Relations.CONJ) || accompanying) {
                Verdict up = local(g, gov);
                if (up != null) {
                    return up;
                }
            }
            node = gov;
        }
        return question(g, Verdict.ASSERTED);
    }

    /**
     * Prepositions that make an oblique the goal, cause or agent of its verb ("return to negotiations", "caused by
     * a strike", "pressed for talks"), and so part of what the verb says; place and time obliques ("in
     * demonstrations", "after a raid") are circumstances told as facts.
     */
    private static final String[] GOAL_PREPOSITIONS = {"to", "into", "for", "by", "towards", "toward"};

    /** Whether a governor cue reaches its dependent through this link. */
    private static boolean applies(FactualityLexicon.Cue cue, boolean clausal, boolean object, boolean ofPhrase) {
        return clausal || !cue.clauseOnly() || cue.ofPhrase() && ofPhrase && !object;
    }

    /**
     * The governor cue of a word: a phrasal verb's own entry first ("called off the strike" is no call, "put off
     * the talks"), else the word's.
     */
    private FactualityLexicon.Cue governorCue(DependencyGraph g, int i) {
        for (int c : g.children(i)) {
            if (g.rel[c].equals(Relations.COMPOUND_PRT)) {
                FactualityLexicon.Cue phrasal = lexicon.cue("governor", g.lemma[i] + " " + g.lemma[c]);
                if (phrasal != null) {
                    return phrasal;
                }
            }
        }
        return lexicon.cue("governor", g.lemma[i]);
    }

    /**
     * Composes a governor's cue with what stands above it: the governor's own negation, or a modal that makes an
     * intent only possible ("could seek the arrest"), and a prevention or denial that governs the governor
     * ("rejected calls to negotiate", "dismissed claims that they had shelled the camp") decide instead. A
     * reporting verb or any other cue above stops the search.
     */
    private Verdict outer(DependencyGraph g, int gov, Verdict v, int levels) {
        if (v.factuality() == Factuality.NEGATED || v.factuality() == Factuality.ASSERTED) {
            return v;
        }
        Verdict own = local(g, gov);
        if (own != null && (own.factuality() == Factuality.NEGATED
                || own.factuality() == Factuality.POSSIBLE && v.factuality() == Factuality.FUTURE)) {
            return own;
        }
        int node = gov;
        for (int k = 0; k < levels; k++) {
            int up = g.head[node];
            if (up < 0 || up >= g.size) {
                break;
            }
            String base = g.baseRel(node);
            boolean clausal = base.equals(Relations.XCOMP) || base.equals(Relations.CCOMP) || base.equals(Relations.CSUBJ)
                    || base.equals(Relations.ACL) || base.equals(Relations.ADVCL) && !temporal(g, node);
            boolean object = base.equals(Relations.OBJ);
            boolean nominal = object || base.equals(Relations.OBL) || base.equals(Relations.NMOD)
                    || g.rel[node].equals(Relations.NSUBJ_PASS);
            if (!clausal && !nominal) {
                break;
            }
            FactualityLexicon.Cue cue = governorCue(g, up);
            if (cue != null) {
                if (cue.factuality() == Factuality.NEGATED && applies(cue, clausal, object, hasCase(g, node, "of", "for"))) {
                    return new Verdict(Factuality.NEGATED, g.word[up]);
                }
                break;
            }
            node = up;
        }
        return v;
    }

    /** Whether a verb has a conjunct joined by "but" ("tried to storm the prison but were repelled"). */
    private static boolean contrasted(DependencyGraph g, int verb) {
        for (int c : g.children(verb)) {
            if (g.rel[c].equals(Relations.CONJ)) {
                for (int d : g.children(c)) {
                    if (g.rel[d].equals(Relations.CC) && g.lemma[d].equals("but")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A modal on the verb whose subject is an event: "would", "could", "might", "may" → possible (a supposed
     * event: "a war with Iran would devastate the region"), "will" → future; null without one.
     */
    private Verdict supposedSubject(DependencyGraph g, int verb) {
        for (int c : g.children(verb)) {
            if (g.rel[c].equals(Relations.AUX)) {
                FactualityLexicon.Cue cue = lexicon.cue(Relations.AUX, g.lemma[c]);
                if (cue != null && cue.factuality() == Factuality.FUTURE && !g.lemma[c].equals("would")) {
                    return new Verdict(Factuality.FUTURE, g.word[c]);
                }
                if (cue != null && cue.factuality() != Factuality.NEGATED) {
                    return new Verdict(Factuality.POSSIBLE, g.word[c]);
                }
            }
        }
        return null;
    }

    /**
     * A yes/no question ("Did Russian forces bomb the hospital?", "Will the army attack Rafah?": a sentence that
     * ends in a question mark and opens with an auxiliary or modal) asks whether its events happen: an event it
     * would assert, or say will happen, is only possible. A question opened by a question word ("Why did the
     * police raid the offices?") takes its event as given and is left alone.
     */
    private static Verdict question(DependencyGraph g, Verdict v) {
        if (v.factuality() != Factuality.ASSERTED && v.factuality() != Factuality.FUTURE || g.size < 3
                || !g.word[g.size - 1].equals("?")) {
            return v;
        }
        String first = g.lemma[0];
        boolean auxiliary = g.pos[0].equals("MD") || first.equals("do") || first.equals("be") || first.equals("have");
        return auxiliary ? new Verdict(Factuality.POSSIBLE, "?") : v;
    }

    /** Cues attached directly to one word: negation, determiner "no", auxiliaries, adverbs, subordinators. */
    private Verdict local(DependencyGraph g, int i) {
        Verdict found = null;
        for (int c : g.children(i)) {
            String rel = g.rel[c];
            String lemma = g.lemma[c];
            FactualityLexicon.Cue cue = null;
            if (rel.equals(Relations.NEG) || rel.equals(Relations.ADVMOD) && lexicon.cue(Relations.NEG, lemma) != null) {
                cue = lexicon.cue(Relations.NEG, lemma);
            } else if (rel.equals(Relations.DET)) {
                cue = lexicon.cue(Relations.DET, lemma);
            } else if (rel.equals(Relations.AMOD) && g.isNoun(i)) {
                cue = lexicon.cue(Relations.AMOD, g.word[c]);
                if (cue == null) {
                    cue = lexicon.cue(Relations.AMOD, lemma);
                }
            } else if (rel.equals(Relations.AUX)) {
                cue = lexicon.cue(Relations.AUX, lemma);
                if (cue == null) {
                    cue = lexicon.cue(Relations.AUX, g.word[c]);
                }
            } else if (rel.equals(Relations.ADVMOD)) {
                cue = lexicon.cue(Relations.ADVMOD, lemma);
            } else if (rel.equals(Relations.MARK) || rel.equals(Relations.CASE) && g.isVerb(i)) {
                cue = lexicon.cue(Relations.MARK, lemma);
            }
            if (cue == null) {
                continue;
            }
            Verdict v = new Verdict(cue.factuality(), g.word[c]);
            if (cue.factuality() == Factuality.NEGATED) {
                return v;
            }
            if (found == null) {
                found = v;
            }
        }
        if (found == null) {
            // "nobody was hurt", "no one was killed", "no group claimed responsibility", "neither side fired";
            // "before any agreement was signed": a subject determined by "any" stands where nothing is asserted
            for (int c : g.children(i)) {
                String rel = g.rel[c];
                if ((rel.startsWith(Relations.NSUBJ) || rel.equals(Relations.OBJ) && g.lemma[c].equals("one"))
                        && (g.lemma[c].equals("nobody") || g.lemma[c].equals("none") || hasNo(g, c))) {
                    return new Verdict(Factuality.NEGATED, g.word[c]);
                }
                if (rel.startsWith(Relations.NSUBJ) && g.isVerb(i)) {
                    Verdict quantified = determinerCue(g, c);
                    if (quantified != null) {
                        found = quantified;
                        if (quantified.factuality() == Factuality.NEGATED) {
                            return quantified;
                        }
                    }
                }
            }
            if (found == null) {
                found = inverted(g, i);
            }
        }
        return found;
    }

    /** Subordinators that make an adverbial clause a time frame of its governor, not its content. */
    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("after", "before", "since", "when",
            "while", "as");

    /**
     * A past-tense adverbial clause introduced by a time subordinator ("after X struck", "when they attacked"):
     * it says when its governor happened, so the governor's intent or threat does not reach it.
     */
    private static boolean temporal(DependencyGraph g, int clause) {
        if (!g.pos[clause].equals("VBD") && !g.pos[clause].equals("VBN")) {
            return false;
        }
        for (int c : g.children(clause)) {
            if ((g.rel[c].equals(Relations.MARK) || g.rel[c].equals(Relations.ADVMOD)) && c < clause
                    && TEMPORAL.contains(g.lemma[c].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An infinitival adverbial clause of purpose: "to" (or "in order to", "so as to") marks a bare verb
     * ("deployed troops to secure the town").
     */
    private static boolean purpose(DependencyGraph g, int clause) {
        if (!g.pos[clause].equals("VB")) {
            return false;
        }
        for (int c : g.children(clause)) {
            if (g.rel[c].equals(Relations.MARK) && c < clause && g.lemma[c].equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comma participle with no subordinator, an act that goes with its governor ("barred three banks from
     * transactions, accusing them of laundering money"): not the content of the governor's prevention,
     * denial or intent, only of its negation and modality ("will impose sanctions, accusing ...").
     */
    private static boolean participle(DependencyGraph g, int clause) {
        if (!g.pos[clause].equals("VBG")) {
            return false;
        }
        for (int c : g.children(clause)) {
            if ((g.rel[c].equals(Relations.MARK) || g.rel[c].equals(Relations.CASE)) && c < clause) {
                return false;
            }
        }
        return true;
    }

    /** Ranks that make an infinitive after a noun a fact: "the first country to recognise". */
    private static final java.util.Set<String> RANKS = java.util.Set.of("first", "second", "third", "last", "only",
            "next", "latest");

    /** Whether a noun is ranked by an ordinal or "only", "last" ("the first to attack" says it happened). */
    private static boolean ordinal(DependencyGraph g, int noun) {
        for (int c : g.children(noun)) {
            if ((g.rel[c].equals(Relations.AMOD) || g.pos[c].equals("JJ")) && RANKS.contains(g.lemma[c].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word carries one of the prepositions {@code words} ("of firing", "for the raid"). */
    private static boolean hasCase(DependencyGraph g, int i, String... words) {
        for (int c : g.children(i)) {
            if (g.rel[c].equals(Relations.CASE) || g.rel[c].equals(Relations.MARK)) {
                for (String w : words) {
                    if (g.lemma[c].equals(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A noun with a definite determiner or a possessor: it names something already known. */
    private static boolean definite(DependencyGraph g, int noun) {
        for (int c : g.children(noun)) {
            String lemma = g.lemma[c].toLowerCase(java.util.Locale.ROOT);
            if (g.rel[c].equals(Relations.NMOD_POSS) || g.rel[c].equals(Relations.DET)
                    && (lemma.equals("the") || lemma.equals("this") || lemma.equals("that") || lemma.equals("these")
                    || lemma.equals("those"))) {
                return true;
            }
        }
        return false;
    }

    /** The determiner cue of a noun ("neither side", "any agreement"), or null. */
    private Verdict determinerCue(DependencyGraph g, int noun) {
        for (int c : g.children(noun)) {
            if (g.rel[c].equals(Relations.DET)) {
                FactualityLexicon.Cue cue = lexicon.cue(Relations.DET, g.lemma[c]);
                if (cue != null) {
                    return new Verdict(cue.factuality(), g.word[c]);
                }
            }
        }
        return null;
    }

    /** Auxiliaries that open a conditional clause by inversion: "Should the rebels attack", "Had they known". */
    private static final java.util.Set<String> INVERTED = java.util.Set.of("should", "had", "were");

    /**
     * A conditional made by inversion, with no "if": the sentence opens with "Should", "Had" or "Were", does
     * not end in a question mark, and the word stands before the first comma ("Should the rebels attack Goma,
     * UN troops will respond"). Read off the word order, since the parser seldom builds this clause right.
     */
    private static Verdict inverted(DependencyGraph g, int i) {
        if (g.size < 3 || g.word[g.size - 1].equals("?") || !INVERTED.contains(g.word[0])
                || !(g.pos[0].equals("MD") || g.pos[0].startsWith("VB"))) {
            return null;
        }
        for (int k = 1; k < i; k++) {
            if (g.word[k].equals(",")) {
                return null;
            }
        }
        return i > 0 && i < g.size && java.util.stream.IntStream.range(i, g.size).anyMatch(k -> g.word[k].equals(","))
                ? new Verdict(Factuality.POSSIBLE, g.word[0]) : null;
    }

    private static boolean hasNo(DependencyGraph g, int i) {
        for (int c : g.children(i)) {
            if (g.lemma[c].equals("no")) {
                return true;
            }
        }
        return false;
    }
}
