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
        // coordinated verbs share their auxiliary and span: "have damaged dozens of ships and destroyed
        // thousands of tonnes of grain since 2023"
        int first = clause;
        Dependency conj = s.headEdge(clause);
        if (conj != null && conj.governor() >= 0 && conj.baseRelation().equals(Relations.CONJ)
                && s.token(conj.governor()).pos().startsWith("VB") && !hasChild(s, clause, Relations.AUX)
                && !hasSubject(s, clause)) {
            first = conj.governor();
        }
        if ((presentPerfect(s, clause) || presentPerfect(s, first))
                && (spanned(s, clause) || spanned(s, trigger) || spannedGroup(s, first))) {
            return true;
        }
        if (trigger != clause && hasSince(s, trigger)) {
            return true; // "the third round of mediation since last summer"
        }
        if (trigger != clause && barePlural(s, trigger) && spanned(s, clause)) {
            return true; // "sanctions had never solved a conflict"
        }
        if (clause == trigger && charge(s, clause)) {
            return true; // "companies accused of helping Russia", "men suspected of planning attacks"
        }
        return clause == trigger && (presentSimple(s, clause) || first != clause && presentSimple(s, first)
                || presentPassive(s, clause)
                || presentProgressive(s, clause)) && !QuotedTalk.quoted(s, clause);
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

    private static boolean hasSubject(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (d.relation().startsWith(Relations.NSUBJ)) {
                return true;
            }
        }
        return false;
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
                    && (hasCaseOrMark(s, c, "for") || (hasCaseOrMark(s, c, "over") || hasCaseOrMark(s, c, "in"))
                    && pastOrLast(s, c))) {
                return true; // "for months", "over the past decade", "in recent years"
            }
            if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD)) && lemma.equals("past")
                    && (hasCaseOrMark(s, c, "in") || hasCaseOrMark(s, c, "over"))) {
                return true; // "has claimed attacks in the past"
            }
        }
        return false;
    }

    /**
     * A span on a verb or one of its coordinated verbs, or a "since" clause or phrase deeper in its object
     * ("has detained more than 1,000 people on suspicion of working for Russia since the invasion began").
     */
    private boolean spannedGroup(Sentence s, int verb) {
        if (spanned(s, verb) || sinceBelow(s, verb, 4)) {
            return true;
        }
        for (Dependency d : s.children(verb)) {
            if (d.baseRelation().equals(Relations.CONJ) && s.token(d.dependent()).pos().startsWith("VB")
                    && spanned(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** A "since" phrase or clause within {@code depth} steps below {@code t}, not crossing into a reported clause. */
    private static boolean sinceBelow(Sentence s, int t, int depth) {
        if (depth == 0) {
            return false;
        }
        for (Dependency d : s.children(t)) {
            String base = d.baseRelation();
            if (base.equals(Relations.CCOMP) || base.equals(Relations.CONJ) || base.equals(Relations.PARATAXIS)) {
                continue;
            }
            int c = d.dependent();
            if ((base.equals(Relations.OBL) || base.equals(Relations.NMOD) || base.equals(Relations.ADVCL))
                    && hasCaseOrMark(s, c, "since")) {
                return true;
            }
            if ((base.equals(Relations.OBJ) || base.equals(Relations.NMOD) || base.equals(Relations.ACL)
                    || base.equals(Relations.OBL)) && sinceBelow(s, c, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastOrLast(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            String w = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (w.equals("past") || w.equals("last") || w.equals("recent")) {
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

    /** A present-tense passive, a standing state: "Bolsonaro is accused of", "the hostages are held in Gaza". */
    private static boolean presentPassive(Sentence s, int v) {
        return presentBe(s, v, "VBN", Relations.AUX_PASS);
    }

    /** An ongoing present activity, not an occurrence: "the EU is discussing a plan". */
    private static boolean presentProgressive(Sentence s, int v) {
        return presentBe(s, v, "VBG", Relations.AUX);
    }

    /**
     * A verb of tag {@code tag} whose every {@code relation} dependent is a present form of "be" and that has
     * some, with no other auxiliary.
     */
    private static boolean presentBe(Sentence s, int v, String tag, String relation) {
        if (!s.token(v).pos().equals(tag)) {
            return false;
        }
        boolean present = false;
        for (Dependency d : s.children(v)) {
            if (d.relation().equals(relation)) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (!(w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s") || w.equals("'re"))) {
                    return false;
                }
                present = true;
            } else if (d.relation().equals(Relations.AUX)) {
                return false;
            }
        }
        return present;
    }

    /**
     * A reduced relative of a {@code CHARGE} verb with no agent: it describes its noun by a standing charge
     * ("companies accused of helping Russia"), it reports no act of accusing.
     */
    private boolean charge(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        if (!s.token(v).pos().equals("VBN") || up == null || !up.relation().equals(Relations.ACL)
                || !lexicon.is("CHARGE", s.token(v).lemma())) {
            return false;
        }
        boolean what = false;
        for (Dependency d : s.children(v)) {
            if (d.relation().equals(Relations.OBL_AGENT) || d.relation().startsWith(Relations.AUX)
                    || d.baseRelation().equals(Relations.OBL) && hasCaseOrMark(s, d.dependent(), "by")) {
                return false;
            }
            String base = d.baseRelation();
            if ((base.equals(Relations.OBL) || base.equals(Relations.ADVCL) || base.equals(Relations.NMOD))
                    && (hasCaseOrMark(s, d.dependent(), "of") || hasCaseOrMark(s, d.dependent(), "with")
                    || hasCaseOrMark(s, d.dependent(), "for") || hasCaseOrMark(s, d.dependent(), "in")
                    || hasCaseOrMark(s, d.dependent(), "over"))) {
                what = true; // the charge itself: "of helping", "with murder", "in the case"
            }
        }
        return what;
    }

    /** A plural noun with no determiner, possessor or number: "sanctions", "attacks" said of a kind. */
    private static boolean barePlural(Sentence s, int noun) {
        if (!s.token(noun).pos().equals("NNS")) {
            return false;
        }
        for (Dependency d : s.children(noun)) {
            String r = d.relation();
            if (r.equals(Relations.DET) || r.equals(Relations.NMOD_POSS) || r.equals(Relations.NUMMOD)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A present-tense main verb with no auxiliary: "targets", "fight"; also a base form with a subject as the
     * sentence's main verb, which can only be a present tense the tagger took for an infinitive ("the
     * measures freeze assets").
     */
    private static boolean presentSimple(Sentence s, int v) {
        String pos = s.token(v).pos();
        if (hasChild(s, v, Relations.AUX)) {
            return false;
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        Dependency up = s.headEdge(v);
        return pos.equals("VB") && (up == null || up.governor() < 0) && hasSubject(s, v)
                && !hasChild(s, v, Relations.MARK);
    }
}
