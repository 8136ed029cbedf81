package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping data files: every country coded once, codes well-formed, ADM1 codes inside their country. */
class CountryCodesTest {
    private final CountryCodes codes = CountryCodes.load();

    @Test
    void everyIsoCountryHasItsCodesOnce() {
        assertThat(codes.countries()).hasSizeGreaterThanOrEqualTo(249);
        Set<String> fips = new HashSet<>();
        for (CountryCodes.Country c : codes.countries()) {
            assertThat(c.iso3()).matches("[A-Z]{3}");
            assertThat(c.iso2()).matches("[A-Z]{2}");
            assertThat(c.acledRegion()).as(c.iso3()).isNotBlank();
            assertThat(c.acledName()).as(c.iso3()).isNotBlank();
            if (c.fips() != null) {
                assertThat(c.fips()).matches("[A-Z]{2}");
                assertThat(fips.add(c.fips())).as("FIPS code " + c.fips() + " used twice").isTrue();
            }
        }
        long withoutFips = codes.countries().stream().filter(c -> c.fips() == null).count();
        assertThat(withoutFips).as("Aland, Bonaire, US minor islands").isLessThanOrEqualTo(3);
    }

    @Test
    void knownCodesAreRight() {
        assertThat(codes.fips("IRQ")).isEqualTo("IZ");
        assertThat(codes.fips("DEU")).isEqualTo("GM");
        assertThat(codes.fips("COD")).isEqualTo("CG");
        assertThat(codes.fips("COG")).isEqualTo("CF");
        assertThat(codes.fips("BFA")).isEqualTo("UV");
        assertThat(codes.fips("UKR")).isEqualTo("UP");
        assertThat(codes.country("KEN").isoNumeric()).isEqualTo(404);
        assertThat(codes.country("UKR").acledRegion()).isEqualTo("Europe");
        assertThat(codes.country("COD").acledName()).isEqualTo("Democratic Republic of Congo");
        assertThat(codes.adm1("IRQ", "Nineveh")).isEqualTo("IZ15");
        assertThat(codes.adm1("IRQ", "Baghdad")).isEqualTo("IZ07");
        assertThat(codes.adm1("KEN", "Nairobi County")).isEqualTo("KE05");
        assertThat(codes.adm1("KEN", "Kiambu County")).as("former Central province").isEqualTo("KE01");
        assertThat(codes.adm1("COD", "North Kivu")).isEqualTo("CG11");
        assertThat(codes.adm1("COD", "Ituri")).as("former Orientale").isEqualTo("CG09");
        assertThat(codes.adm1("UKR", "Kyiv City")).isEqualTo("UP12");
        assertThat(codes.adm1("PSE", "Gaza Strip")).isEqualTo("GZ");
        assertThat(codes.adm1("USA", "Texas")).isEqualTo("USTX");
        assertThat(codes.adm1("BFA", "Sahel")).as("Burkina Faso is not reviewed").isNull();
    }

    @Test
    void everyAdm1CodeLiesInItsCountry() {
        assertThat(codes.adm1Count()).isGreaterThan(500);
        for (CountryCodes.Country c : codes.countries()) {
            // spot check through the countries reviewed: their divisions start with the FIPS country code
            if (c.fips() != null && codes.adm1(c.iso3(), c.acledName()) != null) {
                assertThat(codes.adm1(c.iso3(), c.acledName())).startsWith(c.fips());
            }
        }
        assertThat(codes.isCountryName("Burkina Faso jihadists", "BFA")).isTrue();
        assertThat(codes.isCountryName("Kenya", "KEN")).isTrue();
        assertThat(codes.isCountryName("Kataib Hezbollah", "IRQ")).isFalse();
        assertThat(codes.isCountryName("Kenya Defence Forces", "KEN")).isFalse();
    }
}
