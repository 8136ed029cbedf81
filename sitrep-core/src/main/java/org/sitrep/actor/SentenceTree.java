package org.sitrep.actor;

import java.util.Arrays;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;

/**
 * A sentence's dependency graph as arrays, built once: the head and relation of every token and
 * the dependents of every token, so walking a phrase costs no scan over the edge list.
 */
final class SentenceTree {
    private static final int[] NONE = new int[0];
    private final int[] head;
    private final String[] relation;
    private final int[][] children;

    SentenceTree(Sentence s) {
        int n = s.size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, -2);
        int[] counts = new int[n];
        for (Dependency d : s.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            if (head[d.dependent()] == -2 || d.governor() < 0) {
                head[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
            }
        }
        for (int t = 0; t < n; t++) {
            if (head[t] >= 0) {
                counts[head[t]]++;
            }
        }
        children = new int[n][];
        for (int t = 0; t < n; t++) {
            children[t] = counts[t] == 0 ? NONE : new int[counts[t]];
            counts[t] = 0;
        }
        for (int t = 0; t < n; t++) {
            if (head[t] >= 0) {
                children[head[t]][counts[head[t]]++] = t;
            }
        }
    }

    /** The head of a token, -1 for the root, -2 when unparsed. */
    int head(int t) {
        return head[t];
    }

    /** The full relation to the head ("nmod:poss"), or "" when unparsed. */
    String relation(int t) {
        return relation[t] == null ? "" : relation[t];
    }

    /** The relation without its subtype. */
    String base(int t) {
        String r = relation(t);
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The relation's subtype, or "". */
    String subtype(int t) {
        String r = relation(t);
        int colon = r.indexOf(':');
        return colon < 0 ? "" : r.substring(colon + 1);
    }

    int[] children(int t) {
        return children[t];
    }

    /** The first dependent with this base relation, or -1. */
    int child(int t, String baseRelation) {
        for (int c : children[t]) {
            if (base(c).equals(baseRelation)) {
                return c;
            }
        }
        return -1;
    }
}
