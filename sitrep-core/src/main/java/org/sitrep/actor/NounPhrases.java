package org.sitrep.actor;

import java.util.Locale;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Where a noun phrase begins, ends and has its head: climbs modifier edges to the head, takes the
 * "of" noun of a quantifier ("one of the militias") and collects the head's modifiers into a
 * {@link Phrase}, leaving out clauses, conjuncts and locative modifiers.
 */
final class NounPhrases {
    private final ActorLexicon lexicon;

    NounPhrases(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Climbs from a token to the head of its noun phrase through compound, flat, poss and "of" edges. */
    static int head(MatchedSentence ms, int token) {
        return head(ms, token, true);
    }

    /** As above; without {@code throughOf} only modifier edges are climbed ("Turkish" to "drones"). */
    static int head(MatchedSentence ms, int token, boolean throughOf) {
        DependencyTree tree = ms.tree;
        Sentence s = ms.sentence;
        int t = token;
        for (int guard = 0; guard < 8; guard++) {
            int g = tree.head(t);
            if (g < 0) {
                return t;
            }
            Token gov = s.token(g);
            String base = tree.base(t);
            boolean nominalGovernor = gov.isNoun() || gov.pos().startsWith("PRP") || gov.pos().equals("CD");
            boolean climb = switch (base) {
                case Relations.COMPOUND, Relations.FLAT, Relations.AMOD, Relations.DET, Relations.NUMMOD,
                        Relations.CASE -> true;
                case Relations.NMOD -> throughOf && (tree.subtype(t).equals("poss") || tree.subtype(t).equals("of")
                        || hasCase(ms, t, "of"));
                default -> false;
            };
            if (!climb || !nominalGovernor) {
                return t;
            }
            t = g;
        }
        return t;
    }

    /** "one of the militias", "some of the rebels": the phrase is about the "of" noun. */
    static int quantifiedHead(MatchedSentence ms, int head) {
        Token h = ms.sentence.token(head);
        String w = h.word().toLowerCase(Locale.ROOT);
        boolean quantifier = h.pos().equals("CD") || w.equals("one") || w.equals("some") || w.equals("many")
                || w.equals("several") || w.equals("most") || w.equals("dozens") || w.equals("hundreds")
                || w.equals("thousands") || w.equals("members") || w.equals("member");
        if (!quantifier) {
            return head;
        }
        for (int c : ms.tree.children(head)) {
            if (ms.tree.base(c).equals(Relations.NMOD) && (ms.tree.subtype(c).equals("of") || hasCase(ms, c, "of"))) {
                return c;
            }
        }
        return head;
    }

    /** The noun phrase headed by {@code head}, without conjuncts, clauses and locative modifiers. */
    Phrase phrase(int sentence, MatchedSentence ms, int head) {
        boolean[] mask = new boolean[ms.sentence.size()];
        int[] stack = new int[mask.length + 1];
        int top = 0;
        stack[top++] = head;
        while (top > 0) {
            int t = stack[--top];
            if (mask[t]) {
                continue;
            }
            mask[t] = true;
            for (int c : ms.tree.children(t)) {
                if (!mask[c] && keepInPhrase(ms, c) && top < stack.length) {
                    stack[top++] = c;
                }
            }
        }
        return new Phrase(sentence, ms.sentence, head, mask);
    }

    /**
     * The phrase of a head together with its apposition: "Nabil Haddad" in "a spokesman for the
     * Lebanese army, Colonel Nabil Haddad" reads the title and organisation from the other side.
     */
    Phrase personalPhrase(int sentence, MatchedSentence ms, int head) {
        Phrase phrase = phrase(sentence, ms, head);
        int g = ms.tree.head(head);
        if (g >= 0 && ms.tree.base(head).equals(Relations.APPOS)) {
            return phrase.joined(phrase(sentence, ms, g));
        }
        return phrase;
    }

    /** Whether a token is an oblique or nominal modifier with a locative case ("in Baghdad"). */
    boolean isLocative(MatchedSentence ms, int token) {
        String base = ms.tree.base(token);
        if (!base.equals(Relations.OBL) && !base.equals(Relations.NMOD)) {
            return false;
        }
        if ("LOCATIVE".equals(lexicon.cue(ms.tree.subtype(token)))) {
            return true;
        }
        for (int c : ms.tree.children(token)) {
            if (ms.tree.base(c).equals(Relations.CASE)
                    && "LOCATIVE".equals(lexicon.cue(ms.sentence.token(c).word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private boolean keepInPhrase(MatchedSentence ms, int dependent) {
        String base = ms.tree.base(dependent);
        LexiconMatch named = ms.at(dependent);
        if (named != null && named.kind() == EntryKind.ORGANISATION && (base.equals(Relations.COP)
                || base.equals(Relations.AUX))) {
            // "against IS remnants": the parser took the acronym for a verb; the lexicon knows better
            return true;
        }
        switch (base) {
            case Relations.CONJ, Relations.CC, Relations.ACL, Relations.PARATAXIS, Relations.ADVCL, Relations.CCOMP,
                    Relations.XCOMP, Relations.DEP, Relations.PUNCT, Relations.MARK, Relations.NSUBJ,
                 Relations.CSUBJ, Relations.COP, Relations.AUX, Relations.OBJ, Relations.IOBJ, Relations.ADVMOD,
                         Relations.DISCOURSE, Relations.VOCATIVE, Relations.ROOT -> {
                return false;
            }
            case Relations.NMOD -> {
                return !ms.tree.subtype(dependent).equals("tmod") && !isLocative(ms, dependent);
            }
            case Relations.OBL -> {
                // "Iran-backed": Iran is an npmod of "backed"
                return ms.tree.subtype(dependent).equals("npmod");
            }
            default -> {
                return true;
            }
        }
    }

    static boolean hasCase(MatchedSentence ms, int token, String word) {
        for (int c : ms.tree.children(token)) {
            if (ms.tree.base(c).equals(Relations.CASE) && ms.sentence.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
