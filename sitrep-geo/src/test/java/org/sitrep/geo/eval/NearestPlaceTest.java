package org.sitrep.geo.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerEntry;

/** Which country and division a point lies in, by the nearest city of the real gazetteer. */
class NearestPlaceTest {
    static Gazetteer gazetteer;
    static NearestPlace nearest;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        nearest = new NearestPlace(gazetteer);
    }

    @Test
    void findsTheNearestCityAcrossGridCells() {
        GazetteerEntry near = nearest.near(33.34, 44.40); // central Baghdad
        assertThat(near.country()).isEqualTo("IQ");
        assertThat(near.distanceKm(33.34, 44.40)).isLessThan(10);
        assertThat(nearest.near(0.0, -140.0)).as("mid-Pacific: nothing within 500 km").isNull();
    }

    @Test
    void aPointInsideACountryOrDivisionCountsForItAndNotForItsNeighbours() {
        GazetteerEntry australia = gazetteer.country("AU");
        GazetteerEntry queensland = gazetteer.admin1("AU", "04");
        assertThat(nearest.inside(australia, -25.0, 133.0)).isTrue();
        assertThat(nearest.inside(queensland, -23.0, 143.0)).isTrue();
        assertThat(nearest.inside(queensland, -32.0, 117.0)).as("Western Australia").isFalse();
        assertThat(nearest.inside(gazetteer.country("CA"), -25.0, 133.0)).isFalse();
        assertThat(nearest.inside(gazetteer.country("RU"), 60.0, 90.0)).isTrue();
    }
}
