package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.geo.GeoPieces.place;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One name's candidates: the best one and its margin, how much it steers the others, and its scores. */
class ReadingTest {
    private static final Focus NO_FOCUS = new Focus(Map.of(), Map.of(), 0);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 5 3; 1; 2.0",
        "7; 0; 3.0",
        "4 4; 0; 0.0",
        "2 9 9.5; 2; 0.5",
    })
    void theBestCandidateAndItsMarginOverTheSecond(String values, int best, double margin) {
        String[] parts = values.split(" ");
        double[] v = new double[parts.length];
        GazetteerEntry[] entries = new GazetteerEntry[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
            entries[i] = place("P" + i, Feature.CITY, "CD", "11", 0, i);
        }
        Reading r = GeoPieces.reading("P", entries);
        r.pickBest(v);
        assertThat(r.best).isEqualTo(best);
        assertThat(r.margin).isEqualTo(margin, within(1e-9));
        assertThat(r.confidence()).isEqualTo(0.3 + 0.7 * Math.min(1, margin / 3), within(1e-9));
    }

    @Test
    void noCandidatesMeansNoChoiceAndLeastConfidence() {
        Reading r = GeoPieces.reading("P");
        r.pickBest(new double[0]);
        assertThat(r.best).isEqualTo(-1);
        assertThat(r.confidence()).isEqualTo(0.3, within(1e-9));
    }

    @Test
    void aDemonymSteersHalfAsMuchAsANameAndEachOccurrenceCounts() {
        Reading name = GeoPieces.settled("Congo", place("Congo", Feature.COUNTRY, "CD", null, 0, 0));
        assertThat(name.focusWeight()).isEqualTo(1.0, within(1e-9));
        name.occurrences.add(GeoPieces.name("Congo", 1, 0, 1));
        assertThat(name.focusWeight()).isEqualTo(2.0, within(1e-9));

        Toponym demonym = new Toponym("Congolese", 0, 9, 0, 0, 1, Toponym.Kind.DEMONYM, "test");
        Reading people = new Reading("congolese", demonym);
        people.occurrences.add(demonym);
        people.set(new GazetteerEntry[] {place("Congo", Feature.COUNTRY, "CD", null, 0, 0)}, new boolean[1]);
        people.pickBest(new double[] {1});
        assertThat(people.focusWeight()).isEqualTo(0.5, within(1e-9));
    }

    @Test
    void aKindWordAddsItsWeightToTheCandidatesOfThatKind() {
        GazetteerEntry city = place("Victoria", Feature.CITY, "CA", "02", 48.43, -123.37);
        GazetteerEntry state = place("Victoria", Feature.ADMIN1, "AU", "07", -37.0, 144.0);
        Reading r = GeoPieces.reading("Victoria", city, state);
        r.prior[0] = 1.0;
        r.prior[1] = 0.5;
        r.kindWords.add(Feature.ADMIN1);
        r.rescore(NO_FOCUS, List.of(r), List.of(), null);
        assertThat(r.score[0]).isEqualTo(1.0, within(1e-9));
        assertThat(r.score[1]).isEqualTo(4.5, within(1e-9));
    }

    @Test
    void aContainerCueFavoursTheCandidateInsideTheContainersChoice() {
        GazetteerEntry kivuCity = place("Goma", Feature.CITY, "CD", "11", -1.68, 29.22);
        GazetteerEntry elsewhere = place("Goma", Feature.CITY, "NG", "05", 9.0, 8.0);
        Reading inner = GeoPieces.reading("Goma", kivuCity, elsewhere);
        Reading outer = GeoPieces.settled("North Kivu", place("North Kivu", Feature.ADMIN1, "CD", "11", -0.5, 29.0));
        inner.rescore(NO_FOCUS, List.of(inner), List.of(new Cue(inner, outer, false)), null);
        assertThat(inner.score[0]).isEqualTo(4.0, within(1e-9));
        assertThat(inner.score[1]).isEqualTo(-0.5, within(1e-9));
    }

    @Test
    void listedSiblingsOfOneKindAndCountryAgree() {
        GazetteerEntry ohioState = place("Ohio", Feature.ADMIN1, "US", "OH", 40.4, -82.9);
        GazetteerEntry ohioTown = place("Ohio", Feature.CITY, "US", "IL", 41.6, -89.5);
        Reading ohio = GeoPieces.reading("Ohio", ohioState, ohioTown);
        Reading utah = GeoPieces.settled("Utah", place("Utah", Feature.ADMIN1, "US", "UT", 39.3, -111.7));
        ohio.siblings.add(utah);
        ohio.rescore(NO_FOCUS, List.of(ohio), List.of(), null);
        assertThat(ohio.score[0]).isEqualTo(2.0, within(1e-9));
        assertThat(ohio.score[1]).isEqualTo(0.0, within(1e-9));
    }
}
