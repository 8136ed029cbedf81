package org.sitrep.event.coref;

import java.util.List;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;

/**
 * One coded event as a mention of an occurrence, with what coreference reads from its sentence.
 *
 * @param event     the coded event
 * @param family    its CAMEO family, or null when never merged
 * @param sentence  its sentence, or null when it has no anchor
 * @param definite  a nominal trigger with a pointing-back determiner ("the attack", "this assault")
 * @param generic   a trigger with a generic modifier ("similar raids", "previous attacks")
 */
record Mention(Event event, String family, Sentence sentence, boolean definite, boolean generic) {

    static Mention of(Event e, List<Sentence> sentences, CorefLexicon lexicon) {
        String family = lexicon.family(e.cameo());
        if (e.anchor() == null || e.anchor().sentence() < 0 || e.anchor().sentence() >= sentences.size()) {
            return new Mention(e, family, null, false, generic(e, null, lexicon));
        }
        Sentence s = sentences.get(e.anchor().sentence());
        int t = e.anchor().trigger();
        boolean definite = false;
        int noun = t >= 0 && t < s.size() ? eventNoun(s, t, e.evidence().trigger()) : -1;
        if (noun >= 0) {
            for (Dependency d : s.children(noun)) {
                String rel = d.relation();
                if ((rel.equals(Relations.DET) || rel.equals(Relations.NMOD_POSS)) && lexicon.is("DEFINITE",
                        s.token(d.dependent()).lemma())) {
                    definite = true;
                }
            }
        }
        return new Mention(e, family, s, definite, generic(e, s, lexicon));
    }

    /**
     * The noun that names the event: the trigger itself when it is a noun, else the noun subject of a verb
     * the event is coded by ("the strike also damaged a school": strike), else -1.
     */
    static int eventNoun(Sentence s, int t, String triggerText) {
        if (s.token(t).pos().startsWith("NN")) {
            return t;
        }
        if (triggerText == null || !s.token(t).pos().startsWith("VB")) {
            return -1;
        }
        for (Dependency d : s.children(t)) {
            int c = d.dependent();
            if (d.relation().startsWith(Relations.NSUBJ) && s.token(c).pos().startsWith("NN")
                    && java.util.Arrays.asList(triggerText.split("\\s+")).contains(s.token(c).word())) {
                return c;
            }
        }
        return -1;
    }

    private static boolean generic(Event e, Sentence s, CorefLexicon lexicon) {
        String trigger = e.evidence().trigger();
        if (trigger != null) {
            for (String w : trigger.split("\\s+")) {
                if (lexicon.is("GENERIC", w)) {
                    return true;
                }
            }
        }
        if (s == null || e.anchor().trigger() < 0 || e.anchor().trigger() >= s.size()) {
            return false;
        }
        for (Dependency d : s.children(e.anchor().trigger())) {
            if ((d.relation().equals(Relations.AMOD) || d.relation().equals(Relations.DET))
                    && lexicon.is("GENERIC", s.token(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    int sentenceIndex() {
        return event.anchor() == null ? -1 : event.anchor().sentence();
    }

    int trigger() {
        return event.anchor() == null ? -1 : event.anchor().trigger();
    }

    /** Text position, for "latest mention before". */
    long position() {
        return (long) sentenceIndex() * 10_000 + trigger();
    }

    /**
     * A generic mention names a kind of event, not one occurrence, when its trigger noun is plural ("have
     * carried out similar raids", "damaged in previous attacks").
     */
    boolean genericPlural() {
        if (!generic || sentence == null) {
            return false;
        }
        String trigger = event.evidence().trigger();
        if (trigger == null) {
            return false;
        }
        String[] words = trigger.split("\\s+");
        String last = words[words.length - 1];
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).word().equals(last)) {
                return (sentence.token(i).pos().equals("NNS") || sentence.token(i).pos().equals("NNPS"))
                        && !namesAnInstance(sentence, i);
            }
        }
        return false;
    }

    /**
     * A plural that singles out one of its occurrences: "previous attacks, including one in December", "several
     * raids, among them one last week". The instance is an occurrence of its own, told with its own time or
     * place, and is coded; the plural around it is not.
     */
    static boolean namesAnInstance(Sentence s, int plural) {
        for (Dependency d : s.children(plural)) {
            int one = d.dependent();
            if (!d.baseRelation().equals(Relations.NMOD) || !s.token(one).lemma().equalsIgnoreCase("one")) {
                continue;
            }
            boolean including = false;
            boolean told = false;
            for (Dependency c : s.children(one)) {
                String w = s.token(c.dependent()).word().toLowerCase(java.util.Locale.ROOT);
                including |= c.baseRelation().equals(Relations.CASE) && (w.equals("including") || w.equals("among"));
                told |= !c.baseRelation().equals(Relations.CASE) && !c.baseRelation().equals(Relations.PUNCT);
            }
            if (including && told) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two triggers of one sentence are linked as one act: both reach a common word in at most three
     * steps in all through coordination, adverbial, open-complement, clausal-modifier, clausal-complement or loose edges
     * ("attacked ..., killing two and wounding three", "a rocket strike targeting US positions"). Obliques
     * ("in response to an airstrike") and nominal modifiers ("during rocket attacks") name other events and
     * do not link.
     */
    boolean linkedTo(Mention other) {
        return linkedTo(other, t -> false);
    }

    /**
     * {@link #linkedTo(Mention)}, unless a word below the common one on either side is {@code blocked} (a
     * retaliation verb: "... were killed in those strikes and retaliated with shelling").
     */
    boolean linkedTo(Mention other, java.util.function.IntPredicate blocked) {
        if (sentence == null || other.sentence == null || sentenceIndex() != other.sentenceIndex()) {
            return false;
        }
        int[] up = ancestors(sentence, trigger());
        int[] otherUp = ancestors(sentence, other.trigger());
        for (int i = 0; i < up.length; i++) {
            for (int j = 0; j < otherUp.length; j++) {
                if (up[i] == otherUp[j] && i + j <= 3) {
                    return !any(up, i, blocked) && !any(otherUp, j, blocked);
                }
            }
        }
        return false;
    }

    private static boolean any(int[] words, int below, java.util.function.IntPredicate test) {
        for (int k = 0; k < below; k++) {
            if (test.test(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one trigger is what the other, a verb of the same sentence, is done to or about: its object,
     * oblique or passive subject, or a conjunct of one ("agreed to an immediate ceasefire", "agreed a security
     * partnership and a deal"). Within one family this is the same occurrence named twice.
     */
    boolean argumentOf(Mention other) {
        if (sentence == null || other.sentence == null || sentenceIndex() != other.sentenceIndex()) {
            return false;
        }
        return argument(sentence, trigger(), other.trigger()) || argument(sentence, other.trigger(), trigger());
    }

    private static boolean argument(Sentence s, int noun, int verb) {
        if (noun < 0 || verb < 0 || noun >= s.size() || verb >= s.size() || !s.token(noun).pos().startsWith("NN")
                || !s.token(verb).pos().startsWith("VB")) {
            return false;
        }
        int t = noun;
        Dependency edge = s.headEdge(t);
        for (int step = 0; step < 3 && edge != null && edge.baseRelation().equals(Relations.CONJ); step++) {
            t = edge.governor();
            edge = s.headEdge(t);
        }
        if (edge == null || edge.governor() != verb) {
            return false;
        }
        String base = edge.baseRelation();
        return base.equals(Relations.OBJ) || base.equals(Relations.OBL) || edge.relation().equals(Relations.NSUBJ_PASS);
    }

    /** The word itself and the words above it through linking edges, nearest first (at most three steps). */
    static int[] ancestors(Sentence s, int from) {
        int[] out = new int[4];
        int n = 0;
        int t = from;
        out[n++] = t;
        while (n < out.length && t >= 0) {
            int next = linkHead(s, t);
            if (next < 0) {
                break;
            }
            out[n++] = next;
            t = next;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int linkHead(Sentence s, int t) {
        Dependency edge = s.headEdge(t);
        if (edge == null || edge.governor() < 0) {
            return -1;
        }
        int coordinated = misparsedConjunct(s, t);
        if (coordinated >= 0) {
            return coordinated;
        }
        String base = edge.baseRelation();
        if (base.equals(Relations.OBL) && s.token(t).pos().startsWith("NN") && s.token(edge.governor()).pos().startsWith("VB")
                && caseWord(s, t, "in")) {
            return edge.governor(); // "killed 18 villagers in an overnight raid": the raid is the killing
        }
        return base.equals(Relations.CONJ) || base.equals(Relations.ADVCL) || base.equals(Relations.XCOMP)
                || base.equals(Relations.ACL)
                || base.equals(Relations.DEP) || base.equals(Relations.PARATAXIS)
                        || base.equals(Relations.CCOMP) ? edge.governor() : -1;
    }

    /** Whether the only preposition of a noun is {@code word}. */
    private static boolean caseWord(Sentence s, int noun, String word) {
        boolean found = false;
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals(Relations.CASE)) {
                if (!s.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /**
     * A participle the parser hung on the previous participle's object though "and" coordinates it with that
     * participle ("killing two soldiers and wounding three others", wounding as a modifier of "soldiers"):
     * the participle it is coordinated with, or -1.
     */
    static int misparsedConjunct(Sentence s, int v) {
        Dependency edge = s.headEdge(v);
        if (edge == null || !edge.relation().equals(Relations.ACL) || !s.token(v).pos().equals("VBG")) {
            return -1;
        }
        int noun = edge.governor();
        Dependency up = s.headEdge(noun);
        if (up == null || up.governor() < 0 || !up.relation().equals(Relations.OBJ)
                || !s.token(up.governor()).pos().equals("VBG")) {
            return -1;
        }
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals(Relations.CC) && d.dependent() > noun && d.dependent() < v) {
                return up.governor();
            }
        }
        return -1;
    }

    /**
     * A harm told by a verb without its doer: a passive with no agent ("four people were shot dead"), or a
     * subject that was only a pronoun or a relative ("They shot", "fighting that killed more than 30"),
     * whatever it was resolved to. A gerund or participle with no subject of its own ("retaliated with
     * shelling") is not one: its doer is in the clause above.
     */
    boolean agentless(CorefLexicon lexicon) {
        Sentence s = sentence;
        if (s == null) {
            return false;
        }
        int t = trigger();
        if (t < 0 || t >= s.size() || !s.token(t).pos().startsWith("VB")) {
            return false;
        }
        if (event.source() == null) {
            // no doer named: a passive, or a pronoun or relative subject with no antecedent to resolve to
            Dependency head = s.headEdge(t);
            for (Dependency d : s.children(t)) {
                String word = s.token(d.dependent()).word();
                if (d.relation().equals(Relations.NSUBJ_PASS) || d.relation().equals(Relations.NSUBJ)
                        && (lexicon.is("PRONOUN", word) || relative(word) && head != null
                        && head.relation().startsWith(Relations.ACL))) {
                    return true;
                }
            }
            return false;
        }
        Argument arg = event.anchor() == null ? null : event.anchor().source();
        if (arg == null || arg.text() == null) {
            return false;
        }
        String word = arg.text().trim();
        Dependency head = s.headEdge(t);
        return lexicon.is("PRONOUN", word)
                || relative(word) && head != null && head.relation().startsWith(Relations.ACL);
    }

    private static boolean relative(String word) {
        return word.equalsIgnoreCase("that") || word.equalsIgnoreCase("which") || word.equalsIgnoreCase("who");
    }
}
