package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Relations;
import org.sitrep.model.Argument;

/**
 * Finds who acted and who was acted on from the dependency graph: subjects and passive "by" agents as
 * source; objects, passive subjects and "against/on/at" obliques as target; through coordination, control
 * ("vowed to strike"), participles ("..., killing five") and relative clauses ("militants who attacked").
 */
final class ArgumentFinder {
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("against", "on", "upon", "at", "toward", "towards",
            "into");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that", "whose");
    private static final Set<String> SPAN_RELATIONS = Set.of(Relations.COMPOUND, Relations.FLAT, Relations.AMOD,
            Relations.DET, Relations.NMOD_POSS,
            Relations.NUMMOD, Relations.CASE, Relations.FIXED, "flat:name", Relations.COMPOUND_PRT,
                    Relations.DET_PREDET, Relations.ADVMOD, Relations.CC_PRECONJ);
    private static final int MAX_HOPS = 4;

    private final ModeLexicon modes;
    private final FactualityLexicon cues;

    ArgumentFinder(ModeLexicon modes, FactualityLexicon cues) {
        this.modes = modes;
        this.cues = cues;
    }

    /** A reporting verb ("said", "told"): its subject reports an event, it does not act in it. */
    private boolean isReporting(DependencyGraph g, int i) {
        FactualityLexicon.Cue cue = cues.cue("governor", g.lemma[i]);
        return cue != null && cue.kind().equals("REPORT");
    }

    /** The agent of a verb, or -1. */
    int agent(DependencyGraph g, int verb) {
        int v = verb;
        boolean passive = g.isPassive(verb);
        boolean participle = false;
        for (int hop = 0; hop < MAX_HOPS && v >= 0; hop++) {
            int subject = -1;
            for (int c : g.children(v)) {
                if (g.rel[c].equals(Relations.NSUBJ) || g.rel[c].equals(Relations.CSUBJ)) {
                    subject = c;
                    break;
                }
            }
            if (subject >= 0) {
                if (isRelativePronoun(g, subject) && g.rel[v].startsWith(Relations.ACL)) {
                    int outer = participle ? clauseOfNoun(g, g.head[v]) : -1;
                    if (outer >= 0) {
                        // "opened fire on protesters who tried to enter, killing 19": the shooters kill, the
                        // participle only hangs on the relative clause
                        v = outer;
                        continue;
                    }
                    return nonPlace(g, g.head[v]);
                }
                return subject;
            }
            if (g.isPassive(v)) {
                for (int c : g.children(v)) {
                    if (g.rel[c].equals(Relations.OBL_AGENT) || (g.baseRel(c).equals(Relations.OBL)
                            || g.baseRel(c).equals(Relations.NMOD))
                            && g.preposition(c).equals("by")) {
                        return c;
                    }
                }
            }
            String rel = g.rel[v];
            int gov = g.head[v];
            int controller = adjacentController(g, v);
            if (controller >= 0) {
                v = controller; // "decided to expel" parsed with expel elsewhere: the decider expels
                continue;
            }
            if (gov < 0 || isReporting(g, gov)) {
                return -1;
            }
            if (rel.equals(Relations.ACL_RELCL)) {
                return g.isPassive(v) ? -1 : nonPlace(g, gov);
            }
            if (rel.equals(Relations.ACL)) {
                int coordinated = misparsedConjunct(g, v);
                if (coordinated >= 0) {
                    v = coordinated; // "killing two soldiers and wounding three": the killers wound
                    continue;
                }
                if (g.pos[v].equals("VBG")) {
                    return gov;
                }
                if (g.mark(v).equals("to") && g.isNoun(gov)) {
                    return nounAgent(g, gov, -1); // "the group's commitment to withdraw"
                }
                return -1;
            }
            if (rel.equals(Relations.XCOMP)) {
                if (g.lemma[gov].equals("be")) {
                    return -1; // "its purpose is to push ...": the subject of "is" is no agent
                }
                int obj = g.child(gov, Relations.OBJ);
                if (obj >= 0 && obj != v) {
                    return obj;
                }
                v = gov;
                continue;
            }
            if (rel.equals(Relations.CONJ) && g.isPassive(gov) == passive) {
                v = gov;
                continue;
            }
            String mark = g.mark(v);
            if (rel.equals(Relations.ADVCL) && (mark.equals("from") || mark.equals("of") || mark.equals("to"))) {
                // "barred its fighters from hitting", "accused the rebels of attacking", "push them to leave"
                int obj = g.child(gov, Relations.OBJ);
                if (obj >= 0) {
                    return obj;
                }
            }
            if (rel.equals(Relations.ADVCL) && (g.pos[v].equals("VBG") || g.pos[v].equals("VBN"))
                    && !passive && (g.mark(v).isEmpty() || g.mark(v).equals("by") || g.mark(v).equals("after")
                    || g.mark(v).equals("while") || g.mark(v).equals("before"))) {
                participle = participle || g.mark(v).isEmpty() && v > 0 && g.word[v - 1].equals(",");
                v = gov;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** The noun a relative clause modifies as its agent, unless it names a place ("their border that killed"). */
    private int nonPlace(DependencyGraph g, int noun) {
        ModeLexicon.Entry e = noun < 0 ? null : modes.single("class", g.lemma[noun]);
        return e != null && e.tags().contains("PLACE") ? -1 : noun;
    }

    /** The verb whose object or oblique (directly or through "of" phrases) a noun is, or -1. */
    private static int clauseOfNoun(DependencyGraph g, int noun) {
        int t = noun;
        for (int step = 0; step < 3 && t >= 0; step++) {
            String base = g.baseRel(t);
            if (!base.equals(Relations.OBJ) && !base.equals(Relations.OBL) && !base.equals(Relations.NMOD)) {
                return -1;
            }
            t = g.head[t];
            if (t >= 0 && g.isVerb(t)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The verb right before "to" + this infinitive when the parser attached the infinitive elsewhere ("the
     * Iraqi Parliament decided to expel US forces, a decision that ..." with expel as a clausal subject): that
     * verb, whose subject controls the infinitive; else -1.
     */
    private int adjacentController(DependencyGraph g, int v) {
        if (v < 2 || !g.word[v - 1].equalsIgnoreCase("to") || !g.pos[v].equals("VB") || g.head[v] == v - 2
                || !g.pos[v - 2].startsWith("VB") || g.rel[v].equals(Relations.XCOMP) || isReporting(g, v - 2)
                || g.child(v - 2, Relations.OBJ) >= 0) {
            return -1;
        }
        return g.child(v - 2, Relations.NSUBJ) >= 0 ? v - 2 : -1;
    }

    /**
     * A participle hung on the previous participle's object though "and" coordinates the two ("killing two
     * soldiers and wounding three others" with wounding parsed as a modifier of "soldiers"): that previous
     * participle, or -1.
     */
    static int misparsedConjunct(DependencyGraph g, int v) {
        int noun = g.head[v];
        if (noun < 0 || !g.rel[v].equals(Relations.ACL) || !g.pos[v].equals("VBG") || !g.rel[noun].equals(Relations.OBJ)
                || g.head[noun] < 0 || !g.pos[g.head[noun]].equals("VBG")) {
            return -1;
        }
        for (int c : g.children(noun)) {
            if (g.rel[c].equals(Relations.CC) && c > noun && c < v) {
                return g.head[noun];
            }
        }
        return -1;
    }

    /** The patient of a verb (object, passive subject, or the noun a passive/object relative clause modifies), or -1. */
    int patient(DependencyGraph g, int verb) {
        boolean passive = g.isPassive(verb);
        if (passive) {
            for (int c : g.children(verb)) {
                if (g.rel[c].equals(Relations.NSUBJ_PASS) || g.rel[c].equals(Relations.CSUBJ_PASS)) {
                    if (isRelativePronoun(g, c) && g.rel[verb].startsWith(Relations.ACL)) {
                        return g.head[verb];
                    }
                    return c;
                }
            }
            if (g.rel[verb].startsWith(Relations.ACL) && g.head[verb] >= 0) {
                return g.head[verb];
            }
        } else {
            for (int c : g.children(verb)) {
                if (g.rel[c].equals(Relations.OBJ)) {
                    if (isRelativePronoun(g, c) && g.rel[verb].startsWith(Relations.ACL) && g.head[verb] >= 0) {
                        return g.head[verb];
                    }
                    return c;
                }
            }
            for (int c : g.children(verb)) {
                // an indirect object with no direct one is a misparsed object ("met Kenya's President Ruto")
                if (g.rel[c].equals(Relations.IOBJ) && g.isNoun(c)) {
                    return c;
                }
            }
            if (g.rel[verb].equals(Relations.ACL) && g.pos[verb].equals("VBN") && g.head[verb] >= 0) {
                return g.head[verb];
            }
        }
        if (g.rel[verb].equals(Relations.CONJ) && g.head[verb] >= 0 && g.isPassive(g.head[verb]) == passive) {
            int gov = g.head[verb];
            int p = passive ? g.child(gov, Relations.NSUBJ_PASS) : g.child(gov, Relations.OBJ);
            if (p >= 0) {
                return p;
            }
        }
        for (int c : g.children(verb)) {
            // "attacked and injured a demonstration": the object shared by both conjuncts
            if (g.rel[c].equals(Relations.CONJ) && g.isVerb(c) && g.isPassive(c) == passive && !passive
                    && g.child(c, Relations.NSUBJ) < 0 && c == verb + 2) {
                int p = g.child(c, Relations.OBJ);
                if (p > c) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** An oblique or nominal modifier introduced by against/on/at/...; "with" too when {@code allowWith}. */
    int obliqueTarget(DependencyGraph g, int pred, boolean allowWith) {
        for (int c : g.children(pred)) {
            String base = g.baseRel(c);
            if (!base.equals(Relations.OBL) && !base.equals(Relations.NMOD)) {
                continue;
            }
            String prep = g.preposition(c);
            if (TARGET_PREPOSITIONS.contains(prep) || allowWith && prep.equals("with")) {
                return c;
            }
        }
        return -1;
    }

    /** The agent of a nominal trigger: possessor, "by" phrase, or a named-entity modifier ("US airstrike"). */
    int nounAgent(DependencyGraph g, int noun, int triggerModifier) {
        for (int c : g.children(noun)) {
            String rel = g.rel[c];
            if (rel.equals(Relations.NMOD_POSS)) {
                return c;
            }
            if ((g.baseRel(c).equals(Relations.NMOD) || g.baseRel(c).equals(Relations.OBL))
                    && g.preposition(c).equals("by")) {
                return c;
            }
        }
        for (int c : g.children(noun)) {
            String rel = g.rel[c];
            if (c != triggerModifier && c < noun && (rel.equals(Relations.COMPOUND) || rel.equals(Relations.AMOD))
                    && isNamedActor(g, c)) {
                return c;
            }
        }
        int between = between(g, noun);
        return between;
    }

    /** The target of a nominal trigger: "on/against X", "of X" for acts done to someone, "targeting X". */
    int nounTarget(DependencyGraph g, int noun, boolean allowOf) {
        return nounTarget(g, noun, allowOf, false);
    }

    /**
     * The target of a nominal trigger; when {@code preferWith}, a "with X" phrase first ("talks with X at Y":
     * the party met, not the venue).
     */
    int nounTarget(DependencyGraph g, int noun, boolean allowOf, boolean preferWith) {
        if (preferWith) {
            for (int c : g.children(noun)) {
                String base = g.baseRel(c);
                if ((base.equals(Relations.NMOD) || base.equals(Relations.OBL)) && g.preposition(c).equals("with")) {
                    return c;
                }
            }
        }
        for (int c : g.children(noun)) {
            String base = g.baseRel(c);
            if (base.equals(Relations.NMOD) || base.equals(Relations.OBL)) {
                String prep = g.preposition(c);
                if (TARGET_PREPOSITIONS.contains(prep) || allowOf && prep.equals("of")) {
                    return c;
                }
            }
        }
        for (int c : g.children(noun)) {
            if (g.rel[c].equals(Relations.ACL) && g.pos[c].equals("VBG")) {
                int obj = g.child(c, Relations.OBJ);
                if (obj >= 0) {
                    return obj;
                }
            }
        }
        int between = between(g, noun);
        if (between >= 0) {
            int conj = g.child(between, Relations.CONJ);
            if (conj >= 0) {
                return conj;
            }
        }
        return -1;
    }

    /** "clashes between X and Y": X, or -1. */
    private static int between(DependencyGraph g, int noun) {
        for (int c : g.children(noun)) {
            if ((g.baseRel(c).equals(Relations.NMOD) || g.baseRel(c).equals(Relations.OBL))
                    && g.preposition(c).equals("between")) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isNamedActor(DependencyGraph g, int i) {
        String ner = g.sentence.token(i).ner();
        return ner != null && (ner.equals("ORGANIZATION") || ner.equals("COUNTRY") || ner.equals("NATIONALITY")
                || ner.equals("PERSON") || ner.equals("STATE_OR_PROVINCE") || ner.equals("MISC"));
    }

    private static boolean isRelativePronoun(DependencyGraph g, int i) {
        return (g.pos[i].startsWith("W") || g.lemma[i].equals("that")) && RELATIVE_PRONOUNS.contains(g.lemma[i]);
    }

    /** Whether an argument names an unknown perpetrator: "gunmen", "unknown assailants". */
    boolean isUnknown(DependencyGraph g, int head) {
        if (hasTag(modes.single("actor", g.lemma[head]), "UNKNOWN")) {
            return true;
        }
        for (int c : g.children(head)) {
            if ((g.rel[c].equals(Relations.AMOD) || g.rel[c].equals(Relations.COMPOUND))
                    && hasTag(modes.single("actor", g.lemma[c]), "UNKNOWN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTag(ModeLexicon.Entry e, String tag) {
        return e != null && e.tags().contains(tag);
    }

    /**
     * The words of an argument headed by {@code head}: the head with its determiners, modifiers, possessors,
     * names and "of" phrases, the first conjunct only, without relative clauses or appositions.
     */
    Argument argument(DependencyGraph g, int sentenceIndex, int head) {
        int lo = head;
        int hi = head;
        List<Integer> stack = new ArrayList<>();
        stack.add(head);
        boolean[] seen = new boolean[g.size];
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen[t]) {
                continue; // a malformed graph with a cycle
            }
            seen[t] = true;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (int c : g.children(t)) {
                String rel = g.rel[c];
                if (SPAN_RELATIONS.contains(rel) || rel.equals(Relations.NMOD_POSS)
                        || g.rel[t].equals(Relations.AMOD) && t != head
                        || (rel.equals(Relations.NMOD) || rel.startsWith("nmod:")) && g.preposition(c).equals("of")) {
                    if (rel.equals(Relations.CASE) && t == head) {
                        continue; // the preposition introducing the argument itself
                    }
                    stack.add(c);
                }
            }
        }
        while (lo < head && isPunct(g, lo)) {
            lo++;
        }
        while (hi > head && isPunct(g, hi)) {
            hi--;
        }
        return new Argument(g.sentence.index(), head, lo, hi + 1, g.text(lo, hi + 1));
    }

    private static boolean isPunct(DependencyGraph g, int i) {
        return g.rel[i].equals(Relations.PUNCT) || g.pos[i].equals(",") || g.pos[i].equals(".") || g.pos[i].equals(":");
    }
}
