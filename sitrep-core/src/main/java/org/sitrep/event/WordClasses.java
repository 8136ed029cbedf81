package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Relations;

/**
 * Word classes and mode cues read off tokens, from {@code knowledge/events/modes.tsv}: whether a word is a place, a
 * weapon, a protester, a disaster; which manner cues (weapons, lethality, protest) a clause or sentence
 * carries. Copes with lemmatizer slips ("bases" lemmatized "basis", "Rockets/NNPS" kept plural).
 */
final class WordClasses {
    final ModeLexicon modes;

    WordClasses(ModeLexicon modes) {
        this.modes = modes;
    }

    static final Set<String> INSTRUMENT_TAGS = Set.of("ARTILLERY", "EXPLOSIVE", "GRENADE", "AIR", "SUICIDE",
            "CHEMICAL");

    /** The word's lemma, or for "two of the grenades" the lemma of the "of" phrase, is in the set. */
    static boolean lemmaOrPartIn(DependencyGraph g, int i, Set<String> lemmas) {
        if (lemmas.contains(g.lemma[i])) {
            return true;
        }
        for (int c : g.children(i)) {
            if (g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of") && lemmas.contains(g.lemma[c])) {
                return true;
            }
        }
        return false;
    }

    boolean inClassOrConjunct(DependencyGraph g, int i, String cls) {
        if (inClass(g, i, cls)) {
            return true;
        }
        for (int c : g.children(i)) {
            if (g.rel[c].equals(Relations.CONJ) && inClass(g, c, cls)) {
                return true; // "expel US and other foreign forces"
            }
            if (g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of") && inClass(g, c, cls)) {
                return true; // "a large amount of ammunition", "100kg of explosives"
            }
        }
        return false;
    }

    /** Whether a word belongs to a class of knowledge/events/modes.tsv (class or actor kind); PLACE also by NER. */
    boolean inClass(DependencyGraph g, int i, String cls) {
        String lemma = g.lemma[i];
        if (hasTag(modes.single("class", lemma), cls) || hasTag(modes.single("actor", lemma), cls)) {
            return true;
        }
        String fromWord = g.isNoun(i) ? DependencyGraph.singular(g.word[i]) : lemma;
        if (!fromWord.equals(lemma) && (hasTag(modes.single("class", fromWord), cls)
                || hasTag(modes.single("actor", fromWord), cls))) {
            return true; // the lemmatizer makes "bases" "basis"
        }
        if (isPluralTaggedAsName(g, i)) {
            String singular = singular(lemma); // "Forces/NNPS" is its own lemma
            if (hasTag(modes.single("class", singular), cls) || hasTag(modes.single("actor", singular), cls)) {
                return true;
            }
        }
        if (cls.equals("PERSON")) {
            String ner = g.sentence.token(i).ner();
            if ("PERSON".equals(ner) || g.isNumber(i) || lemma.equals("people") || lemma.equals("person")
                    || hasTag(modes.single("actor", lemma), "CIVILIAN") || hasTag(modes.single("actor", lemma), "ARMED")
                    || hasTag(modes.single("actor", lemma), "PROTESTER")) {
                return true;
            }
        }
        if (cls.equals("PLACE") || cls.equals("STATE")) {
            String ner = g.sentence.token(i).ner();
            if (ner != null && (ner.equals("CITY") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE")
                    || ner.equals("COUNTRY"))) {
                return cls.equals("PLACE") || ner.equals("COUNTRY");
            }
        }
        return false;
    }

    /** A capitalised plural the tagger took for a name, whose lemma is the word itself: "Rockets", "Forces". */
    static boolean isPluralTaggedAsName(DependencyGraph g, int i) {
        String lemma = g.lemma[i];
        return lemma.length() > 3 && lemma.endsWith("s") && g.pos[i].startsWith("NNP");
    }

    static String singular(String plural) {
        return plural.substring(0, plural.length() - 1);
    }

    static boolean hasTag(ModeLexicon.Entry e, String tag) {
        return e != null && e.tags().contains(tag);
    }

    boolean isInstrumentLike(DependencyGraph g, int i) {
        return mannerEntry(g, i) != null || inClass(g, i, "DISASTER") || !g.isNoun(i)
                || modes.single("actor", g.lemma[i]) == null && !"PERSON".equals(g.sentence.token(i).ner())
                && !"ORGANIZATION".equals(g.sentence.token(i).ner()) && !isNamedPlace(g, i);
    }

    static boolean isNamedPlace(DependencyGraph g, int i) {
        String ner = g.sentence.token(i).ner();
        return "COUNTRY".equals(ner) || "NATIONALITY".equals(ner) || "STATE_OR_PROVINCE".equals(ner)
                || "CITY".equals(ner);
    }

    boolean conjunctInClass(DependencyGraph g, int i, String cls) {
        for (int c : g.children(i)) {
            if (g.rel[c].equals(Relations.CONJ) && inClass(g, c, cls)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeWord(DependencyGraph g, int i) {
        String ner = g.sentence.token(i).ner();
        return "DATE".equals(ner) || "DURATION".equals(ner) || "TIME".equals(ner) || "SET".equals(ner);
    }

    boolean isInstrument(DependencyGraph g, int i) {
        if (g.isNumber(i)) {
            for (int c : g.children(i)) {
                if (g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of")) {
                    return isInstrument(g, c); // "two of the grenades"
                }
            }
        }
        ModeLexicon.Entry e = mannerEntry(g, i);
        if (e != null) {
            for (String tag : e.tags()) {
                if (INSTRUMENT_TAGS.contains(tag) || tag.equals("WEAPON") || tag.equals("RIOTCONTROL")) {
                    return true;
                }
            }
        }
        ModeLexicon.Entry cls = modes.single("class", g.lemma[i]);
        return cls != null && (cls.tags().contains("WEAPON") || cls.tags().contains("FIRE"));
    }

    /** Cues counted anywhere in the sentence (knowledge/events/modes.tsv kind "sentence"). */
    Set<String> sentenceTags(DependencyGraph g) {
        Set<String> out = null;
        for (int i = 0; i < g.size; i++) {
            ModeLexicon.Entry e = modes.single("sentence", g.lemma[i]);
            if (e != null) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.addAll(e.tags());
            }
        }
        return out == null ? Set.of() : out;
    }

    /** Manner cue of one token, two-word terms first. */
    ModeLexicon.Entry mannerEntry(DependencyGraph g, int i) {
        List<String> mods = List.of();
        for (int c : g.children(i)) {
            if (g.rel[c].equals(Relations.COMPOUND) || g.rel[c].equals(Relations.AMOD)) {
                if (mods.isEmpty()) {
                    mods = new ArrayList<>(2);
                }
                mods.add(g.lemma[c]);
            }
        }
        ModeLexicon.Entry e = modes.lookup("manner", g.lemma[i], mods);
        if (e == null && !g.word[i].equals(g.lemma[i])) {
            e = modes.lookup("manner", g.word[i], mods);
        }
        if (e == null && isPluralTaggedAsName(g, i)) {
            e = modes.lookup("manner", singular(g.lemma[i]), mods); // "Rockets/NNPS" keeps its plural lemma
        }
        if (e != null && e.tags().contains("BASE") && !g.isNoun(i)) {
            return null; // a base is a thing: "based on a deal" names none
        }
        return e;
    }

    /**
     * Manner tags in the subtree of {@code head} (not descending into reported clauses), or in the whole
     * sentence for head -1. A two-word term such as "tear gas" hides its modifier's and head's own tags.
     */
    Set<String> mannerTags(DependencyGraph g, int head) {
        return mannerTags(g, head, -1);
    }

    /** As {@link #mannerTags(DependencyGraph, int)}, leaving out the subtree of {@code exclude} (the target). */
    Set<String> mannerTags(DependencyGraph g, int head, int exclude) {
        Set<String> out = new HashSet<>();
        if (head < 0) {
            for (int i = 0; i < g.size; i++) {
                addManner(g, i, out);
            }
            return out;
        }
        int[] stack = new int[g.size + 1];
        int top = 0;
        stack[top++] = head;
        boolean[] seen = new boolean[g.size];
        while (top > 0) {
            int t = stack[--top];
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            addManner(g, t, out);
            for (int c : g.children(t)) {
                String base = g.baseRel(c);
                if (c != exclude && !base.equals(Relations.CCOMP) && !base.equals(Relations.PARATAXIS)
                        && !g.rel[c].equals(Relations.ACL_RELCL)
                        && top < stack.length) {
                    stack[top++] = c;
                }
            }
        }
        return out;
    }

    void addManner(DependencyGraph g, int i, Set<String> out) {
        String ner = g.sentence.token(i).ner();
        if ("DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner)) {
            return; // "March 21" is no march
        }
        if (g.rel[i].equals(Relations.COMPOUND) || g.rel[i].equals(Relations.AMOD)) {
            int h = g.head[i];
            if (h >= 0) {
                ModeLexicon.Entry headEntry = mannerEntry(g, h);
                if (headEntry != null && headEntry.term().indexOf(' ') > 0) {
                    return; // part of a two-word term counted at its head
                }
            }
        }
        ModeLexicon.Entry e = mannerEntry(g, i);
        if (e != null) {
            out.addAll(e.tags());
        }
    }
}
