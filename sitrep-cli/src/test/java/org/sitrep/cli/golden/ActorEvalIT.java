package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.eval.ActorGold;
import org.sitrep.actor.eval.ActorGoldSet;
import org.sitrep.actor.eval.ActorScores;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.cli.eval.EvalActorsCommand;
import org.sitrep.output.ContractSchema;
import org.sitrep.actor.ActorLexicon;

/** The actor dev gold set through the real pipeline: the figures `sitrep eval actors` reports. */
class ActorEvalIT {
    private static ActorScores scores;

    @BeforeAll
    static void score() throws Exception {
        Path gold = ContractSchema.repositoryRoot().resolve("gold/actors/dev.jsonl");
        List<ActorGold> items = ActorGoldSet.read(gold);
        assertThat(items).hasSizeGreaterThanOrEqualTo(60);
        scores = EvalActorsCommand.score(TestAnnotator.shared(), ActorLexicon.load(), items);
    }

    @Test
    void mentionCodesReachTheTarget() {
        assertThat(scores.mentions()).isGreaterThanOrEqualTo(120);
        assertThat(scores.mentionAccuracy()).as(String.join("\n", scores.errors())).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void quoteSpeakersAreNamed() {
        assertThat(scores.speakerAccuracy()).as(String.join("\n", scores.errors())).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void eventArgumentsTheCoderFindsAreMostlyRight() {
        assertThat(scores.eventArgumentAccuracyOnFound()).as(String.join("\n", scores.errors()))
                .isGreaterThanOrEqualTo(0.8);
    }
}
