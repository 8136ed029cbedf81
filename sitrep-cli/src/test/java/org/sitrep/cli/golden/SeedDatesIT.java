package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;
import org.sitrep.testing.RequiresSharedData;
import org.sitrep.time.EventDater;

/**
 * The seed article (published Thursday 2021-07-08) recounts events of January 2020: on real CoreNLP
 * annotation, none of them may be dated July 2021 — SUTime itself resolves "Three days later" to
 * 2021-07-11 and "December" to 2021-12.
 */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedDatesIT {
    private static final EventDater DATER = EventDater.load();
    private static AnnotatedArticle seed;

    @BeforeAll
    static void annotate() {
        seed = TestAnnotator.seedAnnotated();
    }

    /** An event anchored at the n-th token spelled {@code word} (1-based) in the article. */
    private static Event at(String word, int nth) {
        int seen = 0;
        for (Sentence s : seed.sentences()) {
            for (Token t : s.tokens()) {
                if (t.word().equals(word) && ++seen == nth) {
                    return new Event("seed-" + word + nth, "190", null, 4, -10, null, null, Factuality.ASSERTED, null,
                            null, null, null, null, new Evidence(s.text(), s.start(), s.end(), word), 1.0,
                            new EventAnchor(s.index(), t.index(), null, null));
                }
            }
        }
        throw new AssertionError("no " + nth + ". '" + word + "' in the seed");
    }

    private static EventDate month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new EventDate(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH, null);
    }

    @Test
    void sutimeAloneWouldPutTheChainInJuly2021() {
        Token three = seed.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.word().equals("Three")).findFirst().orElseThrow();
        assertThat(three.normalized()).startsWith("2021-07");
    }

    @Test
    void seedTargets() {
        List<Event> events = List.of(at("fired", 1), at("attacks", 1), at("stormed", 1), at("strike", 2),
                at("killing", 1), at("assassinated", 1), at("decided", 1));
        List<EventDate> d = DATER.apply(CodedArticle.of(seed).withEvents(events)).events().stream()
                .map(Event::date).toList();
        assertThat(d.get(0)).isEqualTo(EventDate.day(LocalDate.of(2021, 7, 8), "early Thursday"));
        assertThat(d.get(1).within(month(2020, 12))).as("December attack %s", d.get(1)).isTrue();
        for (int i = 2; i < d.size(); i++) {
            assertThat(d.get(i).within(month(2020, 1))).as("%s dated %s", events.get(i).evidence().trigger(), d.get(i))
                    .isTrue();
        }
    }

    @Test
    void theFullPipelineDatesNoJanuary2020EventIn2021() {
        CodedArticle coded = DATER.apply(TestAnnotator.pipeline().extract(seed));
        List<Event> story = coded.events().stream().filter(e -> e.evidence().sentence().startsWith("Protesters stormed")
                || e.evidence().sentence().startsWith("Two days after") || e.evidence().sentence().startsWith("Three days")
                || e.evidence().sentence().startsWith("Shortly after that")).toList();
        assumeTrue(!story.isEmpty(), "no event coder on this branch yet: pipeline check skipped");
        assertThat(story).allSatisfy(e -> assertThat(e.date().end().getYear()).as(e.evidence().trigger()).isEqualTo(2020));
    }
}
