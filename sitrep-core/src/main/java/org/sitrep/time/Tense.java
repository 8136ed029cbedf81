package org.sitrep.time;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * The grammatical time of a clause, read from the verb and its auxiliaries: it decides whether a
 * bare "Thursday" or "in December" points back from the publication date or forward, and whether a
 * clause without a time expression continues the dated narrative.
 */
public enum Tense {
    /** Simple past: "stormed", "was fired". */
    PAST,
    /** Past perfect: "had withdrawn" — backstory of a past narrative. */
    PAST_PERFECT,
    /** Present perfect: "has barred" — recent, relative to the publication. */
    PERFECT,
    /** Present: "forbids", "is". */
    PRESENT,
    /** Future or intention: "will meet", "is going to". */
    FUTURE;

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> PAST_BE = Set.of("was", "were");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");

    /** True for tenses that resolve bare dates backwards from the publication day. */
    public boolean looksBack() {
        return this != FUTURE;
    }

    /** True for tenses that narrate a past story (an undated clause continues it). */
    public boolean narrates() {
        return this == PAST || this == PAST_PERFECT;
    }

    /** The tense of the clause around {@code token}: its own verb, or the nearest verb above it. */
    public static Tense of(Sentence s, int token) {
        int verb = verbOf(s, token);
        if (verb < 0) {
            return PRESENT;
        }
        return ofVerb(s, verb, 0);
    }

    private static Tense ofVerb(Sentence s, int verb, int depth) {
        Token v = s.token(verb);
        boolean hadAux = false;
        boolean hasAux = false;
        boolean pastBe = false;
        boolean presentBe = false;
        boolean to = false;
        boolean did = false;
        for (Dependency d : s.children(verb)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            String rel = d.baseRelation();
            if (rel.equals(Relations.AUX) || rel.equals(Relations.COP)) {
                if (FUTURE_AUX.contains(w)) {
                    return FUTURE;
                }
                if (w.equals("had") || w.equals("'d")) {
                    hadAux = true;
                } else if (w.equals("has") || w.equals("have") || w.equals("'ve")) {
                    hasAux = true;
                } else if (PAST_BE.contains(w)) {
                    pastBe = true;
                } else if (PRESENT_BE.contains(w)) {
                    presentBe = true;
                } else if (w.equals("did")) {
                    did = true;
                } else if (w.equals("to")) {
                    to = true;
                }
            }
            if (rel.equals(Relations.MARK) && w.equals("to")) {
                to = true;
            }
        }
        if (hadAux) {
            return PAST_PERFECT;
        }
        if (hasAux) {
            return PERFECT;
        }
        if (pastBe || did || v.pos().equals("VBD")) {
            return PAST;
        }
        if (presentBe) {
            return "going".equalsIgnoreCase(v.word()) ? FUTURE : PRESENT;
        }
        if (v.pos().equals("VBZ") || v.pos().equals("VBP")) {
            return PRESENT;
        }
        // an infinitive or participle takes the tense of the clause it hangs from
        Dependency up = s.headEdge(verb);
        if (up != null && up.governor() >= 0 && depth < 6) {
            int governorVerb = verbOf(s, up.governor());
            if (governorVerb >= 0 && governorVerb != verb) {
                return ofVerb(s, governorVerb, depth + 1);
            }
        }
        if (v.pos().equals("VBN")) {
            return PAST;
        }
        return to ? FUTURE : PRESENT;
    }

    /** The token itself when it is a verb, else the nearest verb above it; -1 when none. */
    static int verbOf(Sentence s, int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard < s.size(); guard++) {
            if (s.token(t).isVerb()) {
                return t;
            }
            Dependency d = s.headEdge(t);
            if (d == null) {
                return -1;
            }
            t = d.governor();
        }
        return -1;
    }
}
