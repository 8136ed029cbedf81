package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * A sentence with every lexicon alias found in it: the words are split into hyphen parts, and at
 * each part the longest alias starting there is taken (one hash probe per part).
 */
final class MatchedSentence {
    final Sentence sentence;
    final List<LexiconMatch> matches;
    /** For each token, the match covering it, or null. */
    private final LexiconMatch[] byToken;

    private MatchedSentence(Sentence sentence, List<LexiconMatch> matches) {
        this.sentence = sentence;
        this.matches = matches;
        this.byToken = new LexiconMatch[sentence.size()];
        for (LexiconMatch m : matches) {
            for (int t = m.startToken(); t < m.endToken(); t++) {
                if (byToken[t] == null || m.relation() == LexiconMatch.Relation.SELF) {
                    byToken[t] = m;
                }
            }
        }
    }

    static MatchedSentence scan(ActorLexicon lexicon, Sentence sentence) {
        int n = sentence.size();
        List<String> keys = new ArrayList<>(n + 4);
        List<String> surfaces = new ArrayList<>(n + 4);
        List<Integer> tokenOf = new ArrayList<>(n + 4);
        for (Token t : sentence.tokens()) {
            List<String> parts = AliasNormalizer.parts(t.word());
            if (parts.isEmpty()) {
                parts = List.of(t.word());
            }
            for (String p : parts) {
                String k = AliasNormalizer.key(p);
                keys.add(k.isEmpty() ? "\u0000" : k);
                surfaces.add(p);
                tokenOf.add(t.index());
            }
        }
        String[] k = keys.toArray(new String[0]);
        String[] s = surfaces.toArray(new String[0]);
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < k.length) {
            // a match must start at a token start, or inside a hyphenated token ("Iran-backed")
            AliasIndex.Alias a = lexicon.longest(k, s, i, k.length);
            if (a == null) {
                i++;
                continue;
            }
            int end = i + a.length();
            // a match ending inside a token counts only when a hyphen follows ("Iran-backed"), which
            // the part split guarantees; a match must not end inside a plain word
            int firstTok = tokenOf.get(i);
            int lastTok = tokenOf.get(end - 1);
            LexiconMatch.Relation rel = relation(lexicon, sentence, k, tokenOf, i, end, lastTok);
            out.add(new LexiconMatch(a.entry(), firstTok, lastTok + 1, rel));
            i = end;
        }
        return new MatchedSentence(sentence, out);
    }

    private static LexiconMatch.Relation relation(ActorLexicon lexicon, Sentence sentence, String[] keys,
                                                  List<Integer> tokenOf, int from, int end, int lastTok) {
        if (end < keys.length && tokenOf.get(end).equals(tokenOf.get(end - 1))
                && "PATRON".equals(lexicon.cue(keys[end]))) {
            return LexiconMatch.Relation.PATRON;
        }
        if (from > 0 && tokenOf.get(from - 1).equals(tokenOf.get(from))) {
            String cue = lexicon.cue(keys[from - 1]);
            if ("PRO".equals(cue)) {
                return LexiconMatch.Relation.PATRON;
            }
            if ("OPPOSED".equals(cue)) {
                return LexiconMatch.Relation.OPPOSED;
            }
        }
        // "fighters backed by Iran": the name is the agent of a patronage verb
        Dependency edge = sentence.headEdge(lastTok);
        if (edge != null && edge.governor() >= 0) {
            Token gov = sentence.token(edge.governor());
            String lemma = gov.lemma() == null ? gov.word() : gov.lemma();
            if ("PATRON".equals(lexicon.cue(lemma.toLowerCase(Locale.ROOT))) && hasCaseBy(sentence, lastTok, edge)) {
                return LexiconMatch.Relation.PATRON;
            }
        }
        return LexiconMatch.Relation.SELF;
    }

    private static boolean hasCaseBy(Sentence sentence, int token, Dependency edge) {
        if (edge.relation().endsWith(":agent") || edge.subtype().equals("by")) {
            return true;
        }
        for (Dependency d : sentence.children(token)) {
            if (d.baseRelation().equals("case") && sentence.token(d.dependent()).word().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    /** The match covering a token (SELF matches win), or null. */
    LexiconMatch at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }
}
