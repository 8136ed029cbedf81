package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * The event coder's view of one sentence: its {@link DependencyTree} (each token's last head edge) with
 * lower-cased lemmas, words and tags by token index, built once per sentence.
 */
final class DependencyGraph {
    final Sentence sentence;
    final int size;
    final int[] head;
    final String[] rel;
    final String[] lemma;
    final String[] word;
    final String[] pos;
    private final DependencyTree tree;

    DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        this.size = sentence.size();
        lemma = new String[size];
        word = new String[size];
        pos = new String[size];
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(i);
            String l = t.lemma() == null ? t.word() : t.lemma();
            lemma[i] = l.toLowerCase(Locale.ROOT);
            word[i] = t.word().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "" : t.pos();
            if (pos[i].equals("NNPS") && lemma[i].equals(word[i])) {
                lemma[i] = singular(lemma[i]); // "Rockets", "Protests" taken for names keep their plural
            }
        }
        tree = DependencyTree.lastEdges(sentence);
        head = tree.heads();
        rel = tree.relations();
    }

    /** English singular of a regular plural noun. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    int[] children(int i) {
        return tree.children(i);
    }

    /** The relation without subtype. */
    String baseRel(int i) {
        String r = rel[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** First child with exactly this relation, or -1. */
    int child(int i, String relation) {
        for (int c : tree.children(i)) {
            if (rel[c].equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    /** First child whose relation has this base ("obl" matches "obl:near"), or -1. */
    int childBase(int i, String base) {
        for (int c : tree.children(i)) {
            if (rel[c].equals(base) || rel[c].startsWith(base) && rel[c].length() > base.length()
                    && rel[c].charAt(base.length()) == ':') {
                return c;
            }
        }
        return -1;
    }

    /** The preposition of a nominal: its "case" child lemma, or the relation subtype ("obl:against"), or "". */
    String preposition(int i) {
        for (int c : tree.children(i)) {
            if (rel[c].equals(Relations.CASE)) {
                return lemma[c];
            }
        }
        int colon = rel[i].indexOf(':');
        if (colon >= 0) {
            String sub = rel[i].substring(colon + 1);
            if (!sub.equals("pass") && !sub.equals("poss") && !sub.equals("tmod") && !sub.equals("npmod")
                    && !sub.equals("relcl") && !sub.equals("prt")) {
                return sub;
            }
        }
        return "";
    }

    /** Subordinator of a clause: its "mark" child lemma, or "". */
    String mark(int i) {
        int m = child(i, Relations.MARK);
        return m < 0 ? "" : lemma[m];
    }

    boolean isPassive(int i) {
        for (int c : tree.children(i)) {
            if (rel[c].equals(Relations.NSUBJ_PASS) || rel[c].equals(Relations.AUX_PASS)
                    || rel[c].equals(Relations.CSUBJ_PASS)) {
                return true;
            }
        }
        return false;
    }

    boolean isVerb(int i) {
        return pos[i].startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos[i].startsWith("NN");
    }

    boolean isNumber(int i) {
        return pos[i].equals("CD");
    }

    /** A particle of a verb: compound:prt, or an adverb such as "up", "out", "down". */
    boolean hasParticle(int verb, String particle) {
        for (int c : tree.children(verb)) {
            if (lemma[c].equals(particle) && (rel[c].equals(Relations.COMPOUND_PRT) || rel[c].equals(Relations.ADVMOD)
                    || rel[c].equals(Relations.OBJ) || rel[c].equals(Relations.OBL) || rel[c].equals(Relations.DEP)
                    || rel[c].equals(Relations.XCOMP))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code anc} is {@code node} or one of its ancestors. */
    boolean dominates(int anc, int node) {
        int n = node;
        for (int steps = 0; n >= 0 && steps < size; steps++) {
            if (n == anc) {
                return true;
            }
            n = head[n];
        }
        return false;
    }

    String text(int from, int to) {
        return sentence.span(from, to);
    }
}
