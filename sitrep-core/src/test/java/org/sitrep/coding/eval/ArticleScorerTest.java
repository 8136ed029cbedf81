package org.sitrep.coding.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {
    private static final LocalDate D13 = LocalDate.of(2025, 3, 13);
    private static final LocalDate D14 = LocalDate.of(2025, 3, 14);
    private static final String TEXT = "Gunmen attacked an outpost near Djibo on Thursday, killing eleven soldiers. "
            + "The attack was the deadliest this year. Police arrested two men in Ouagadougou. "
            + "The group threatened to strike again. \"They came at once,\" said Amadou Sow. "
            + "\"We will stay,\" the governor said.";

    private static ArticleGold gold() {
        ArticleGold.Place djibo = new ArticleGold.Place("Djibo", 14.10, -1.63);
        ArticleGold.Place ouaga = new ArticleGold.Place("Ouagadougou", 12.37, -1.52);
        return new ArticleGold("a1", "t", D14, "Sahel", "violence", TEXT, List.of(
                new ArticleGold.Event(List.of("190", "193"), new ArticleGold.Actor("Gunmen", "BFAREB"),
                        new ArticleGold.Actor("an outpost", "BFAMIL"), D13, D13, djibo, "asserted", false,
                        "Gunmen attacked an outpost"),
                new ArticleGold.Event(List.of("173"), new ArticleGold.Actor("Police", "BFACOP"), null, D13, D14, ouaga,
                        "asserted", false, "Police arrested two men"),
                new ArticleGold.Event(List.of("010"), null, null, D14, D14, null, "asserted", true, "said Amadou Sow"),
                new ArticleGold.Event(List.of("190"), null, null, D14, D14, null, "future", false,
                        "threatened to strike again")),
                List.of(new ArticleGold.Forbidden("19", "The attack was the deadliest", "nominal echo"),
                        new ArticleGold.Forbidden("18", "killing eleven soldiers", "consequence")),
                List.of(new ArticleGold.Quote("They came at once", "Amadou Sow", List.of("Sow")),
                        new ArticleGold.Quote("We will stay", "the governor", List.of("governor"))));
    }

    private static CodedView.Event event(String cameo, String factuality, LocalDate s, LocalDate e, Double lat,
                                         Double lon, String source, String sentence) {
        return new CodedView.Event(cameo, factuality, s, e, lat, lon, source, null, sentence, "w");
    }

    @Test
    void matchesOneToOneAndCountsForbiddenHits() {
        CodedView coded = new CodedView("a1", List.of(
                // the attack, exact code, right day, 5 km from Djibo
                event("193", "asserted", D13, D13, 14.14, -1.63, "BFAREB",
                        "Gunmen attacked an outpost near Djibo on Thursday, killing eleven soldiers."),
                // its nominal echo: a second 19 in the echo's sentence
                event("190", "asserted", D13, D13, 14.10, -1.63, null, "The attack was the deadliest this year."),
                // the consequence coded as a killing
                event("1823", "asserted", D13, D13, 14.10, -1.63, null,
                        "Gunmen attacked an outpost near Djibo on Thursday, killing eleven soldiers."),
                // the arrest: wrong code within the root, dated only the 14th (inside 13..14), located about 125 km north
                event("1731", "asserted", D14, D14, 13.5, -1.6, "BFACOP", "Police arrested two men in Ouagadougou."),
                // matched to the optional gold statement: neither true nor false positive
                event("010", "asserted", D14, D14, null, null, null, "\"They came at once,\" said Amadou Sow."),
                // the threat's strike coded as asserted: forbidden (non-asserted gold event)
                event("190", "asserted", D14, D14, null, null, null, "The group threatened to strike again."),
                // the same coded as future: not counted, but the non-asserted gold event is found as such
                event("190", "future", D14, D14, null, null, null, "The group threatened to strike again."),
                // a spurious diplomatic event
                event("040", "asserted", D14, D14, null, null, null, "Police arrested two men in Ouagadougou.")),
                List.of(new CodedView.Quote("They came at once,", "Amadou Sow", "Amadou Sow"),
                        new CodedView.Quote("We will stay,", "Amadou Sow", "Sow")));
        ArticleScorer scorer = new ArticleScorer();
        scorer.add(gold(), coded);
        ArticleScores s = scorer.score();
        assertEquals(2, s.gold());
        assertEquals(1, s.optionalGold());
        assertEquals(7, s.coded());
        assertEquals(2, s.matched());
        assertEquals(1, s.optionalMatched());
        assertEquals(2.0 / 6, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals(2 * (1.0 / 3) / (1.0 / 3 + 1), s.f1(), 1e-9);
        assertEquals(0.5, s.codeExactShare(), 1e-9, "193 is accepted, 1731 is not");
        assertEquals(1.0, s.dateShare(), 1e-9);
        assertEquals(0.5, s.locationShare(), 1e-9, "the arrest is 125 km off");
        assertEquals(3, s.forbiddenHits(), "echo, consequence, and the asserted threatened strike");
        assertEquals(2, s.forbiddenEntries());
        assertEquals(1, s.nonAssertedFound());
        assertEquals(1.0, s.sourceShare(), 1e-9);
        assertEquals(1.0, s.quoteRecall(), 1e-9);
        assertEquals(0.5, s.speakerShare(), 1e-9);
        assertEquals(1, s.misses().stream().filter(m -> m.kind().equals("spurious")).count());
        assertEquals(1, s.misses().stream().filter(m -> m.kind().equals("location")).count());
    }

    @Test
    void anEventOutsideTheGoldDatesDoesNotMatchAndRequiredGoldGoesFirst() {
        CodedView coded = new CodedView("a1", List.of(
                event("190", "asserted", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), 14.1, -1.63, null,
                        "Gunmen attacked an outpost near Djibo on Thursday, killing eleven soldiers."),
                event("010", "asserted", D13, D14, null, null, null, "x"),
                event("010", "asserted", D14, D14, null, null, null, "y")), List.of());
        ArticleScorer scorer = new ArticleScorer();
        scorer.add(gold(), coded);
        ArticleScores s = scorer.score();
        assertEquals(0, s.matched());
        assertEquals(1, s.optionalMatched(), "one statement matches the optional gold event, the other is spurious");
        assertEquals(2, s.counted());
        assertEquals(0, s.precision(), 1e-9);
        assertEquals(0, s.quoteRecall(), 1e-9);
        assertEquals(0, s.forbiddenHits(), "a misdated attack is spurious: no root-19 forbidden entry in its sentence");
        assertEquals(1, s.misses().stream().filter(m -> m.kind().equals("missed")).count() - 1, "attack and arrest missed");
    }

    @Test
    void locationIsMeasuredInKilometres() {
        ArticleGold.Event g = gold().events().get(0);
        // 0.4 degrees of latitude is about 44 km; 0.5 about 56 km
        assertTrue(ArticleScorer.distanceKm(g, event("190", "asserted", D13, D13, 14.50, -1.63, null, "")) < 50);
        assertFalse(ArticleScorer.distanceKm(g, event("190", "asserted", D13, D13, 14.60, -1.63, null, "")) < 50);
        assertEquals(Double.POSITIVE_INFINITY,
                ArticleScorer.distanceKm(g, event("190", "asserted", D13, D13, null, null, null, "")));
    }

    @Test
    void speakerMatchesBySurnameOrListedName() {
        ArticleGold.Quote q = new ArticleGold.Quote("x", "Olushegun Adjadi Bakari", List.of("Bakari"));
        assertTrue(ArticleScorer.speakerRight(q, new CodedView.Quote("x", "Bakari", null)));
        assertTrue(ArticleScorer.speakerRight(q, new CodedView.Quote("x", null, "Benin's foreign minister, Olushegun Adjadi Bakari")));
        assertFalse(ArticleScorer.speakerRight(q, new CodedView.Quote("x", "Bakary Yaou Sangaré", null)));
        assertFalse(ArticleScorer.speakerRight(q, new CodedView.Quote("x", null, null)));
    }
}
