package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants of the curated files: the supplement and its companions, and the alternate names. */
class SupplementTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void curatedRowsAreWellFormedAndTheirNamesUniqueAcrossFiles() throws IOException {
        Map<String, String> keys = new HashMap<>();
        int rows = 0;
        for (String file : Gazetteer.CURATED_FILES) {
            List<String> lines = lines("gazetteer/" + file);
            String header = String.join("\n", lines.stream().filter(l -> l.startsWith("#")).toList());
            assertThat(header).as(file + " says what it is and where its facts come from").contains("# Source:")
                    .contains("#name\talternates\tfeature\tlat\tlon\tcountry\tadmin1\tcontainer\tgeonames_id");
            assertThat(lines.get(0)).as(file + " opens with its header").startsWith("# ");
            int fileRows = 0;
            for (String line : lines) {
                if (line.startsWith("#")) {
                    continue;
                }
                fileRows++;
                String[] f = line.split("\t", -1);
                assertThat(f.length).as(file + ": " + line).isBetween(9, 11);
                Feature feature = Feature.of(f[2]);
                double lat = Double.parseDouble(f[3]);
                double lon = Double.parseDouble(f[4]);
                assertThat(lat).as(line).isBetween(-90.0, 90.0);
                assertThat(lon).as(line).isBetween(-180.0, 180.0);
                if (!f[5].isEmpty()) {
                    assertThat(gazetteer.country(f[5])).as("country of " + f[0]).isNotNull();
                }
                if (!f[6].isEmpty()) {
                    assertThat(gazetteer.admin1(f[5], f[6])).as("admin1 of " + f[0]).isNotNull();
                }
                if (feature == Feature.ADMIN1) {
                    assertThat(f[5]).as("a division's country: " + f[0]).isNotEmpty();
                }
                if (f.length > 9 && !f[9].isEmpty()) {
                    assertThat(Long.parseLong(f[9])).as("population of " + f[0]).isNotNegative();
                }
                if (f.length > 10 && !f[10].isEmpty()) {
                    assertThat(Integer.parseInt(f[10])).as("end year of " + f[0]).isBetween(1900, 2030);
                }
                if (feature == Feature.NEIGHBORHOOD || feature == Feature.SITE) {
                    assertThat(f[7]).as("container of " + f[0]).isNotBlank();
                    assertContainerNear(f[0], f[5], f[6], f[7], lat, lon);
                }
                if (feature != Feature.COUNTRY) {
                    List<String> names = new ArrayList<>(List.of(f[0]));
                    if (!f[1].isEmpty()) {
                        names.addAll(List.of(f[1].split("\\|")));
                    }
                    for (String n : names) {
                        assertThat(n).as("name in " + file).isEqualTo(n.strip()).isNotEmpty();
                        String before = keys.putIfAbsent(NameKey.of(n), file + ": " + f[0]);
                        assertThat(before).as("curated name " + n + " of " + f[0] + " in " + file).isNull();
                    }
                }
            }
            assertThat(fileRows).as(file).isGreaterThan(20);
            rows += fileRows;
        }
        assertThat(rows).isGreaterThan(400);
    }

    /**
     * A site or district lies near a place named as its container, or the container is its country or the
     * first-level division its code names.
     */
    private static void assertContainerNear(String name, String country, String admin1, String container, double lat,
                                            double lon) {
        List<GazetteerEntry> candidates = gazetteer.candidates(container);
        assertThat(candidates).as("container " + container + " of " + name + " is a known place").isNotEmpty();
        boolean outer = candidates.stream().anyMatch(c -> country.equals(c.country())
                && (c.feature() == Feature.COUNTRY || c.feature() == Feature.ADMIN1 && c.admin1().equals(admin1)));
        if (!outer) {
            double nearest = candidates.stream().mapToDouble(c -> c.distanceKm(lat, lon)).min().orElseThrow();
            assertThat(nearest).as(name + " near its container " + container).isLessThan(150);
        }
    }

    @Test
    void curatedSitesDoNotRepeatAPackagedPlaceOfTheirName() throws IOException {
        for (String file : Gazetteer.CURATED_FILES) {
            for (String line : lines("gazetteer/" + file)) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || !(f[2].equals("site") || f[2].equals("neighborhood"))) {
                    continue;
                }
                double lat = Double.parseDouble(f[3]);
                double lon = Double.parseDouble(f[4]);
                List<String> names = new ArrayList<>(List.of(f[0]));
                if (!f[1].isEmpty()) {
                    names.addAll(List.of(f[1].split("\\|")));
                }
                for (String n : names) {
                    for (GazetteerEntry e : gazetteer.candidates(n)) {
                        if (e.geonamesId() != null && e.feature() != Feature.COUNTRY) {
                            assertThat(e.distanceKm(lat, lon)).as(n + " (" + file + ") is already GeoNames' " + e.name())
                                    .isGreaterThan(5);
                        }
                    }
                }
            }
        }
    }

    @Test
    void formerDivisionsAndCountriesCarryHistoricalCodesAndFillMissingCodes() {
        GazetteerEntry nyanza = only("Nyanza Province");
        assertThat(nyanza.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(nyanza.featureCode()).isEqualTo(Gazetteer.FORMER_DIVISION);
        assertThat(nyanza.country()).isEqualTo("KE");
        assertThat(nyanza.population()).isGreaterThan(1_000_000);
        GazetteerEntry ussr = only("USSR");
        assertThat(ussr.name()).isEqualTo("Soviet Union");
        assertThat(ussr.feature()).isEqualTo(Feature.REGION);
        assertThat(ussr.featureCode()).isEqualTo(Gazetteer.FORMER_COUNTRY);
        // Østfold was re-established in 2024: a current division the packaged table lacks
        assertThat(only("Ostfold").featureCode()).isEqualTo("SUPPLEMENT");
        // the packaged places carry Norway's 2020-2023 code 30 (Viken) without a division row
        assertThat(gazetteer.admin1("NO", "30").name()).isEqualTo("Viken");
        GazetteerEntry hordaland = only("Hordaland");
        assertThat(gazetteer.admin1Of(hordaland).name()).isEqualTo("Vestland");
    }

    @Test
    void aSiteWithoutAnAdmin1CodeTakesItsContainersDivision() {
        assertThat(only("Dadaab").admin1()).isEqualTo("16"); // Garissa County
        assertThat(only("Hagadera").admin1()).isEqualTo("16"); // via Dadaab itself
        assertThat(only("Fort Detrick").admin1()).isEqualTo("MD");
        assertThat(gazetteer.admin1Of(only("Naval Station Norfolk")).name()).isEqualTo("Virginia");
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
            // townships of a metropolitan municipality (Khayelitsha, Cape Town) lie up to 30 km from its centre
            assertThat(e.distanceKm(city)).as(e.name() + " in " + e.container()).isLessThan(30);
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
                } else if (f[0].startsWith("adjective:")) {
                    assertThat(gazetteer.demonym(name).name()).as(name).isEqualTo(f[0].substring(10));
                    assertThat(gazetteer.demonym(name).feature()).as(name).isIn(Feature.REGION, Feature.ADMIN1);
                } else {
                    assertThat(gazetteer.candidates(name)).as(name).isNotEmpty();
                }
            }
        }
    }

    private static GazetteerEntry only(String name) {
        List<GazetteerEntry> curated = gazetteer.candidates(name).stream().filter(e -> e.geonamesId() == null
                && e.feature() != Feature.COUNTRY && !"ADM1".equals(e.featureCode())
                && !"ADM2".equals(e.featureCode())).toList();
        assertThat(curated).as("curated places named " + name).hasSize(1);
        return curated.get(0);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SupplementTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
