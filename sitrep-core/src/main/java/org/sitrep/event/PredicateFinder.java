package org.sitrep.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Relations;

/**
 * Finds the event predicates of one sentence, each token used once: support verbs with a nominal trigger
 * ("carried out an attack", "protests erupted"), verb frames from {@code knowledge/events/verbs.tsv} (merged with an
 * event-noun or weapon subject: "a car bombing killed", "rockets hit"), remaining nominal triggers, and
 * threats, demands and appeals coded by their complement. Drops harm done by disasters and accidents.
 */
final class PredicateFinder {
    private final PredicateLexicon predicates;
    private final WordClasses words;
    private final ArgumentFinder arguments;
    private final DisasterHarm disasters;
    private final Complements complements;

    PredicateFinder(PredicateLexicon predicates, WordClasses words, ArgumentFinder arguments) {
        this.predicates = predicates;
        this.words = words;
        this.arguments = arguments;
        this.disasters = new DisasterHarm(words, arguments);
        this.complements = new Complements(predicates);
    }

    static final Set<String> CLAUSAL = Set.of(Relations.XCOMP, Relations.CCOMP, Relations.ADVCL, Relations.CSUBJ,
            Relations.ACL, Relations.OBJ, Relations.OBL,
            Relations.NMOD, Relations.ACL_RELCL, Relations.CONJ);

    // ------------------------------------------------------------------ finding predicates
    List<PredicateCandidate> findPredicates(DependencyGraph g) {
        boolean[] used = new boolean[g.size];
        List<PredicateCandidate> found = new ArrayList<>();
        for (int i = 0; i < g.size; i++) {
            String lemma = verbLemma(g, i);
            if (lemma == null) {
                continue;
            }
            boolean repaired = !g.isVerb(i);
            if (!repaired && isModifierParticiple(g, i)) {
                continue;
            }
            PredicateCandidate support = supportCandidate(g, i, lemma, repaired);
            if (support != null) {
                found.add(support);
                used[i] = true;
                used[support.noun()] = true;
                continue;
            }
            PredicateLexicon.VerbFrame frame = bestFrame(g, i, lemma);
            if (frame == null) {
                continue;
            }
            used[i] = true;
            if (disasters.causedByDisaster(g, i, frame.cameo()) || disasters.harmWithoutAgentInDisaster(g, i, frame.cameo(), lemma)
                    || isViolentCode(frame.cameo()) && disasters.agentIsNoActor(g, i)) {
                continue; // "floods hit parts of Japan", "the tsunami killed 222 people": no political event
            }
            double base = frame.specificity() > 0 ? 0.80 : 0.70;
            PredicateCandidate merged = mergeWithSubject(g, i, frame, repaired);
            if (merged != null) {
                found.add(merged);
                if (merged.noun() >= 0) {
                    used[merged.noun()] = true;
                }
                continue;
            }
            found.add(new PredicateCandidate(i, -1, -1, frame.cameo(), PredicateKind.VERB, base, repaired, -1));
        }
        for (int i = 0; i < g.size; i++) {
            if (used[i] || !g.isNoun(i) || g.rel[i].equals(Relations.COMPOUND) || WordClasses.isTimeWord(g, i)) {
                continue; // "4th March" is no march
            }
            int[] modifier = new int[] {-1};
            PredicateLexicon.NounTrigger t = nounTrigger(g, i, modifier);
            if (t == null) {
                continue;
            }
            if (isObjectOfSameEvent(g, i, t.cameo(), found)) {
                continue;
            }
            found.add(new PredicateCandidate(i, i, modifier[0], t.cameo(), PredicateKind.NOUN, 0.55, false, -1));
        }
        found.removeIf(c -> (c.kind() == PredicateKind.NOUN || c.kind() == PredicateKind.OCCUR) && disasters.nominalHarmInDisaster(g, c));
        found = complements.apply(g, found);
        found.sort(Comparator.comparingInt(PredicateCandidate::order));
        return found;
    }

    /**
     * A participle that only modifies a noun: "the occupying army", "continuing attacks", and "airstrike
     * targeting X" where the noun is itself the event.
     */
    boolean isModifierParticiple(DependencyGraph g, int i) {
        String rel = g.rel[i];
        if (rel.equals(Relations.AMOD)) {
            return true;
        }
        if (rel.equals(Relations.ACL) && g.pos[i].equals("VBG") && g.head[i] >= 0) {
            return predicates.isNounHead(g.lemma[g.head[i]]) && nounTrigger(g, g.head[i], new int[] {-1}) != null;
        }
        return false;
    }

    /** The verb lemma of a token, repairing a past participle tagged as an adjective; null if not a verb. */
    String verbLemma(DependencyGraph g, int i) {
        if (g.isVerb(i)) {
            return g.lemma[i];
        }
        if (!g.pos[i].startsWith("JJ") || !g.word[i].endsWith("ed") || i == 0) {
            return null;
        }
        // "the US assassinated Soleimani" parsed with "assassinated" as an adjective: only when a noun or
        // pronoun precedes (a subject), not after a determiner ("the assassinated general")
        String prev = g.pos[i - 1];
        if (!(prev.startsWith("NN") || prev.startsWith("PRP"))) {
            return null;
        }
        String w = g.word[i];
        String[] candidates = {w.substring(0, w.length() - 2), w.substring(0, w.length() - 1),
                w.length() > 4 && w.charAt(w.length() - 3) == w.charAt(w.length() - 4)
                        ? w.substring(0, w.length() - 3) : null,
                w.endsWith("ied") ? w.substring(0, w.length() - 3) + "y" : null};
        for (String c : candidates) {
            if (c != null && predicates.isVerb(c)) {
                return c;
            }
        }
        return null;
    }

    PredicateCandidate supportCandidate(DependencyGraph g, int verb, String lemma, boolean repaired) {
        for (PredicateLexicon.SupportVerb sv : predicates.supportVerbs(lemma)) {
            if (sv.particle() != null && !g.hasParticle(verb, sv.particle())) {
                continue;
            }
            int noun = supportedNoun(g, verb, sv.position());
            if (noun < 0) {
                continue;
            }
            int[] modifier = new int[] {-1};
            PredicateLexicon.NounTrigger t = nounTrigger(g, noun, modifier);
            if (t == null) {
                continue;
            }
            PredicateKind kind = sv.kind().equals("LIGHT") ? PredicateKind.LIGHT : PredicateKind.OCCUR;
            return new PredicateCandidate(verb, noun, modifier[0], t.cameo(), kind, kind == PredicateKind.LIGHT ? 0.80 : 0.70,
                    repaired, -1);
        }
        return null;
    }

    static int supportedNoun(DependencyGraph g, int verb, String position) {
        boolean passive = g.isPassive(verb);
        for (int c : g.children(verb)) {
            String rel = g.rel[c];
            switch (position) {
                case Relations.OBJ:
                    if (rel.equals(Relations.OBJ) || passive && rel.equals(Relations.NSUBJ_PASS)) {
                        return c;
                    }
                    break;
                case Relations.NSUBJ:
                    if (rel.equals(Relations.NSUBJ) || rel.equals(Relations.NSUBJ_PASS)) {
                        return c;
                    }
                    break;
                default:
                    if (position.startsWith("obl:") && g.baseRel(c).equals(Relations.OBL)
                            && g.preposition(c).equals(position.substring(4))) {
                        return c;
                    }
            }
        }
        return -1;
    }

    /** The nominal trigger at a noun, with the modifier token that completes a two-word trigger. */
    PredicateLexicon.NounTrigger nounTrigger(DependencyGraph g, int noun, int[] modifierOut) {
        if (!predicates.isNounHead(g.lemma[noun])) {
            return null;
        }
        List<String> mods = new ArrayList<>(2);
        List<Integer> modTokens = new ArrayList<>(2);
        for (int c : g.children(noun)) {
            if (g.rel[c].equals(Relations.COMPOUND) || g.rel[c].equals(Relations.AMOD)
                    || g.rel[c].equals(Relations.DEP) && c == noun - 1) {
                mods.add(g.lemma[c]); // "dep": "a drone/VB strike" mis-tagged right before its noun
                modTokens.add(c);
            }
        }
        PredicateLexicon.NounTrigger t = predicates.noun(g.lemma[noun], mods);
        if (t != null && t.modifier() != null) {
            modifierOut[0] = modTokens.get(mods.indexOf(t.modifier()));
        }
        return t;
    }

    PredicateLexicon.VerbFrame bestFrame(DependencyGraph g, int verb, String lemma) {
        List<PredicateLexicon.VerbFrame> frames = predicates.verbFrames(lemma);
        if (frames.isEmpty()) {
            return null;
        }
        int patient = -2;
        int agent = -2;
        for (PredicateLexicon.VerbFrame f : frames) {
            if (f.particle() != null && !g.hasParticle(verb, f.particle())) {
                continue;
            }
            if (f.preposition() != null && !hasOblique(g, verb, f.preposition())) {
                continue;
            }
            if (f.objects() != null || f.objectClass() != null || f.intransitive() || f.transitive()) {
                if (patient == -2) {
                    patient = arguments.patient(g, verb);
                }
                if (f.intransitive() && patient >= 0 || f.transitive() && patient < 0) {
                    continue;
                }
                if (f.objects() != null && (patient < 0 || !WordClasses.lemmaOrPartIn(g, patient, f.objects()))) {
                    continue;
                }
                if (f.objectClass() != null && (patient < 0 || !words.inClassOrConjunct(g, patient, f.objectClass()))) {
                    continue;
                }
            }
            if (f.subjectClass() != null) {
                if (agent == -2) {
                    agent = arguments.agent(g, verb);
                }
                if (agent < 0 || !subjectInClass(g, agent, f.subjectClass())) {
                    continue;
                }
            }
            return f;
        }
        return null;
    }

    /** The agent's class; for "thousands of protesters", "a group of students" the class of what is counted. */
    private boolean subjectInClass(DependencyGraph g, int agent, String cls) {
        if (words.inClass(g, agent, cls)) {
            return true;
        }
        if (AcledTyper.isQuantity(g, agent) || g.isNumber(agent)) {
            for (int c : g.children(agent)) {
                if (g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of") && words.inClass(g, c, cls)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasOblique(DependencyGraph g, int verb, String preposition) {
        for (int c : g.children(verb)) {
            String base = g.baseRel(c);
            if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD) || base.equals(Relations.XCOMP)
                    || base.equals(Relations.ADVCL))
                    && (g.preposition(c).equals(preposition) || g.mark(c).equals(preposition))) {
                return true;
            }
        }
        return false;
    }

    /** "a car bombing killed", "rockets hit": one event coded by the subject noun or the weapon. */
    PredicateCandidate mergeWithSubject(DependencyGraph g, int verb, PredicateLexicon.VerbFrame frame,
                                       boolean repaired) {
        String root = frame.cameo().substring(0, 2);
        boolean violentEffect = root.equals("18") || root.equals("19") || root.equals("20")
                || frame.cameo().startsWith("171");
        if (!violentEffect) {
            return null;
        }
        if (g.isPassive(verb)) {
            // "five people were killed in an airstrike", "was damaged in the attack"
            for (int c : g.children(verb)) {
                String base = g.baseRel(c);
                String prep = g.preposition(c);
                if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD)) && (prep.equals("in") || prep.equals("by")
                        || prep.equals("during"))) {
                    int[] modifier = new int[] {-1};
                    PredicateLexicon.NounTrigger t = nounTrigger(g, c, modifier);
                    if (t != null && isViolentCode(t.cameo())) {
                        return new PredicateCandidate(verb, c, modifier[0], moreSpecific(t.cameo(), frame.cameo()), PredicateKind.MERGED,
                                0.80, repaired, -1);
                    }
                }
            }
            return null;
        }
        int subject = g.child(verb, Relations.NSUBJ);
        if (subject < 0) {
            return null;
        }
        int[] modifier = new int[] {-1};
        PredicateLexicon.NounTrigger t = nounTrigger(g, subject, modifier);
        if (t != null) {
            String code = moreSpecific(t.cameo(), frame.cameo());
            return new PredicateCandidate(verb, subject, modifier[0], code, PredicateKind.MERGED, 0.80, repaired, -1);
        }
        ModeLexicon.Entry instrument = words.mannerEntry(g, subject);
        if (instrument != null && instrument.cameo() != null) {
            String code = moreSpecific(instrument.cameo(), frame.cameo());
            return new PredicateCandidate(verb, -1, -1, code, PredicateKind.INSTRUMENT, 0.75, repaired, -1);
        }
        return null;
    }

    static boolean isViolentCode(String cameo) {
        return cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
    }

    /** Of a subject noun's code and its verb's, the noun's unless the verb is a more specific kind of act. */
    static String moreSpecific(String nounCode, String verbCode) {
        if (nounCode.startsWith("14") || nounCode.startsWith("0")) {
            return verbCode; // "protests turned deadly" is no protest code for the killing
        }
        return nounCode;
    }

    /** Drops a bare noun that is the object of a verb event of the same root ("fought a battle"). */
    static boolean isObjectOfSameEvent(DependencyGraph g, int noun, String code, List<PredicateCandidate> found) {
        int gov = g.head[noun];
        if (gov < 0 || !g.rel[noun].equals(Relations.OBJ)) {
            return false;
        }
        for (PredicateCandidate c : found) {
            if (c.head() == gov && c.cameo().substring(0, 2).equals(code.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
