package org.sitrep.actor;

import java.util.function.Predicate;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * A noun phrase of one sentence: its head and the tokens that belong to it (the head's modifiers,
 * without conjuncts, clauses and locative modifiers; with an apposition when it names a person).
 *
 * @param sentence index of the sentence in the article
 * @param words    the sentence
 * @param head     the head token
 * @param members  for each token of the sentence, whether it belongs to the phrase
 */
record Phrase(int sentence, Sentence words, int head, boolean[] members) {

    boolean contains(int token) {
        return members[token];
    }

    /** A match belongs to a phrase when its first or last word does ("US embassy in Baghdad" in "the US embassy"). */
    boolean holds(LexiconMatch m) {
        return members[m.startToken()] || members[m.endToken() - 1];
    }

    /** The first token of the phrase (0 when empty). */
    int first() {
        for (int i = 0; i < members.length; i++) {
            if (members[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The last token of the phrase (0 when empty). */
    int last() {
        for (int i = members.length - 1; i >= 0; i--) {
            if (members[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The phrase's words without leading determiners and a trailing possessive "'s". */
    String text() {
        int lo = first();
        int hi = last() + 1;
        while (lo < hi - 1 && isDeterminer(words.token(lo))) {
            lo++;
        }
        while (hi - 1 > lo && words.token(hi - 1).pos().equals("POS")) {
            hi--;
        }
        return words.span(lo, hi);
    }

    /** The widest run [from, to) of phrase tokens around {@code token} that all pass the test. */
    int[] runAround(int token, Predicate<Token> test) {
        int lo = token;
        int hi = token + 1;
        while (lo - 1 >= 0 && members[lo - 1] && test.test(words.token(lo - 1))) {
            lo--;
        }
        while (hi < words.size() && members[hi] && test.test(words.token(hi))) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    /** Whether the phrase has "the", "its" or "their". */
    boolean hasDefiniteOrPossessive() {
        for (int t = 0; t < members.length; t++) {
            if (members[t]) {
                String w = words.token(t).word();
                if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** This phrase together with the tokens of another phrase of the same sentence. */
    Phrase joined(Phrase other) {
        boolean[] both = members.clone();
        for (int t = 0; t < both.length; t++) {
            both[t] |= other.members[t];
        }
        return new Phrase(sentence, words, head, both);
    }

    private static boolean isDeterminer(Token t) {
        return t.pos().equals("DT") || t.pos().equals(",");
    }
}
