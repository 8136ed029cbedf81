package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * A sentence with every lexicon alias found in it: the words are split into hyphen parts, and at
 * each part the longest alias starting there is taken (one hash probe per part).
 */
final class MatchedSentence {
    final Sentence sentence;
    final DependencyTree tree;
    final List<LexiconMatch> matches;
    /** For each token, the match covering it, or null. */
    private final LexiconMatch[] byToken;

    private MatchedSentence(Sentence sentence, DependencyTree tree, List<LexiconMatch> matches) {
        this.sentence = sentence;
        this.tree = tree;
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
        DependencyTree tree = DependencyTree.of(sentence);
        int cap = n + 8;
        String[] k = new String[cap];
        String[] s = new String[cap];
        int[] tokenOf = new int[cap];
        boolean[] joined = new boolean[cap];
        int size = 0;
        boolean hyphenBefore = false;
        int previousEnd = -1;
        for (Token t : sentence.tokens()) {
            String w = t.word();
            if (w.length() == 1 && AliasNormalizer.isHyphen(w.charAt(0))) {
                // the tokenizer splits "al-Askary" and "Iran-backed" around the hyphen: bridge it
                hyphenBefore = t.start() == previousEnd;
                previousEnd = t.end();
                continue;
            }
            boolean simple = AliasNormalizer.isPlain(w);
            List<String> parts = simple ? null : AliasNormalizer.parts(w);
            int count = simple ? 1 : Math.max(1, parts.size());
            if (size + count > k.length) {
                int grown = Math.max(k.length * 2, size + count);
                k = java.util.Arrays.copyOf(k, grown);
                s = java.util.Arrays.copyOf(s, grown);
                tokenOf = java.util.Arrays.copyOf(tokenOf, grown);
                joined = java.util.Arrays.copyOf(joined, grown);
            }
            for (int p = 0; p < count; p++) {
                String surface = simple || parts.isEmpty() ? w : parts.get(p);
                String key = simple ? w.toLowerCase(Locale.ROOT) : AliasNormalizer.key(surface);
                k[size] = key.isEmpty() ? "\u0000" : key;
                s[size] = surface;
                tokenOf[size] = t.index();
                joined[size] = p > 0 || (hyphenBefore && t.start() == previousEnd);
                size++;
            }
            hyphenBefore = false;
            previousEnd = t.end();
        }
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < size) {
            AliasIndex.Alias a = lexicon.longest(k, s, i, size);
            if (a == null) {
                i++;
                continue;
            }
            int end = i + a.length();
            int firstTok = tokenOf[i];
            int lastTok = tokenOf[end - 1];
            LexiconMatch.Relation rel = relation(lexicon, sentence, tree, k, joined, size, i, end, lastTok);
            out.add(new LexiconMatch(a.entry(), firstTok, lastTok + 1, rel));
            i = end;
        }
        return new MatchedSentence(sentence, tree, out);
    }

    private static LexiconMatch.Relation relation(ActorLexicon lexicon, Sentence sentence, DependencyTree tree,
                                                  String[] keys, boolean[] joined, int size, int from, int end,
                                                  int lastTok) {
        if (end < size && joined[end] && "PATRON".equals(lexicon.cue(keys[end]))) {
            return LexiconMatch.Relation.PATRON;
        }
        if (from > 0 && joined[from]) {
            String cue = lexicon.cue(keys[from - 1]);
            if ("PRO".equals(cue)) {
                return LexiconMatch.Relation.PATRON;
            }
            if ("OPPOSED".equals(cue)) {
                return LexiconMatch.Relation.OPPOSED;
            }
        }
        // "fighters backed by Iran": the name is the agent of a patronage verb
        int gov = tree.head(lastTok);
        if (gov >= 0) {
            Token g = sentence.token(gov);
            String lemma = g.lemma() == null ? g.word() : g.lemma();
            if ("PATRON".equals(lexicon.cue(lemma.toLowerCase(Locale.ROOT))) && hasCaseBy(sentence, tree, lastTok)) {
                return LexiconMatch.Relation.PATRON;
            }
        }
        return LexiconMatch.Relation.SELF;
    }

    private static boolean hasCaseBy(Sentence sentence, DependencyTree tree, int token) {
        if (tree.relation(token).endsWith(":agent") || tree.subtype(token).equals("by")) {
            return true;
        }
        for (int c : tree.children(token)) {
            if (tree.base(c).equals(Relations.CASE) && sentence.token(c).word().equalsIgnoreCase("by")) {
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
