package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private static final Set<String> SPAN_RELATIONS = Set.of("compound", "flat", "amod", "det", "nmod:poss",
            "nummod", "case", "fixed", "flat:name", "compound:prt", "det:predet", "advmod", "cc:preconj");
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
        for (int hop = 0; hop < MAX_HOPS && v >= 0; hop++) {
            for (int c : g.children(v)) {
                if (g.rel[c].equals("nsubj") || g.rel[c].equals("csubj")) {
                    if (isRelativePronoun(g, c) && g.rel[v].startsWith("acl")) {
                        return g.head[v];
                    }
                    return c;
                }
            }
            if (g.isPassive(v)) {
                for (int c : g.children(v)) {
                    if (g.rel[c].equals("obl:agent") || (g.baseRel(c).equals("obl") || g.baseRel(c).equals("nmod"))
                            && g.preposition(c).equals("by")) {
                        return c;
                    }
                }
            }
            String rel = g.rel[v];
            int gov = g.head[v];
            if (gov < 0 || isReporting(g, gov)) {
                return -1;
            }
            if (rel.equals("acl:relcl")) {
                return g.isPassive(v) ? -1 : gov;
            }
            if (rel.equals("acl")) {
                if (g.pos[v].equals("VBG")) {
                    return gov;
                }
                if (g.mark(v).equals("to") && g.isNoun(gov)) {
                    return nounAgent(g, gov, -1); // "the group's commitment to withdraw"
                }
                return -1;
            }
            if (rel.equals("xcomp")) {
                if (g.lemma[gov].equals("be")) {
                    return -1; // "its purpose is to push ...": the subject of "is" is no agent
                }
                int obj = g.child(gov, "obj");
                if (obj >= 0 && obj != v) {
                    return obj;
                }
                v = gov;
                continue;
            }
            if (rel.equals("conj") && g.isPassive(gov) == passive) {
                v = gov;
                continue;
            }
            String mark = g.mark(v);
            if (rel.equals("advcl") && (mark.equals("from") || mark.equals("of") || mark.equals("to"))) {
                // "barred its fighters from hitting", "accused the rebels of attacking", "push them to leave"
                int obj = g.child(gov, "obj");
                if (obj >= 0) {
                    return obj;
                }
            }
            if (rel.equals("advcl") && (g.pos[v].equals("VBG") || g.pos[v].equals("VBN"))
                    && !passive && (g.mark(v).isEmpty() || g.mark(v).equals("by") || g.mark(v).equals("after")
                    || g.mark(v).equals("while") || g.mark(v).equals("before"))) {
                v = gov;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** The patient of a verb (object, passive subject, or the noun a passive/object relative clause modifies), or -1. */
    int patient(DependencyGraph g, int verb) {
        boolean passive = g.isPassive(verb);
        if (passive) {
            for (int c : g.children(verb)) {
                if (g.rel[c].equals("nsubj:pass") || g.rel[c].equals("csubj:pass")) {
                    if (isRelativePronoun(g, c) && g.rel[verb].startsWith("acl")) {
                        return g.head[verb];
                    }
                    return c;
                }
            }
            if (g.rel[verb].startsWith("acl") && g.head[verb] >= 0) {
                return g.head[verb];
            }
        } else {
            for (int c : g.children(verb)) {
                if (g.rel[c].equals("obj")) {
                    if (isRelativePronoun(g, c) && g.rel[verb].startsWith("acl") && g.head[verb] >= 0) {
                        return g.head[verb];
                    }
                    return c;
                }
            }
            for (int c : g.children(verb)) {
                // an indirect object with no direct one is a misparsed object ("met Kenya's President Ruto")
                if (g.rel[c].equals("iobj") && g.isNoun(c)) {
                    return c;
                }
            }
            if (g.rel[verb].equals("acl") && g.pos[verb].equals("VBN") && g.head[verb] >= 0) {
                return g.head[verb];
            }
        }
        if (g.rel[verb].equals("conj") && g.head[verb] >= 0 && g.isPassive(g.head[verb]) == passive) {
            int gov = g.head[verb];
            int p = passive ? g.child(gov, "nsubj:pass") : g.child(gov, "obj");
            if (p >= 0) {
                return p;
            }
        }
        for (int c : g.children(verb)) {
            // "attacked and injured a demonstration": the object shared by both conjuncts
            if (g.rel[c].equals("conj") && g.isVerb(c) && g.isPassive(c) == passive && !passive
                    && g.child(c, "nsubj") < 0 && c == verb + 2) {
                int p = g.child(c, "obj");
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
            if (!base.equals("obl") && !base.equals("nmod")) {
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
            if (rel.equals("nmod:poss")) {
                return c;
            }
            if ((g.baseRel(c).equals("nmod") || g.baseRel(c).equals("obl")) && g.preposition(c).equals("by")) {
                return c;
            }
        }
        for (int c : g.children(noun)) {
            String rel = g.rel[c];
            if (c != triggerModifier && c < noun && (rel.equals("compound") || rel.equals("amod"))
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
                if ((base.equals("nmod") || base.equals("obl")) && g.preposition(c).equals("with")) {
                    return c;
                }
            }
        }
        for (int c : g.children(noun)) {
            String base = g.baseRel(c);
            if (base.equals("nmod") || base.equals("obl")) {
                String prep = g.preposition(c);
                if (TARGET_PREPOSITIONS.contains(prep) || allowOf && prep.equals("of")) {
                    return c;
                }
            }
        }
        for (int c : g.children(noun)) {
            if (g.rel[c].equals("acl") && g.pos[c].equals("VBG")) {
                int obj = g.child(c, "obj");
                if (obj >= 0) {
                    return obj;
                }
            }
        }
        int between = between(g, noun);
        if (between >= 0) {
            int conj = g.child(between, "conj");
            if (conj >= 0) {
                return conj;
            }
        }
        return -1;
    }

    /** "clashes between X and Y": X, or -1. */
    private static int between(DependencyGraph g, int noun) {
        for (int c : g.children(noun)) {
            if ((g.baseRel(c).equals("nmod") || g.baseRel(c).equals("obl")) && g.preposition(c).equals("between")) {
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
            if ((g.rel[c].equals("amod") || g.rel[c].equals("compound"))
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
                if (SPAN_RELATIONS.contains(rel) || rel.equals("nmod:poss") || g.rel[t].equals("amod") && t != head
                        || (rel.equals("nmod") || rel.startsWith("nmod:")) && g.preposition(c).equals("of")) {
                    if (rel.equals("case") && t == head) {
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
        return g.rel[i].equals("punct") || g.pos[i].equals(",") || g.pos[i].equals(".") || g.pos[i].equals(":");
    }
}
