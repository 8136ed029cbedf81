package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.testing.RequiresSharedData;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.StandardPipeline;

/**
 * The seed article through the whole standard chain: the errors issue 13 lists are gone — the rocket fire
 * coded once, the December attack an event of its own, the storming's target the embassy and "the embassy siege"
 * one of its mentions, the expulsion's
 * source the parliament, "the occupation" no actor.
 */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedCoreferenceIT {
    static List<Event> events;

    @BeforeAll
    static void code() {
        Path seed = org.sitrep.testing.SharedData.file("seed/000_b35c17ef438a9d61.txt");
        assumeTrue(Files.exists(seed), "../shared/seed is absent: seed coreference test skipped");
        CodedArticle coded = CodedArticle.of(TestAnnotator.seedAnnotated());
        for (Stage<CodedArticle, CodedArticle> stage : StandardPipeline.extractionStages()) {
            coded = stage.apply(coded);
        }
        events = coded.events();
    }

    static boolean mentions(Event e, String word) {
        if (e.evidence().trigger() != null && e.evidence().trigger().contains(word)) {
            return true;
        }
        for (Evidence m : e.mentions()) {
            if (m.trigger() != null && m.trigger().contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theRocketFireIsOneEventNamedInTheLedeAndTheBody() {
        List<Event> rockets = events.stream().filter(e -> mentions(e, "rocket strike") || mentions(e, "fired"))
                .toList();
        assertThat(rockets).hasSize(1);
        assertThat(rockets.get(0).factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(mentions(rockets.get(0), "rocket strike") && mentions(rockets.get(0), "fired")).isTrue();
    }

    @Test
    void theDecemberAttackOnTheEmbassyIsAnEventOfItsOwn() {
        // "damaged in previous attacks, including one in December": the plural is background, the one is an attack
        List<Event> december = events.stream().filter(e -> mentions(e, "attacks") && e.cameo().startsWith("19"))
                .filter(e -> e.evidence().sentence().contains("including one in December")).toList();
        assertThat(december).hasSize(1);
        assertThat(december.get(0).factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(december.get(0).date().start()).isEqualTo(java.time.LocalDate.of(2020, 12, 1));
        assertThat(december.get(0).target().code()).isEqualTo("USAGOV");
        assertThat(mentions(december.get(0), "stormed")).isFalse();
    }

    @Test
    void theEmbassySiegeIsTheStormingNamedAgain() {
        List<Event> storming = events.stream().filter(e -> mentions(e, "stormed")).toList();
        assertThat(storming).hasSize(1);
        assertThat(storming.get(0).target().text()).contains("embassy");
        // "the US embassy in Baghdad", named two paragraphs before: the US government
        assertThat(storming.get(0).target().code()).isEqualTo("USAGOV");
        assertThat(mentions(storming.get(0), "siege")).isTrue();
        assertThat(events.stream().filter(e -> mentions(e, "siege"))).hasSize(1);
    }

    @Test
    void theParliamentVotesTheExpulsionAndTheOccupationIsNoActor() {
        Event expel = events.stream().filter(e -> mentions(e, "expel")).findFirst().orElseThrow();
        assertThat(expel.source()).isNotNull();
        assertThat(expel.source().text()).contains("Parliament");
        assertThat(events).noneMatch(e -> e.source() != null && e.source().text().equals("the occupation"));
    }
}
