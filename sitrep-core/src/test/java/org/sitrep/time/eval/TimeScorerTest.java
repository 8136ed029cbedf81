package org.sitrep.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.TimeSentences.article;
import static org.sitrep.testing.TimeSentences.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class TimeScorerTest {
    private static final LocalDate PUB = LocalDate.of(2021, 7, 8);
    private static final AnnotatedArticle A = article(PUB, """
            Police police NNS O _ 1 nsubj
            fired fire VBD O _ -1 root
            and and CC O _ 3 cc
            arrested arrest VBD O _ 1 conj
            men man NNS O _ 3 obj
            . . . O _ 1 punct
            """);

    private static GoldArticle gold(EventDate fired, EventDate arrested) {
        int fireAt = A.article().text().indexOf("fired");
        int arrestAt = A.article().text().indexOf("arrested");
        String s = A.sentences().get(0).text();
        return new GoldArticle("g", PUB, null, A.article().text(), List.of(new GoldEvent(s, "fired", fireAt, fired),
                new GoldEvent(s, "arrested", arrestAt, arrested)));
    }

    private static EventDate span(String start, String end) {
        return new EventDate(LocalDate.parse(start), LocalDate.parse(end), DatePrecision.DAY, null);
    }

    @Test
    void countsMatchedInsideAndExact() {
        GoldArticle g = gold(span("2021-07-05", "2021-07-06"), span("2021-07-05", "2021-07-05"));
        Event fired = event(A, 0, "fired").withDate(span("2021-07-05", "2021-07-05"));
        TimeScorer scorer = new TimeScorer();
        scorer.add(g, A, List.of(fired));
        TimeScore s = scorer.score();
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.inside()).isEqualTo(1);
        assertThat(s.exact()).isZero();
        assertThat(s.insideShare()).isEqualTo(1.0);
        assertThat(s.insideOfGold()).isEqualTo(0.5);
        assertThat(s.outcomes().get(1).matched()).isFalse();
    }

    @Test
    void predictionOutsideGoldIsAMissAndEachPredictionMatchesOnce() {
        GoldArticle g = gold(span("2021-07-05", "2021-07-05"), span("2021-07-05", "2021-07-05"));
        Event arrested = event(A, 0, "arrested").withDate(span("2021-07-04", "2021-07-05"));
        TimeScorer scorer = new TimeScorer();
        scorer.add(g, A, List.of(arrested));
        TimeScore s = scorer.score();
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.inside()).isZero();
        assertThat(TimeReport.misses(s)).contains("arrested").contains("2021-07-04..2021-07-05");
    }

    @Test
    void goldAnchorsPointAtTheGoldTriggerTokens() {
        GoldArticle g = gold(span("2021-07-05", "2021-07-05"), span("2021-07-05", "2021-07-05"));
        List<Event> anchored = GoldAnchors.events(A, g);
        assertThat(anchored).extracting(e -> e.anchor().trigger()).containsExactly(1, 3);
        assertThat(anchored).extracting(e -> e.evidence().trigger()).containsExactly("fired", "arrested");
    }

    @Test
    void reportPrintsSharesAsTableAndJson() throws Exception {
        GoldArticle g = gold(span("2021-07-05", "2021-07-05"), span("2021-07-05", "2021-07-06"));
        TimeScorer scorer = new TimeScorer();
        scorer.add(g, A, List.of(event(A, 0, "fired").withDate(span("2021-07-05", "2021-07-05")),
                event(A, 0, "arrested").withDate(span("2021-07-05", "2021-07-05"))));
        java.util.Map<String, TimeScore> modes = TimeReport.modes();
        modes.put("anchors", scorer.score());
        assertThat(TimeReport.table("g.jsonl", 1, modes)).contains("anchors").contains("100.0%").contains("50.0%");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TimeReport.json("g.jsonl", modes));
        assertThat(json.at("/modes/anchors/inside").asInt()).isEqualTo(2);
        assertThat(json.at("/modes/anchors/exact").asInt()).isEqualTo(1);
        assertThat(json.at("/modes/anchors/exact_share").asDouble()).isEqualTo(0.5);
    }
}
