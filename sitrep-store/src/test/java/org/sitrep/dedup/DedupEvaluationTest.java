package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.StoreFixtures.KH;
import static org.sitrep.store.StoreFixtures.US_EMBASSY;
import static org.sitrep.store.StoreFixtures.attack;
import static org.sitrep.store.StoreFixtures.baghdad;
import static org.sitrep.store.StoreFixtures.basra;
import static org.sitrep.store.StoreFixtures.sheikhOmar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.model.Event;

class DedupEvaluationTest {
    private static final LocalDate DAY = LocalDate.of(2021, 7, 8);
    private static final Path GOLD = Path.of("..", "gold", "dedup");

    private static DedupGold.GoldArticle article(String id, String incident, Event e) {
        Article a = new Article(id, null, DAY, null, null, "en", e.evidence().sentence(), id);
        return new DedupGold.GoldArticle(a, List.of(new DedupGold.GoldEvent(e, incident)));
    }

    @Test
    void scoresMergesPairByPair() throws Exception {
        List<DedupGold.GoldArticle> gold = List.of(
                article("a", "X", attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.")),
                article("b", "X", attack("b-e0", KH, US_EMBASSY, DAY, sheikhOmar(), null, "Rockets hit Sheikh Omar.")),
                article("c", "X", attack("c-e0", KH, US_EMBASSY, DAY, basra(), null, "Rockets hit the embassy, said Basra.")),
                article("d", "Y", attack("d-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Another salvo hit Baghdad.")));

        DedupEvaluation.MergeScore s = new DedupEvaluation(MergeRule.standard()).scoreRule(gold);

        // a, b and d merge (same place, day, actors): pairs ab, ad, bd; only ab is right. c (Basra) stays alone.
        assertThat(s.predictedPairs()).isEqualTo(3);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.goldPairs()).isEqualTo(3);
        assertThat(s.foundPairs()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(1.0 / 3);
        // the explanation: each gold pair with its outcome and the rule's reason, then each wrong merge
        assertThat(s.explanations()).contains("X  a-e0 ~ b-e0  should merge: merged (right)",
                "X  a-e0 ~ c-e0  should merge: MISSED");
        assertThat(s.explanations()).anyMatch(l -> l.startsWith("    rule: contradiction: places")
                && l.contains("radius 30 km"));
        assertThat(s.explanations()).filteredOn(l -> l.startsWith("wrong merge")).hasSize(2);
    }

    @Test
    void bothHeldOutSetsLoadWithPairsAndNearMisses() throws Exception {
        for (String dir : List.of("dedup-holdout", "dedup-holdout2")) {
            DedupEvaluation.MergeScore s = new DedupEvaluation(MergeRule.standard())
                    .scoreRule(DedupGold.load(Path.of("..", "gold", dir)));
            assertThat(s.goldPairs()).as(dir).isEqualTo(5);
            assertThat(s.goldEvents()).as(dir).isEqualTo(15);
            assertThat(s.explanations()).as(dir).filteredOn(l -> l.contains("must stay apart")).isNotEmpty();
        }
    }

    @Test
    void theGoldSetHasSeveralReportsPerIncidentAndNearMissesAndItsEvidenceIsInTheText() throws Exception {
        List<DedupGold.GoldArticle> gold = DedupGold.load(GOLD);
        Map<String, Long> articlesPerIncident = gold.stream().flatMap(g -> g.events().stream()
                        .map(e -> Map.entry(e.incident(), g.article().id())).distinct())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
        assertThat(articlesPerIncident.values().stream().filter(n -> n >= 2).count()).isGreaterThanOrEqualTo(8);
        assertThat(articlesPerIncident.keySet().stream().filter(k -> k.startsWith("N")).count()).isGreaterThanOrEqualTo(6);
        assertThat(gold).allSatisfy(g -> assertThat(g.events()).allSatisfy(e -> assertThat(
                g.article().text().substring(e.event().evidence().start(), e.event().evidence().end()))
                .isEqualTo(e.event().evidence().sentence())));
        assertThat(gold.stream().map(g -> g.article().id()).distinct().count()).isEqualTo(gold.size());
    }
}
