package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.cli.eval.EvalTimeCommand;
import org.sitrep.output.ContractSchema;
import org.sitrep.time.eval.GoldArticle;
import org.sitrep.time.eval.TimeGold;
import org.sitrep.time.eval.TimeReport;
import org.sitrep.time.eval.TimeScore;

/** The time gold set through real CoreNLP annotation and the dater: the accuracy target. */
class DevGoldTimeIT {
    private static List<GoldArticle> gold;
    private static Map<String, TimeScore> scores;

    @BeforeAll
    static void evaluate() throws Exception {
        Path file = ContractSchema.repositoryRoot().resolve("gold/time/dev.jsonl");
        gold = TimeGold.read(file);
        scores = new EvalTimeCommand(TestAnnotator.shared()).evaluate(gold);
        System.out.print(TimeReport.table(file.toString(), gold.size(), scores));
        System.out.print(TimeReport.misses(scores.get("dater on gold anchors")));
    }

    @Test
    void goldSetHasAtLeastEightySentencesOfEvents() {
        long sentences = gold.stream().flatMap(a -> a.events().stream().map(e -> a.id() + e.sentence())).distinct().count();
        assertThat(sentences).isGreaterThanOrEqualTo(80);
    }

    @Test
    void everyGoldTriggerIsAnchoredAndAtLeastNinetyPercentAreDatedInsideGold() {
        TimeScore anchored = scores.get("dater on gold anchors");
        assertThat(anchored.matched()).isEqualTo(anchored.gold());
        assertThat(anchored.insideShare()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void eventsTheCoderFindsAreDatedAsWellAsGoldAnchoredOnes() {
        TimeScore pipeline = scores.get("pipeline (coder+dater)");
        assumeTrue(pipeline.matched() > 0, "no event coder in the pipeline: skipped");
        assertThat(pipeline.insideShare()).isGreaterThanOrEqualTo(0.90);
    }
}
