package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    @ParameterizedTest
    @CsvSource({
        "the Hague, hague",
        "Iraq's, iraq",
        "Texas, texas",
        "Baghdad, baghdad",
    })
    void aReadingKeyDropsTheArticleAndThePossessive(String text, String key) {
        assertThat(Candidates.readingKey(text)).isEqualTo(key);
    }

    private static GazetteerEntry place(String name, Feature feature, String code, long population) {
        return new GazetteerEntry(0, 1L, name, feature, code, "IQ", "01", null, population, 33.3, 44.4, null);
    }

    @Test
    void aCapitalOutweighsAProvincialSeatOfTheSamePopulation() {
        double capital = Candidates.prior(place("X", Feature.CITY, "PPLC", 100_000), false, null, false, "X");
        double seat = Candidates.prior(place("X", Feature.CITY, "PPLA", 100_000), false, null, false, "X");
        assertThat(capital - seat).isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anAlternateNameStartsLowerThanAMainName() {
        double main = Candidates.prior(place("X", Feature.CITY, "PPL", 5_000), false, null, false, "X");
        double alternate = Candidates.prior(place("X", Feature.CITY, "PPL", 5_000), true, null, false, "X");
        assertThat(main - alternate).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theNerTypeCountryFavoursTheCountry() {
        double country = Candidates.prior(place("X", Feature.COUNTRY, "PCLI", 1_000_000), false, "COUNTRY", false, "X");
        double noType = Candidates.prior(place("X", Feature.COUNTRY, "PCLI", 1_000_000), false, null, false, "X");
        assertThat(country - noType).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSecondLevelDivisionNeedsItsSuffix() {
        GazetteerEntry county = place("X", Feature.ADMIN2, "ADM2", 50_000);
        double suffixed = Candidates.prior(county, false, null, true, "X");
        double bare = Candidates.prior(county, false, null, false, "X");
        assertThat(suffixed - bare).isEqualTo(3.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
