package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.geo.GeoPieces.place;
import static org.sitrep.geo.GeoPieces.settled;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an article's places lie: shares by country and division, each reading's own weight left out. */
class FocusTest {
    private final GazetteerEntry goma = place("Goma", Feature.CITY, "CD", "11", -1.68, 29.22);
    private final GazetteerEntry bukavu = place("Bukavu", Feature.CITY, "CD", "12", -2.51, 28.86);
    private final GazetteerEntry kisumu = place("Kisumu", Feature.CITY, "KE", "07", -0.09, 34.77);
    private final Reading r1 = settled("Goma", goma);
    private final Reading r2 = settled("Bukavu", bukavu);
    private final Reading r3 = settled("Kisumu", kisumu);
    private final Focus focus = Focus.of(List.of(r1, r2, r3));

    @Test
    void weightsAddUpByCountryAndDivision() {
        assertThat(focus.total()).isEqualTo(3.0, within(1e-9));
        assertThat(focus.countries()).containsEntry("CD", 2.0).containsEntry("KE", 1.0);
        assertThat(focus.admin1s()).containsEntry("CD.11", 1.0).containsEntry("CD.12", 1.0).containsEntry("KE.07", 1.0);
    }

    @Test
    void theCountryShareLeavesTheReadingsOwnChoiceOut() {
        // Kisumu's reading: the other two places (weight 2) are both in Congo
        assertThat(focus.country(goma, r3)).isEqualTo(1.0, within(1e-9));
        // Goma's reading: of the other two, one (Bukavu) is in Congo
        assertThat(focus.country(bukavu, r1)).isEqualTo(0.5, within(1e-9));
        assertThat(focus.country(kisumu, r1)).isEqualTo(0.5, within(1e-9));
    }

    @Test
    void theDivisionShareCountsOnlyPlacesInThatDivision() {
        assertThat(focus.admin1(goma, r2)).isEqualTo(0.5, within(1e-9));
        assertThat(focus.admin1(goma, r1)).isEqualTo(0.0, within(1e-9));
        GazetteerEntry noDivision = place("Somewhere", Feature.CITY, "CD", null, 0, 0);
        assertThat(focus.admin1(noDivision, r3)).isZero();
    }

    @Test
    void unresolvedReadingsAndPlacesWithoutCountryCountForNothing() {
        Reading open = GeoPieces.reading("Nowhere", goma);
        Reading sea = settled("the Sea", place("the Sea", Feature.REGION, null, null, 0, 0));
        Focus f = Focus.of(List.of(open, sea));
        assertThat(f.total()).isZero();
        assertThat(f.country(goma, open)).isZero();
    }
}
