package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void holdsGeoNamesPlacesCountriesAndDivisions() {
        assertThat(gazetteer.size()).isGreaterThan(190_000);
        assertThat(gazetteer.countries()).hasSizeGreaterThanOrEqualTo(240);
        assertThat(gazetteer.entries(Feature.ADMIN1)).hasSizeGreaterThan(3000);
        assertThat(gazetteer.entries(Feature.ADMIN2)).hasSizeGreaterThan(20_000);
    }

    @Test
    void everyEntryHasValidCoordinatesAndCodes() {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < gazetteer.size(); i++) {
            GazetteerEntry e = gazetteer.entry(i);
            assertThat(e.index()).isEqualTo(i);
            assertThat(e.lat()).as(e.name()).isBetween(-90.0, 90.0);
            assertThat(e.lon()).as(e.name()).isBetween(-180.0, 180.0);
            assertThat(e.name()).isNotBlank();
            if (e.feature() != Feature.REGION) {
                assertThat(gazetteer.country(e.country())).as("country of " + e.name()).isNotNull();
                assertThat(gazetteer.iso3(e.country())).hasSize(3);
            }
            if (e.geonamesId() != null) {
                assertThat(ids.add(e.geonamesId())).as("duplicate GeoNames id " + e.geonamesId()).isTrue();
            }
        }
    }

    @Test
    void findsCitiesUnderNamesAndAlternateNames() {
        GazetteerEntry baghdad = city("Baghdad", "IQ");
        assertThat(baghdad.geonamesId()).isEqualTo(98182L);
        assertThat(baghdad.featureCode()).isEqualTo("PPLC");
        assertThat(gazetteer.admin1Of(baghdad).name()).isEqualTo("Baghdad");
        assertThat(gazetteer.candidates("Bagdad")).contains(baghdad);
        assertThat(gazetteer.candidates("São Paulo")).isEqualTo(gazetteer.candidates("Sao Paulo")).isNotEmpty();
    }

    @Test
    void findsCountriesByShortFormsAndDemonyms() {
        assertThat(gazetteer.candidates("U.S.")).extracting(GazetteerEntry::country).contains("US");
        assertThat(gazetteer.candidates("Britain")).extracting(GazetteerEntry::feature).contains(Feature.COUNTRY);
        assertThat(gazetteer.demonym("Iraqi").country()).isEqualTo("IQ");
        assertThat(gazetteer.demonym("Americans").country()).isEqualTo("US");
        assertThat(gazetteer.demonym("Baghdad")).isNull();
        assertThat(gazetteer.iso3("IQ")).isEqualTo("IRQ");
    }

    @Test
    void findsDivisionsWithAndWithoutTheirGenericWord() {
        assertThat(gazetteer.candidates("Laurel County")).extracting(GazetteerEntry::feature).containsOnly(Feature.ADMIN2);
        assertThat(gazetteer.candidates("NSW")).extracting(GazetteerEntry::name).contains("New South Wales");
        assertThat(gazetteer.candidates("Anbar Province")).isEmpty();
        assertThat(gazetteer.candidates("Anbar")).extracting(GazetteerEntry::feature).contains(Feature.ADMIN1);
        // GeoNames writes "Province of Nueva Ecija" and "Southern Darfur"; news writes the bare and the noun forms
        assertThat(gazetteer.candidates("Nueva Ecija")).extracting(GazetteerEntry::feature, GazetteerEntry::country)
                .contains(org.assertj.core.groups.Tuple.tuple(Feature.ADMIN2, "PH"));
        assertThat(gazetteer.candidates("South Darfur")).extracting(GazetteerEntry::feature, GazetteerEntry::country)
                .contains(org.assertj.core.groups.Tuple.tuple(Feature.ADMIN1, "SD"));
    }

    @Test
    void largeDivisionsArePlacedInTheirMiddleNotAtTheirPopulatedEdge() {
        GazetteerEntry queensland = gazetteer.admin1("AU", "04");
        assertThat(queensland.name()).isEqualTo("Queensland");
        assertThat(queensland.lat()).isBetween(-26.0, -18.0); // the state spans about 10 S to 29 S
        assertThat(queensland.lon()).isBetween(141.0, 149.0); // and 138 E to 154 E
        assertThat(queensland.distanceKm(city("Brisbane", "AU"))).isGreaterThan(500);
        GazetteerEntry ontario = gazetteer.admin1("CA", "08");
        assertThat(ontario.name()).isEqualTo("Ontario");
        assertThat(ontario.lat()).isGreaterThan(45.5); // well north of the Toronto-Ottawa corridor
        GazetteerEntry chukotka = gazetteer.admin1("RU", "15");
        assertThat(Math.abs(chukotka.lon())).as("straddles the antimeridian").isGreaterThan(165);
    }

    @Test
    void curatedPlacesLieNearTheCityThatContainsThem() {
        GazetteerEntry baghdad = city("Baghdad", "IQ");
        for (String name : List.of("Sheikh Omar", "Sadr City", "Green Zone", "Karrada")) {
            List<GazetteerEntry> found = gazetteer.candidates(name);
            assertThat(found).as(name).isNotEmpty();
            GazetteerEntry e = found.stream().filter(c -> "Baghdad".equals(c.container())).findFirst().orElseThrow();
            assertThat(e.distanceKm(baghdad)).as(name).isLessThan(12);
        }
        GazetteerEntry asad = gazetteer.candidates("Ain al-Asad").get(0);
        assertThat(asad.feature()).isEqualTo(Feature.SITE);
        assertThat(gazetteer.admin1Of(asad).name()).isEqualTo("Anbar");
    }

    @Test
    void nameKeysFoldCaseDiacriticsAndPunctuation() {
        assertThat(NameKey.of("Ain al-Asad")).isEqualTo(NameKey.of("AIN AL ASAD")).isEqualTo("ain al asad");
        assertThat(NameKey.of("U.S.")).isEqualTo("us");
        assertThat(NameKey.of("Zaïre")).isEqualTo("zaire");
        assertThat(NameKey.of("  Kashkash ")).isEqualTo("kashkash");
    }

    private static GazetteerEntry city(String name, String country) {
        return gazetteer.candidates(name).stream()
                .filter(e -> e.feature() == Feature.CITY && country.equals(e.country()))
                .findFirst().orElseThrow();
    }
}
