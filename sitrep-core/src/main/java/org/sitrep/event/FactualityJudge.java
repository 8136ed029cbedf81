package org.sitrep.event;
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
                return Verdict.ASSERTED;
            }
            String base = g.baseRel(node);
            boolean clausal = base.equals("xcomp") || base.equals("ccomp") || base.equals("advcl")
                    || base.equals("csubj") || base.equals("acl");
            boolean nominal = base.equals("obj") || base.equals("obl") || base.equals("nmod")
                    || base.equals("nsubj") && g.rel[node].equals("nsubj:pass");
            if (!clausal && !nominal && !base.equals("conj")) {
                return Verdict.ASSERTED;
            }
            if (!base.equals("conj")) {
                FactualityLexicon.Cue cue = lexicon.cue("governor", g.lemma[gov]);
                if (cue != null && (clausal || !cue.clauseOnly())) {
                    return new Verdict(cue.factuality(), g.word[gov]);
                }
            }
            if (nominal) {
                // an event named as an object keeps its own factuality: "vowed to avenge the killing"
                return Verdict.ASSERTED;
            }
            // the governor's own negation and modality carry into its controlled complements and conjuncts
            // ("did not try to attack", "will continue to strike"), not into reported clauses
            if (base.equals("xcomp") || base.equals("conj")) {
                Verdict up = local(g, gov);
                if (up != null) {
                    return up;
                }
            }
            node = gov;
        }
        return Verdict.ASSERTED;
    }

    /** Cues attached directly to one word: negation, determiner "no", auxiliaries, adverbs, subordinators. */
    private Verdict local(DependencyGraph g, int i) {
        Verdict found = null;
        for (int c : g.children(i)) {
            String rel = g.rel[c];
            String lemma = g.lemma[c];
            FactualityLexicon.Cue cue = null;
            if (rel.equals("neg") || rel.equals("advmod") && lexicon.cue("neg", lemma) != null) {
                cue = lexicon.cue("neg", lemma);
            } else if (rel.equals("det")) {
                cue = lexicon.cue("det", lemma);
            } else if (rel.equals("amod") && g.isNoun(i)) {
                cue = lexicon.cue("amod", g.word[c]);
                if (cue == null) {
                    cue = lexicon.cue("amod", lemma);
                }
            } else if (rel.equals("aux")) {
                cue = lexicon.cue("aux", lemma);
                if (cue == null) {
                    cue = lexicon.cue("aux", g.word[c]);
                }
            } else if (rel.equals("advmod")) {
                cue = lexicon.cue("advmod", lemma);
            } else if (rel.equals("mark") || rel.equals("case") && g.isVerb(i)) {
                cue = lexicon.cue("mark", lemma);
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
            // "nobody was hurt", "no one was killed", "no group claimed responsibility"
            for (int c : g.children(i)) {
                String rel = g.rel[c];
                if ((rel.startsWith("nsubj") || rel.equals("obj") && g.lemma[c].equals("one"))
                        && (g.lemma[c].equals("nobody") || g.lemma[c].equals("none") || hasNo(g, c))) {
                    return new Verdict(Factuality.NEGATED, g.word[c]);
                }
            }
        }
        return found;
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
