package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants of the curated files: the supplement and the alternate names. */
class SupplementTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void supplementRowsAreWellFormedAndUnique() throws IOException {
        List<String> lines = lines("gazetteer/supplement.tsv");
        assertThat(String.join("\n", lines)).contains("# Source:");
        Set<String> keys = new HashSet<>();
        int rows = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(9);
            Feature feature = Feature.of(f[2]);
            double lat = Double.parseDouble(f[3]);
            double lon = Double.parseDouble(f[4]);
            assertThat(lat).as(line).isBetween(-90.0, 90.0);
            assertThat(lon).as(line).isBetween(-180.0, 180.0);
            if (!f[5].isEmpty()) {
                GazetteerEntry country = gazetteer.country(f[5]);
                assertThat(country).as("country of " + f[0]).isNotNull();
                if (feature != Feature.COUNTRY && feature != Feature.REGION) {
                    // a site or district lies within 1,500 km of its country's point
                    assertThat(Geo.distanceKm(lat, lon, country.lat(), country.lon())).as(f[0]).isLessThan(1500);
                }
            }
            if (!f[6].isEmpty()) {
                assertThat(gazetteer.admin1(f[5], f[6])).as("admin1 of " + f[0]).isNotNull();
            }
            if (feature == Feature.NEIGHBORHOOD || feature == Feature.SITE) {
                assertThat(f[7]).as("container of " + f[0]).isNotBlank();
                assertThat(gazetteer.candidates(f[7])).as("container " + f[7] + " is a known place").isNotEmpty();
            }
            if (feature != Feature.COUNTRY) {
                List<String> names = new ArrayList<>(List.of(f[0]));
                if (!f[1].isEmpty()) {
                    names.addAll(List.of(f[1].split("\\|")));
                }
                for (String n : names) {
                    assertThat(keys.add(NameKey.of(n))).as("duplicate supplement name " + n).isTrue();
                }
            }
        }
        assertThat(rows).isGreaterThan(50);
    }

    @Test
    void containedPlacesLieNearTheirContainingCity() {
        for (GazetteerEntry e : gazetteer.entries(Feature.NEIGHBORHOOD)) {
            if (!"SUPPLEMENT".equals(e.featureCode())) {
                continue;
            }
            GazetteerEntry city = gazetteer.candidates(e.container()).stream()
                    .filter(c -> c.feature() == Feature.CITY && e.country().equals(c.country()))
                    .max((a, b) -> Long.compare(a.population(), b.population())).orElseThrow();
            assertThat(e.distanceKm(city)).as(e.name() + " in " + e.container()).isLessThan(15);
        }
    }

    @Test
    void alternatesNameExistingTargetsOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String line : lines("gazetteer/alternates.tsv")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(2);
            for (String name : f[1].split("\\|")) {
                assertThat(seen.add(f[0] + " " + NameKey.of(name))).as("duplicate " + f[0] + " " + name).isTrue();
                if (f[0].startsWith("demonym:")) {
                    assertThat(gazetteer.demonym(name).country()).as(name).isEqualTo(f[0].substring(8));
                } else {
                    assertThat(gazetteer.candidates(name)).as(name).isNotEmpty();
                }
            }
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SupplementTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
