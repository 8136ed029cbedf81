package org.sitrep.actor;

import java.util.Locale;
import org.sitrep.actor.Discourse.Kind;
import org.sitrep.actor.Discourse.Mention;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Token;

/**
 * Pronouns and their antecedents: "he" is the latest person within a few sentences, "it" and
 * "its" the latest organisation (or state), and a pronoun reported by a noun subject ("no group
 * said it ...") stays inside its sentence.
 */
final class Pronouns {
    private final ActorLexicon lexicon;
    private final Discourse discourse;

    Pronouns(ActorLexicon lexicon, Discourse discourse) {
        this.lexicon = lexicon;
        this.discourse = discourse;
    }

    boolean isPronoun(Token t) {
        if (!t.pos().startsWith("PRP") && !t.pos().equals("WP")) {
            return false;
        }
        String cue = lexicon.cue(lower(t.word()));
        return cue != null && cue.endsWith("_PRONOUN");
    }

    /** The antecedent of the pronoun heading a phrase, or null. */
    Resolution resolve(MatchedSentence ms, int sentence, int pronoun, int position) {
        String word = lower(ms.sentence.token(pronoun).word());
        if (reportedBySubjectNoun(ms, pronoun)) {
            // "no group has said it carried out the attack": "it" is the group, never an earlier actor
            return inSentence(sentence, position, word);
        }
        return antecedent(sentence, position, word);
    }

    /** The antecedent of a possessive pronoun in the phrase ("its fighters"), or null. */
    Resolution possessive(MatchedSentence ms, Phrase phrase, int position) {
        for (int c : ms.tree.children(phrase.head())) {
            if (ms.tree.relation(c).equals(Relations.NMOD_POSS) && phrase.contains(c) && isPronoun(ms.sentence.token(c))) {
                String word = lower(ms.sentence.token(c).word());
                Mention m = "THING_PRONOUN".equals(lexicon.cue(word)) ? possessorInSentence(ms, phrase.sentence(), c)
                        : null;
                return m != null ? new Resolution(m.actor().withText(word), m.kind())
                        : antecedent(phrase.sentence(), position, word);
            }
        }
        return null;
    }

    private Resolution antecedent(int sentence, int position, String word) {
        String cue = lexicon.cue(word);
        if ("PERSON_PRONOUN".equals(cue)) {
            Mention m = discourse.latest(sentence, position, Discourse.PRONOUN_WINDOW, Kind.PERSON, null);
            return m == null ? null : new Resolution(m.actor().withText(word), Kind.PERSON);
        }
        Mention m = discourse.latest(sentence, position, 2, Kind.ORGANISATION, null, true);
        if (m == null && "THING_PRONOUN".equals(cue)) {
            m = discourse.latest(sentence, position, 2, Kind.STATE, null);
        }
        return m == null ? null : new Resolution(m.actor().withText(word), m.kind());
    }

    /**
     * The antecedent of "its" in its own sentence, which comes before any actor of an earlier sentence:
     * in a clause reported by a verb whose subject is an organisation or state, that subject ("the
     * Polisario Front said Moroccan forces had shelled its positions"); otherwise the nearest organisation
     * or state named before it ("Israel halted aid deliveries after two of its soldiers were killed",
     * "asked the UN to extend the mandate of its peacekeepers"). Null when the sentence names none before it.
     */
    private Mention possessorInSentence(MatchedSentence ms, int sentence, int pronoun) {
        for (int t = pronoun, guard = 0; t >= 0 && guard < ms.sentence.size(); t = ms.tree.head(t), guard++) {
            int reporter = ms.tree.head(t);
            if (reporter >= 0 && ms.tree.base(t).equals(Relations.CCOMP)
                    && lexicon.isReportingVerb(ms.sentence.token(reporter).lemma())) {
                int subject = ms.tree.child(reporter, Relations.NSUBJ);
                Mention m = subject >= 0 && subject < pronoun ? discourse.covering(sentence, subject) : null;
                if (m != null && (m.kind() == Kind.ORGANISATION || m.kind() == Kind.STATE)) {
                    return m;
                }
                break;
            }
        }
        Mention org = discourse.latest(sentence, pronoun, 0, Kind.ORGANISATION, null, true);
        Mention state = discourse.latest(sentence, pronoun, 0, Kind.STATE, null);
        org = org != null && org.sentence() == sentence ? org : null;
        state = state != null && state.sentence() == sentence ? state : null;
        if (org == null || state == null) {
            return org != null ? org : state;
        }
        return state.end() > org.end() ? state : org;
    }

    /**
     * Whether a pronoun is the subject of a clause reported by a verb whose own subject is a noun before it
     * ("the ministry said it would ...", "no group has said it carried out ..."): the pronoun then stands for
     * that subject, so it may not reach back past its sentence.
     */
    private boolean reportedBySubjectNoun(MatchedSentence ms, int pronoun) {
        if (!ms.tree.base(pronoun).equals(Relations.NSUBJ)) {
            return false;
        }
        int clause = ms.tree.head(pronoun);
        if (clause < 0 || !ms.tree.base(clause).equals(Relations.CCOMP)) {
            return false;
        }
        int reporter = ms.tree.head(clause);
        if (reporter < 0 || !lexicon.isReportingVerb(ms.sentence.token(reporter).lemma())) {
            return false;
        }
        int subject = ms.tree.child(reporter, Relations.NSUBJ);
        return subject >= 0 && subject < pronoun && !isPronoun(ms.sentence.token(subject));
    }

    /** A pronoun resolved only to an actor named earlier in its own sentence, else null. */
    private Resolution inSentence(int sentence, int position, String word) {
        String cue = lexicon.cue(word);
        Kind kind = "PERSON_PRONOUN".equals(cue) ? Kind.PERSON : Kind.ORGANISATION;
        Mention m = discourse.latest(sentence, position, 0, kind, null, true);
        if (m == null && "THING_PRONOUN".equals(cue)) {
            m = discourse.latest(sentence, position, 0, Kind.STATE, null);
        }
        return m == null ? null : new Resolution(m.actor().withText(word), m.kind());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
