package org.sitrep.event;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.annotation.Relations;
import org.sitrep.codebook.AcledMapping;
import org.sitrep.model.AcledType;

/**
 * Picks an event's ACLED type from {@code knowledge/codebook/acled.tsv}: collects the mode cues around the event
 * (manner words of its clause, classes of its source and target, sentence-wide cues) and asks the mapping,
 * first with the clause's cues, then the sentence's, then (for generic violence) the neighbouring sentences'
 * weapons.
 */
final class AcledTyper {
    private final AcledMapping mapping;
    private final WordClasses words;
    private final ModeLexicon modes;

    AcledTyper(AcledMapping mapping, WordClasses words) {
        this.mapping = mapping;
        this.words = words;
        this.modes = words.modes;
    }

    /** Codes that say nothing about the weapon, so a weapon named in the next sentence may tell. */
    static final Set<String> GENERIC_VIOLENCE = Set.of("180", "182", "1823", "190", "193");

    AcledType acledType(String cameo, Set<String> near, Set<String> wide, Set<String> neighbours) {
                AcledMapping.Rule r = mapping.conditionedRule(cameo, near);
        if (r == null) {
            r = mapping.conditionedRule(cameo, wide);
        }
        if (r == null && GENERIC_VIOLENCE.contains(cameo) && !neighbours.isEmpty()) {
            Set<String> weapons = new HashSet<>(neighbours);
            weapons.retainAll(WordClasses.INSTRUMENT_TAGS);
            r = mapping.conditionedRule(cameo, weapons);
        }
        if (r == null) {
            r = mapping.plainRule(cameo);
        }
        return r == null ? null : r.type();
    }

    /** Climbs from a participle or conjunct to the clause it belongs to: "launched a strike, killing 5". */
    static int clauseRoot(DependencyGraph g, int head) {
        int h = head;
        for (int hop = 0; hop < 3; hop++) {
            String rel = g.rel[h];
            int gov = g.head[h];
            if (gov < 0) {
                break;
            }
            boolean participle = (rel.equals(Relations.ADVCL) || rel.equals(Relations.XCOMP)) && (g.pos[h].equals("VBG")
                    || g.pos[h].equals("VBN")) && g.mark(h).isEmpty();
            if (!participle && !rel.equals(Relations.CONJ)) {
                break;
            }
            h = gov;
        }
        return h;
    }

    void addActorTags(DependencyGraph g, int head, String prefix, Set<String> out) {
        if (head < 0) {
            return;
        }
        addActorTagsOf(g, head, prefix, out);
        for (int c : g.children(head)) {
            String rel = g.rel[c];
            if (rel.equals(Relations.COMPOUND) || rel.equals(Relations.AMOD) || rel.equals(Relations.CONJ)
                    || g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of") && g.isNumber(head)
                    || g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of") && isQuantity(g, head)) {
                addActorTagsOf(g, c, prefix, out);
            }
        }
    }

    /** Word classes of the patient and of its "of" phrase ("a stash of projectiles"): WEAPON, PROTEST. */
    void addObjectClassTags(DependencyGraph g, int head, Set<String> out) {
        if (head < 0) {
            return;
        }
        addClassTags(g, head, out);
        for (int c : g.children(head)) {
            if ((g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of")) || g.rel[c].equals(Relations.CONJ)
                    || g.rel[c].equals(Relations.COMPOUND)) {
                addClassTags(g, c, out);
            }
        }
    }

    void addClassTags(DependencyGraph g, int i, Set<String> out) {
        ModeLexicon.Entry e = modes.single("class", g.lemma[i]);
        if (e == null && g.isNoun(i)) {
            e = modes.single("class", DependencyGraph.singular(g.word[i]));
        }
        if (e != null) {
            for (String tag : e.tags()) {
                if (tag.equals("WEAPON") || tag.equals("BASE")) {
                    out.add(tag);
                } else if (tag.equals("PROTEST")) {
                    out.add("TARGET_PROTESTER");
                }
            }
        }
    }

    /** "dozens of soldiers", "scores of civilians": the head only counts. */
    static boolean isQuantity(DependencyGraph g, int head) {
        String l = g.lemma[head];
        return l.equals("dozen") || l.equals("dozens") || l.equals("score") || l.equals("scores") || l.equals("ten")
                || l.equals("tens") || l.equals("hundred") || l.equals("hundreds") || l.equals("thousand")
                || l.equals("thousands") || l.equals("number") || l.equals("group") || l.equals("some")
                || l.equals("many") || l.equals("several") || l.equals("most") || l.equals("all");
    }

    void addActorTagsOf(DependencyGraph g, int i, String prefix, Set<String> out) {
        ModeLexicon.Entry e = modes.single("actor", g.lemma[i]);
        if (e != null) {
            for (String tag : e.tags()) {
                out.add(prefix + tag);
            }
        }
    }
}
