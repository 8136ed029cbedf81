package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.output.ContractSchema;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.testing.RequiresSharedData;
import org.sitrep.event.EventCoder;

/** The coder's targets on the seed article of ../shared/seed (skipped when that folder is absent). */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedArticleEventsIT {
    private static List<Event> events;
    private static String text;

    @BeforeAll
    static void code() throws Exception {
        Path seed = org.sitrep.testing.SharedData.file("seed/000_b35c17ef438a9d61.txt");
        assumeTrue(Files.exists(seed), "../shared/seed is absent: seed event test skipped");
        String raw = Files.readString(seed);
        text = raw.substring(raw.indexOf('\n'));
        Article a = new Article("seed", null, LocalDate.of(2021, 7, 8), null, null, "en", text, seed.toString());
        events = EventCoder.load().apply(CodedArticle.of(TestAnnotator.shared().apply(a))).events();
    }

    private static List<Event> withTrigger(String word) {
        return events.stream().filter(e -> e.evidence().trigger() != null && e.evidence().trigger().contains(word))
                .toList();
    }

    @Test
    void rocketFireNearTheSecurityServiceIsFightingByAnUnknownSource() {
        Event fired = withTrigger("fired").get(0);
        assertThat(fired.cameo()).startsWith("19");
        assertThat(fired.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(fired.source()).isNull();
        assertThat(fired.evidence().sentence()).contains("National Security Service");
    }

    @Test
    void stormingTheEmbassyIsAViolentProtest() {
        Event storm = withTrigger("stormed").get(0);
        assertThat(storm.cameo()).isEqualTo("145");
        assertThat(storm.acled().subEventType()).isEqualTo("Violent demonstration");
        assertThat(storm.source().text()).isEqualTo("Protesters");
    }

    @Test
    void assassinationBytheUs() {
        Event e = withTrigger("assassinated").get(0);
        assertThat(e.cameo()).isEqualTo("186");
        assertThat(e.source().text()).isEqualTo("the US");
        assertThat(e.target().text()).startsWith("Major General Qassem Soleimani");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void parliamentsDecisionToExpelIsCoded() {
        Event e = withTrigger("expel").get(0);
        assertThat(e.cameo()).startsWith("16");
        assertThat(e.factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void demandThatTheOccupationDepartsIsADemand() {
        Event e = withTrigger("push").get(0);
        assertThat(e.cameo()).startsWith("10");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void noAssertedAttackByTheMilitiaOnTheEmbassy() {
        Event hitting = withTrigger("hitting").get(0);
        assertThat(hitting.factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(events).noneMatch(e -> e.cameo().startsWith("19") && e.factuality() == Factuality.ASSERTED
                && e.source() != null && e.source().text().toLowerCase().contains("milit"));
        assertThat(events).noneMatch(e -> e.cameo().startsWith("19") && e.factuality() == Factuality.ASSERTED
                && e.target() != null && e.target().text().contains("embassy") && e.source() != null);
    }

    @Test
    void evidenceIsTheArticleTextAtItsOffsets() {
        assertThat(events).isNotEmpty();
        for (Event e : events) {
            assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().sentence());
        }
    }
}
