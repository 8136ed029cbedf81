package org.sitrep.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens and dependency graph.
 *
 * @param index        0-based position in the article
 * @param start        character offset of the first token
 * @param end          character offset after the last token
 * @param text         the sentence text, verbatim from the article
 * @param tokens       tokens in order
 * @param dependencies dependency edges (one root edge with governor -1)
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Index of the root token, or -1 if the sentence has no parse. */
    public int root() {
        for (Dependency d : dependencies) {
            if (d.governor() < 0) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** Edges whose governor is the given token. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** The edge that attaches the given token to its head, or null for the root or an unparsed token. */
    public Dependency headEdge(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }

    /** Text covered by tokens [from, to), verbatim from the sentence. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int s = tokens.get(from).start() - start;
        int e = tokens.get(to - 1).end() - start;
        return text.substring(s, e);
    }

    /** Lowest and highest+1 token index of the subtree rooted at {@code head}. */
    public int[] subtreeBounds(int head) {
        int lo = head;
        int hi = head;
        List<Integer> stack = new ArrayList<>();
        stack.add(head);
        boolean[] seen = new boolean[tokens.size()];
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (Dependency d : dependencies) {
                if (d.governor() == t) {
                    stack.add(d.dependent());
                }
            }
        }
        return new int[] {lo, hi + 1};
    }
}
