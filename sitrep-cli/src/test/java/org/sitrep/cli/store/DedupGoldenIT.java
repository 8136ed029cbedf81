package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.dedup.DedupEvaluation;
import org.sitrep.dedup.DedupGold;
import org.sitrep.dedup.MergeRule;
import org.sitrep.output.ContractSchema;

/**
 * Dedup on real text: articles of gold/dedup coded by the whole pipeline (CoreNLP included) and stored, so
 * reports of one incident merge and the near-miss beside them stays apart.
 */
class DedupGoldenIT {
    private static List<DedupGold.GoldArticle> gold;
    private static final DedupEvaluation EVALUATION = new DedupEvaluation(MergeRule.standard());

    @BeforeAll
    static void load() throws Exception {
        gold = DedupGold.load(ContractSchema.repositoryRoot().resolve(Path.of("gold", "dedup")));
    }

    private static DedupEvaluation.MergeScore score(String... ids) throws Exception {
        Set<String> wanted = Set.of(ids);
        List<DedupGold.GoldArticle> some = gold.stream().filter(g -> wanted.contains(g.article().id())).toList();
        assertThat(some).hasSize(ids.length);
        return EVALUATION.score(some, TestAnnotator.pipeline()::run);
    }

    @Test
    void twoArrestReportsMergeAndTheNextDaysArrestInTheSameCityStaysApart() throws Exception {
        // "Police in Harare arrested two journalists on Monday" / "Zimbabwean police detained two reporters
        // in the capital on Monday" / "Police arrested a senior opposition leader ... in Harare on Tuesday"
        DedupEvaluation.MergeScore s = score("dd06a", "dd06b", "dd06n");
        assertThat(s.goldPairs()).isEqualTo(1);
        assertThat(s.foundPairs()).isEqualTo(1);
        assertThat(s.correctPairs()).isEqualTo(s.predictedPairs());
    }

    @Test
    void hostAndVisitorNamedTheOtherWayRoundMergeButAnotherMeetingThatDayDoesNot() throws Exception {
        // "Ruto held talks with ... Abiy Ahmed at State House in Nairobi" / "Abiy Ahmed met Kenya's President
        // William Ruto in Nairobi" / "Museveni met ... Ruto in Nairobi on Thursday to discuss an oil pipeline"
        DedupEvaluation.MergeScore s = score("dd04a", "dd04b", "dd04n");
        assertThat(s.goldPairs()).isEqualTo(1);
        assertThat(s.foundPairs()).isEqualTo(1);
        assertThat(s.correctPairs()).isEqualTo(s.predictedPairs());
    }

    @Test
    void aCarBombReportedAsInMogadishuAndInTheSomaliCapitalIsOneEvent() throws Exception {
        DedupEvaluation.MergeScore s = score("dd03a", "dd03b", "dd03c", "dd03n");
        assertThat(s.goldPairs()).isEqualTo(3);
        assertThat(s.foundPairs()).isEqualTo(3);
        assertThat(s.correctPairs()).isEqualTo(s.predictedPairs());
        assertThat(s.explanations()).anyMatch(line -> line.contains("I3/N3") && line.endsWith("apart (right)"));
    }
}
