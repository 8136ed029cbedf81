package org.sitrep.event.coref;

import java.util.Locale;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;

/**
 * Statements of a habit or a tally, not of one occurrence: a present-perfect clause over a span ("at least
 * five journalists have been detained since 2023", "has killed thousands of civilians over the past
 * decade", "who have demonstrated for months") or with a habit adverb ("have repeatedly threatened", "has
 * always rejected"), and a present-tense event verb outside a quote ("Moscow says it targets military
 * facilities", "where they fight alongside the army"). News reports single occurrences in the past tense;
 * these sentences give background, and coding them adds events that never happened as such.
 */
final class Habitual {
    private final CorefLexicon lexicon;

    Habitual(CorefLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the event anchored at {@code trigger} (its word, or the noun it is coded by) is a habit or tally. */
    boolean test(Sentence s, int trigger, String triggerText) {
        if (s == null || trigger < 0 || trigger >= s.size()) {
            return false;
        }
        int clause = clauseOf(s, trigger);
        if (clause < 0) {
            return false;
        }
        if (presentPerfect(s, clause) && (spanned(s, clause) || spanned(s, trigger))) {
            return true;
        }
        if (trigger != clause && hasSince(s, trigger)) {
            return true; // "the third round of mediation since last summer"
        }
        return clause == trigger && presentSimple(s, clause) && !QuotedTalk.quoted(s, clause);
    }

    /**
     * The clause word that carries tense for a trigger: the trigger when it is a verb or a copular noun,
     * else the verb that governs the noun as subject, object or oblique (at most two steps up).
     */
    static int clauseOf(Sentence s, int t) {
        int node = t;
        for (int step = 0; step < 3 && node >= 0; step++) {
            if (s.token(node).pos().startsWith("VB") || hasChild(s, node, Relations.COP) || hasChild(s, node, Relations.AUX)) {
                return node;
            }
            Dependency up = s.headEdge(node);
            if (up == null || up.governor() < 0) {
                return -1;
            }
            String base = up.baseRelation();
            if (!base.equals(Relations.NSUBJ) && !base.equals(Relations.OBJ) && !base.equals(Relations.OBL)
                    && !base.equals(Relations.NMOD)) {
                return -1;
            }
            node = up.governor();
        }
        return -1;
    }

    private static boolean hasChild(Sentence s, int t, String relation) {
        for (Dependency d : s.children(t)) {
            if (d.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** "has/have (been) V-ed": a present-tense form of "have" as auxiliary. */
    private static boolean presentPerfect(Sentence s, int clause) {
        for (Dependency d : s.children(clause)) {
            if (d.relation().equals(Relations.AUX)) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (w.equals("has") || w.equals("have") || w.equals("'ve")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A span or a habit adverb under the word: "since ...", "for months", "over the past decade", "repeatedly". */
    private boolean spanned(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            int c = d.dependent();
            String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
            String base = d.baseRelation();
            if (base.equals(Relations.ADVMOD) && lexicon.is("HABITUAL", lemma)) {
                return true;
            }
            if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD) || base.equals(Relations.ADVCL))
                    && hasCaseOrMark(s, c, "since")) {
                return true;
            }
            if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD)) && lexicon.is("SPAN", lemma)
                    && (hasCaseOrMark(s, c, "for") || hasCaseOrMark(s, c, "over") && pastOrLast(s, c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastOrLast(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            String w = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (w.equals("past") || w.equals("last")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSince(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            if ((d.baseRelation().equals(Relations.NMOD) || d.baseRelation().equals(Relations.ACL))
                    && hasCaseOrMark(s, d.dependent(), "since")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCaseOrMark(Sentence s, int t, String word) {
        for (Dependency d : s.children(t)) {
            if ((d.relation().equals(Relations.CASE) || d.relation().equals(Relations.MARK))
                    && s.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** A present-tense main verb with no auxiliary: "targets", "fight". */
    private static boolean presentSimple(Sentence s, int v) {
        String pos = s.token(v).pos();
        return (pos.equals("VBZ") || pos.equals("VBP")) && !hasChild(s, v, Relations.AUX);
    }
}
