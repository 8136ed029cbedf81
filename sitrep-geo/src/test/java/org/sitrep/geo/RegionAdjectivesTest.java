package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nationality words, region adjectives and the rivers and shoals of features.tsv, against the real gazetteer. */
class RegionAdjectivesTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void nationalityWordsThePackagesLackNameTheirCountry() {
        // "Kazakh authorities declared an emergency", "Uzbek and Kyrgyz volunteers", "a Serb policeman"
        assertThat(gazetteer.demonym("Kazakh").country()).isEqualTo("KZ");
        assertThat(gazetteer.demonym("Uzbeks").country()).isEqualTo("UZ");
        assertThat(gazetteer.demonym("Kyrgyz").country()).isEqualTo("KG");
        assertThat(gazetteer.demonym("Serb").country()).isEqualTo("RS");
        assertThat(gazetteer.demonym("Finn")).as("a first name, left out").isNull();
    }

    @Test
    void regionAdjectivesNameTheirRegionNotACountry() {
        // "along the Caspian coast", "European partners", "the Saharan dust"
        GazetteerEntry caspian = gazetteer.demonym("Caspian");
        assertThat(caspian.name()).isEqualTo("Caspian Sea");
        assertThat(caspian.feature()).isEqualTo(Feature.REGION);
        assertThat(gazetteer.demonym("European").name()).isEqualTo("Europe");
        assertThat(gazetteer.demonym("Saharan").name()).isEqualTo("Sahara");
        assertThat(gazetteer.demonym("Tibetan").name()).isEqualTo("Tibet");
    }

    @Test
    void riversAndShoalsOfNewsAreKnown() {
        // "as the Brahmaputra burst its banks", "near Second Thomas Shoal", "the Ural River flooded Atyrau"
        assertThat(gazetteer.candidates("Brahmaputra")).extracting(GazetteerEntry::feature).contains(Feature.REGION);
        assertThat(gazetteer.candidates("Second Thomas Shoal")).hasSize(1);
        GazetteerEntry ural = gazetteer.candidates("Ural River").get(0);
        assertThat(Geo.distanceKm(ural.lat(), ural.lon(), 47.10, 51.88)).isLessThan(500);
        assertThat(gazetteer.candidates("Hodeidah")).extracting(GazetteerEntry::country).contains("YE");
    }
}
