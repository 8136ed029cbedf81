package org.sitrep.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores on hand-made predictions, checked against values worked out by hand. */
class LabelScoresTest {

    @Test
    void perfectPredictionsScoreOne() {
        List<String> gold = List.of("A", "B", "B");
        LabelScores s = LabelScores.score(gold, gold, List.of("A", "B"));
        assertThat(s.accuracy()).isEqualTo(1.0);
        assertThat(s.microF1()).isEqualTo(1.0);
        assertThat(s.macroF1()).isEqualTo(1.0);
        assertThat(s.weightedF1()).isEqualTo(1.0);
        assertThat(s.confusions()).isEmpty();
    }

    @Test
    void mixedPredictions() {
        // gold:      A A A B B C
        // predicted: A A B B C C
        List<String> gold = List.of("A", "A", "A", "B", "B", "C");
        List<String> pred = List.of("A", "A", "B", "B", "C", "C");
        LabelScores s = LabelScores.score(gold, pred, List.of("A", "B", "C"));
        assertThat(s.items()).isEqualTo(6);
        assertThat(s.correct()).isEqualTo(4);
        assertThat(s.accuracy()).isCloseTo(4.0 / 6, within(1e-9));
        // A: P 2/2 R 2/3 F 0.8; B: P 1/2 R 1/2 F 0.5; C: P 1/2 R 1/1 F 2/3
        assertThat(s.perLabel().get("A").f1()).isCloseTo(0.8, within(1e-9));
        assertThat(s.perLabel().get("B").f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.perLabel().get("C").f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.macroF1()).isCloseTo((0.8 + 0.5 + 2.0 / 3) / 3, within(1e-9));
        assertThat(s.weightedF1()).isCloseTo((0.8 * 3 + 0.5 * 2 + 2.0 / 3) / 6, within(1e-9));
        assertThat(s.microF1()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(s.confusions()).containsExactly(new LabelScores.Confusion("A", "B", 1),
                new LabelScores.Confusion("B", "C", 1));
    }

    @Test
    void itemsOutsideTheLabelSetAreNotScoredAndPredictionsOutsideItAreWrong() {
        List<String> gold = List.of("A", "X", "A", "B");
        List<String> pred = List.of("A", "A", "X", "B");
        LabelScores s = LabelScores.score(gold, pred, List.of("A", "B"));
        assertThat(s.items()).isEqualTo(3);
        assertThat(s.correct()).isEqualTo(2);
        // A: predicted once within the scored items (the X-gold item is not scored), so P 1/1, R 1/2
        assertThat(s.perLabel().get("A").precision()).isEqualTo(1.0);
        assertThat(s.perLabel().get("A").recall()).isEqualTo(0.5);
        // micro: 2 right of 2 predictions inside the set, 3 items: P 1, R 2/3
        assertThat(s.microF1()).isCloseTo(2 * (2.0 / 3) / (1 + 2.0 / 3), within(1e-9));
        assertThat(s.confusions()).containsExactly(new LabelScores.Confusion("A", "X", 1));
    }

    @Test
    void labelsWithoutGoldSupportDoNotEnterMacroF1() {
        LabelScores s = LabelScores.score(List.of("A", "A"), List.of("A", "C"), List.of("A", "B", "C"));
        assertThat(s.perLabel().get("B").support()).isZero();
        // only A has support: F1 of A = 2 * 1 * 0.5 / 1.5
        assertThat(s.macroF1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void listsOfDifferentLengthAreRejected() {
        assertThatThrownBy(() -> LabelScores.score(List.of("A"), List.of(), List.of("A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }
}
