package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.output.ContractSchema;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;
import org.sitrep.testing.RequiresSharedData;
import org.sitrep.event.EventCoder;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.Geo;

/** The geocoder on real CoreNLP annotation of the seed article and a bundled example. */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedPlacesIT {
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    @Test
    void theRocketFireIsInBaghdadsSheikhOmarNeighbourhood() throws Exception {
        AnnotatedArticle annotated = TestAnnotator.seedAnnotated();
        Event fired = eventAt(annotated, "fired");
        CodedArticle coded = geocoder.apply(new CodedArticle(annotated, List.of(fired), List.of(), List.of()));

        Location where = coded.events().get(0).location();
        assertThat(where.country()).isEqualTo("IRQ");
        assertThat(Geo.distanceKm(where.lat(), where.lon(), 33.3406, 44.4009)).isLessThan(10);
        assertThat(where.name()).isEqualTo("Sheikh Omar");
        assertThat(where.precision()).isEqualTo(LocationPrecision.NEIGHBORHOOD);

        List<String> texts = coded.places().stream().filter(p -> !p.isAdjectival()).map(Place::text).toList();
        assertThat(texts).contains("Baghdad", "Iraq", "Washington").doesNotContain("Iraqi");
        // "Iraqi" is listed as an adjectival reference to Iraq (issue 13), not as a place name
        assertThat(coded.places()).filteredOn(p -> p.text().equals("Iraqi")).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(Place.ADJECTIVAL);
                    assertThat(p.country()).isEqualTo("IRQ");
                });
        Place baghdad = coded.places().stream().filter(p -> p.text().equals("Baghdad")).findFirst().orElseThrow();
        assertThat(baghdad.geonamesId()).isEqualTo(98182L);
        assertThat(coded.places()).filteredOn(p -> p.text().equals("Iraq"))
                .allSatisfy(p -> assertThat(p.country()).isEqualTo("IRQ"));
        // "pressure on Washington" is the US capital, not the state
        assertThat(coded.places()).filteredOn(p -> p.text().equals("Washington"))
                .allSatisfy(p -> assertThat(Geo.distanceKm(p.lat(), p.lon(), 38.895, -77.036)).isLessThan(20));
        for (Place p : coded.places()) {
            assertThat(annotated.article().text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void theEventCodersRocketFireGetsTheNeighbourhoodAndEveryEventALocation() throws Exception {
        AnnotatedArticle annotated = TestAnnotator.seedAnnotated();
        CodedArticle coded = geocoder.apply(org.sitrep.event.EventCoder.load().apply(CodedArticle.of(annotated)));
        assertThat(coded.events()).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isNotNull());
        assertThat(coded.events()).filteredOn(e -> e.evidence().sentence().contains("rockets were fired"))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.location().country()).isEqualTo("IRQ");
                    assertThat(Geo.distanceKm(e.location().lat(), e.location().lon(), 33.3406, 44.4009)).isLessThan(10);
                });
    }

    @Test
    void theMosulExampleIsPlacedInMosul() throws Exception {
        Path example = ContractSchema.repositoryRoot().resolve("examples/001_mosul_checkpoint.txt");
        assumeTrue(Files.exists(example), "examples/ is absent");
        AnnotatedArticle annotated = TestAnnotator.shared().apply(TestAnnotator.read(example));
        CodedArticle coded = geocoder.apply(CodedArticle.of(annotated));
        assertThat(coded.places()).filteredOn(p -> p.text().equals("Mosul")).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.country()).isEqualTo("IRQ");
                    assertThat(Geo.distanceKm(p.lat(), p.lon(), 36.34, 43.13)).isLessThan(15);
                });
    }

    /** An event anchored at the first token with the given word, as the event coder would make it. */
    private static Event eventAt(AnnotatedArticle a, String word) {
        for (Sentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).word().equals(word)) {
                    return new Event("seed-e1", "190", "Use conventional military force", 4, -10, null, null,
                            Factuality.ASSERTED, null, null, null, null, null,
                            new Evidence(s.text(), s.start(), s.end(), word), 0.8,
                            new EventAnchor(s.index(), i, null, null));
                }
            }
        }
        throw new AssertionError("no token " + word);
    }

}
