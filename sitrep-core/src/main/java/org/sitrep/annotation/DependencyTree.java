package org.sitrep.annotation;

import java.util.Arrays;

/**
 * A sentence's dependency edges as arrays, built once: the head and relation of every token and the
 * dependents of every token, so walking a phrase or a clause costs no scan over the edge list.
 *
 * <p>A parse gives each token one head; when an edge list gives a token more than one, {@link #of}
 * keeps the first (a root edge always wins, as {@link Sentence#headEdge} finds the first) and
 * {@link #lastEdges} keeps the last, counting every edge among the governor's dependents.
 */
public final class DependencyTree {
    private static final int[] NONE = new int[0];
    /** Head of a token the parse left out. */
    public static final int UNPARSED = -2;

    private final int[] head;
    private final String[] relation;
    private final int[][] children;

    private DependencyTree(Sentence s, boolean lastEdgeWins) {
        int n = s.size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, UNPARSED);
        int[] counts = new int[n];
        for (Dependency d : s.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n) {
                continue;
            }
            if (lastEdgeWins) {
                head[dep] = d.governor();
                relation[dep] = d.relation();
                if (d.governor() >= 0 && d.governor() < n) {
                    counts[d.governor()]++;
                }
            } else if (head[dep] == UNPARSED || d.governor() < 0) {
                head[dep] = d.governor();
                relation[dep] = d.relation();
            }
        }
        if (!lastEdgeWins) {
            for (int t = 0; t < n; t++) {
                if (head[t] >= 0) {
                    counts[head[t]]++;
                }
            }
        }
        children = new int[n][];
        for (int t = 0; t < n; t++) {
            children[t] = counts[t] == 0 ? NONE : new int[counts[t]];
            counts[t] = 0;
        }
        for (int t = 0; t < n; t++) {
            int g = head[t];
            if (g >= 0 && g < n) {
                children[g][counts[g]++] = t;
            }
        }
        for (int t = 0; t < n; t++) {
            if (relation[t] == null) {
                relation[t] = "";
            }
        }
    }

    /** The tree keeping each token's first head edge (a root edge wins). */
    public static DependencyTree of(Sentence s) {
        return new DependencyTree(s, false);
    }

    /** The tree keeping each token's last head edge. */
    public static DependencyTree lastEdges(Sentence s) {
        return new DependencyTree(s, true);
    }

    public int size() {
        return head.length;
    }

    /** The head of a token, -1 for the root, {@link #UNPARSED} when unparsed. */
    public int head(int t) {
        return head[t];
    }

    /** The full relation to the head ("nmod:poss"), or "" when unparsed. */
    public String relation(int t) {
        return relation[t];
    }

    /** The relation without its subtype. */
    public String base(int t) {
        String r = relation[t];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The relation's subtype, or "". */
    public String subtype(int t) {
        String r = relation[t];
        int colon = r.indexOf(':');
        return colon < 0 ? "" : r.substring(colon + 1);
    }

    /** The dependents of a token, in token order (shared: do not change). */
    public int[] children(int t) {
        return children[t];
    }

    /** The first dependent with this base relation, or -1. */
    public int child(int t, String baseRelation) {
        for (int c : children[t]) {
            if (base(c).equals(baseRelation)) {
                return c;
            }
        }
        return -1;
    }

    /** Every token's head, as a copy. */
    public int[] heads() {
        return head.clone();
    }

    /** Every token's relation ("" when unparsed), as a copy. */
    public String[] relations() {
        return relation.clone();
    }
}
