package org.sitrep.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {

    private static Sentence sentence(List<Dependency> edges, String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i], "NN", "O", at, at + words[i].length(), null));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, at, String.join(" ", words), tokens, edges);
    }

    /** "Iraqi forces attacked": amod, nsubj, root. */
    private static final List<Dependency> TREE = List.of(new Dependency(1, 0, "amod"),
            new Dependency(2, 1, "nsubj:pass"), new Dependency(-1, 2, "root"));

    @Test
    void headsRelationsAndChildrenOfAParse() {
        DependencyTree t = DependencyTree.of(sentence(TREE, "Iraqi", "forces", "attacked", "."));
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.head(0)).isEqualTo(1);
        assertThat(t.head(2)).isEqualTo(-1);
        assertThat(t.head(3)).isEqualTo(DependencyTree.UNPARSED);
        assertThat(t.relation(1)).isEqualTo("nsubj:pass");
        assertThat(t.base(1)).isEqualTo("nsubj");
        assertThat(t.subtype(1)).isEqualTo("pass");
        assertThat(t.relation(3)).isEmpty();
        assertThat(t.children(2)).containsExactly(1);
        assertThat(t.child(2, "nsubj")).isEqualTo(1);
        assertThat(t.child(2, "obj")).isEqualTo(-1);
    }

    @Test
    void aTokenWithTwoHeadsKeepsTheFirstOrTheLast() {
        List<Dependency> edges = new ArrayList<>(TREE);
        edges.add(new Dependency(2, 0, "obj"));
        Sentence s = sentence(edges, "Iraqi", "forces", "attacked");
        DependencyTree first = DependencyTree.of(s);
        DependencyTree last = DependencyTree.lastEdges(s);
        assertThat(first.head(0)).isEqualTo(1);
        assertThat(first.relation(0)).isEqualTo("amod");
        assertThat(first.children(2)).containsExactly(1);
        assertThat(last.head(0)).isEqualTo(2);
        assertThat(last.relation(0)).isEqualTo("obj");
        assertThat(last.children(2)).containsExactly(0, 1);
    }

    @Test
    void aRootEdgeWinsOverAnEarlierHead() {
        List<Dependency> edges = List.of(new Dependency(1, 0, "dep"), new Dependency(-1, 0, "root"),
                new Dependency(0, 1, "obj"));
        DependencyTree t = DependencyTree.of(sentence(edges, "fire", "rockets"));
        assertThat(t.head(0)).isEqualTo(-1);
        assertThat(t.children(0)).containsExactly(1);
        assertThat(t.children(1)).isEmpty();
    }
}
