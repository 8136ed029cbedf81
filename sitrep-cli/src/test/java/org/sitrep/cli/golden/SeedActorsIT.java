package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.model.Event;
import org.sitrep.event.EventCoder;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;
import org.sitrep.quote.QuoteExtractor;
import org.sitrep.testing.RequiresSharedData;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ActorResolver;

/** The seed article on real CoreNLP annotation: quote speakers and the actors of its key events. */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedActorsIT {
    private static CodedArticle coded;

    @BeforeAll
    static void code() {
        ActorLexicon lexicon = ActorLexicon.load();
        CodedArticle c = CodedArticle.of(TestAnnotator.seedAnnotated());
        c = EventCoder.load().apply(c);
        c = new QuoteExtractor(lexicon).apply(c);
        coded = new ActorResolver(lexicon).apply(c);
    }

    @Test
    void allFiveQuotesAreAskarysForKataibHezbollah() {
        List<Quote> quotes = coded.quotes();
        assertThat(quotes).hasSize(5);
        assertThat(quotes.get(0).text()).startsWith("Targeting diplomatic missions");
        assertThat(quotes.get(2).text()).startsWith("No one from the outside");
        for (Quote q : quotes) {
            assertThat(coded.article().text().substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker().name()).as(q.text()).isEqualTo("Abu Ali al-Askary");
            assertThat(q.speaker().affiliation()).as(q.text()).isEqualTo("Kataib Hezbollah");
            assertThat(q.speaker().code()).as(q.text()).isEqualTo("IRQREB");
        }
    }

    @Test
    void theDemandForWithdrawalComesFromKataibHezbollah() {
        Event withdraw = byTrigger("withdraw");
        assertThat(withdraw.source()).isNotNull();
        assertThat(withdraw.source().code()).isEqualTo("IRQREB");
        assertThat(withdraw.source().country()).isEqualTo("IRQ");
        assertThat(withdraw.source().name()).isEqualTo("Kataib Hezbollah");
        assertThat(withdraw.target().code()).isEqualTo("USAMIL");
    }

    @Test
    void theQuotedDemandThatTheOccupationDepartIsTheSpeakersGroups() {
        Event push = byTrigger("push");
        assertThat(push.cameo()).startsWith("10");
        assertThat(push.source().code()).isEqualTo("IRQREB");
        assertThat(push.source().name()).isEqualTo("Kataib Hezbollah");
    }

    @Test
    void theAssassinationComesFromTheUnitedStates() {
        Event killing = byTrigger("assassinated");
        assertThat(killing.source().code()).isEqualTo("USA");
        assertThat(killing.target().name()).isEqualTo("Qassem Soleimani");
        assertThat(killing.target().affiliation()).isEqualTo("Quds Force");
        assertThat(killing.target().code()).isEqualTo("IRNMIL");
    }

    @Test
    void protestersAreIraqiCiviliansAndThePatronIsNoted() {
        assertThat(byTrigger("stormed").source().code()).isEqualTo("IRQCVL");
        Event killing = byTrigger("killing");
        assertThat(killing.target().role()).isEqualTo("REB");
        assertThat(killing.target().patron()).isEqualTo("IRN");
    }

    private static Event byTrigger(String word) {
        return coded.events().stream()
                .filter(e -> e.evidence().trigger() != null && e.evidence().trigger().contains(word))
                .findFirst().orElseThrow(() -> new AssertionError("no event triggered by " + word));
    }
}
