package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;

/** The curated places (former divisions, regions, waters, camps, sites) as the resolver chooses them in context. */
class CuratedPlacesTest {
    static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    @Test
    void aFormerProvinceNamedWithItsCountryIsThatProvince() {
        ResolvedToponym rift = resolve("Flooding/NN hit/VBD Rift/NNP/LOCATION Valley/NNP/LOCATION "
                + "Province/NNP/LOCATION ,/, Kenya/NNP/COUNTRY ./.").get(0);
        assertThat(rift.toponym().text()).isEqualTo("Rift Valley Province");
        assertThat(rift.entry().name()).isEqualTo("Rift Valley Province");
        assertThat(rift.entry().feature()).isEqualTo(Feature.ADMIN1);
        assertThat(rift.entry().country()).isEqualTo("KE");
        assertThat(rift.entry().distanceKm(1.10, 35.90)).isLessThan(150);
        // Nairobi Province had the bounds of today's Nairobi County: no curated row needed
        GazetteerEntry nairobi = resolve("Rains/NNS flooded/VBD Nairobi/NNP/STATE_OR_PROVINCE "
                + "Province/NNP/STATE_OR_PROVINCE ./.").get(0).entry();
        assertThat(nairobi.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(nairobi.country()).isEqualTo("KE");
        assertThat(nairobi.admin1()).isEqualTo("05");
    }

    @Test
    void theArticlesCountryDecidesBetweenAFormerProvinceAndATownOfItsName() {
        GazetteerEntry kenyan = resolve("Police/NNS in/IN Kisumu/NNP/CITY said/VBD clashes/NNS spread/VBD "
                + "across/IN Nyanza/NNP/LOCATION ./.").get(1).entry();
        assertThat(kenyan.name()).isEqualTo("Nyanza Province");
        assertThat(kenyan.country()).isEqualTo("KE");
        GazetteerEntry rwandan = resolve("Voters/NNS queued/VBD in/IN Nyanza/NNP/CITY ,/, Rwanda/NNP/COUNTRY ./.")
                .get(0).entry();
        assertThat(rwandan.country()).isEqualTo("RW");
        assertThat(rwandan.feature()).isNotEqualTo(Feature.ADMIN1);
    }

    @Test
    void aFormerDivisionYieldsToACurrentOneOfItsNameUnlessTheArticleIsAboutItsCountry() {
        GazetteerEntry saudi = resolve("Protesters/NNS gathered/VBD in/IN Qatif/NNP/CITY in/IN Saudi/NNP/COUNTRY "
                + "Arabia/NNP/COUNTRY 's/POS Eastern/NNP/STATE_OR_PROVINCE Province/NNP/STATE_OR_PROVINCE ./.")
                .get(2).entry();
        assertThat(saudi.country()).isEqualTo("SA");
        assertThat(saudi.feature()).isEqualTo(Feature.ADMIN1);
        GazetteerEntry kenyan = resolve("Drought/NN hit/VBD Kitui/NNP/CITY in/IN Kenya/NNP/COUNTRY 's/POS "
                + "Eastern/NNP/STATE_OR_PROVINCE Province/NNP/STATE_OR_PROVINCE ./.").get(2).entry();
        assertThat(kenyan.country()).isEqualTo("KE");
        assertThat(kenyan.featureCode()).isEqualTo(Gazetteer.FORMER_DIVISION);
        GazetteerEntry current = resolve("Clashes/NNS erupted/VBD in/IN the/DT Eastern/NNP/STATE_OR_PROVINCE "
                + "Province/NNP/STATE_OR_PROVINCE ./.").get(0).entry();
        assertThat(current.featureCode()).as("without context the most populous current division").isEqualTo("ADM1");
        assertThat(current.country()).isEqualTo("SA");
    }

    @Test
    void aCountyThatIsAFirstLevelDivisionResolves() {
        ResolvedToponym hordaland = resolve("Storms/NNS hit/VBD Bergen/NNP/CITY in/IN Hordaland/NNP/STATE_OR_PROVINCE "
                + "County/NNP/STATE_OR_PROVINCE ./.").get(1);
        assertThat(hordaland.toponym().text()).isEqualTo("Hordaland County");
        assertThat(hordaland.entry().name()).isEqualTo("Hordaland");
        assertThat(hordaland.entry().country()).isEqualTo("NO");
        assertThat(hordaland.entry().distanceKm(60.39, 5.32)).as("near Bergen").isLessThan(100);
    }

    @Test
    void formerCountriesAreRegionsAtTheirOwnCentre() {
        GazetteerEntry ussr = resolve("He/PRP was/VBD born/VBN in/IN the/DT Soviet/NNP/LOCATION Union/NNP/LOCATION ./.")
                .get(0).entry();
        assertThat(ussr.name()).isEqualTo("Soviet Union");
        assertThat(ussr.feature()).isEqualTo(Feature.REGION);
        assertThat(ussr.featureCode()).isEqualTo(Gazetteer.FORMER_COUNTRY);
        GazetteerEntry gdr = resolve("She/PRP fled/VBD East/NNP/LOCATION Germany/NNP/LOCATION in/IN 1989/CD ./.")
                .get(0).entry();
        assertThat(gdr.name()).isEqualTo("East Germany");
        assertThat(gdr.distanceKm(52.52, 13.40)).as("near Berlin").isLessThan(150);
    }

    @Test
    void straitsAndLakesResolveToTheWaterUnlessContextNamesATown() {
        GazetteerEntry hormuz = resolve("Tankers/NNS crossed/VBD the/DT Strait/NNP/LOCATION of/IN/LOCATION "
                + "Hormuz/NNP/LOCATION ./.").get(0).entry();
        assertThat(hormuz.name()).isEqualTo("Strait of Hormuz");
        assertThat(hormuz.distanceKm(26.57, 56.25)).isLessThan(50);
        GazetteerEntry lake = resolve("Boats/NNS sank/VBD on/IN Lake/NNP/LOCATION Geneva/NNP/LOCATION ./.").get(0).entry();
        assertThat(lake.feature()).isEqualTo(Feature.REGION);
        assertThat(lake.distanceKm(46.45, 6.55)).isLessThan(30);
        GazetteerEntry town = resolve("A/DT fire/NN broke/VBD out/RP in/IN Lake/NNP/CITY Geneva/NNP/CITY ,/, "
                + "Wisconsin/NNP/STATE_OR_PROVINCE ./.").get(0).entry();
        assertThat(town.country()).isEqualTo("US");
        assertThat(town.admin1()).isEqualTo("WI");
    }

    @Test
    void campsAndSlumsAreFoundEvenWhenTheNerMissesThem() {
        ResolvedToponym kakuma = resolve("Refugees/NNS arrived/VBD at/IN Kakuma/NNP/LOCATION camp/NN in/IN "
                + "Kenya/NNP/COUNTRY ./.").get(0);
        assertThat(kakuma.entry().name()).isEqualTo("Kakuma refugee camp");
        assertThat(kakuma.entry().feature()).isEqualTo(Feature.SITE);
        List<ResolvedToponym> dadaab = resolve("Food/NN aid/NN reached/VBD Dadaab/NNP and/CC Kibera/NNP ./.");
        assertThat(dadaab).extracting(r -> r.entry().name()).containsExactly("Dadaab", "Kibera");
        assertThat(dadaab.get(0).entry().country()).isEqualTo("KE");
        assertThat(dadaab.get(1).entry().feature()).isEqualTo(Feature.NEIGHBORHOOD);
        assertThat(dadaab.get(1).entry().distanceKm(-1.29, 36.82)).as("in Nairobi").isLessThan(10);
    }

    @Test
    void aSitesNameContinuesPastTheWordsTheNerTagged() {
        ResolvedToponym plant = resolve("Drones/NNS struck/VBD near/IN the/DT Zaporizhzhia/NNP/LOCATION "
                + "nuclear/JJ power/NN plant/NN ./.").get(0);
        assertThat(plant.toponym().text()).isEqualTo("Zaporizhzhia nuclear power plant");
        assertThat(plant.entry().feature()).isEqualTo(Feature.SITE);
        assertThat(plant.entry().distanceKm(47.51, 34.59)).isLessThan(10);
        ResolvedToponym city = resolve("Drones/NNS struck/VBD a/DT power/NN plant/NN in/IN Zaporizhzhia/NNP/CITY ./.")
                .get(0);
        assertThat(city.toponym().text()).isEqualTo("Zaporizhzhia");
        assertThat(city.entry().feature()).isNotEqualTo(Feature.SITE);
    }

    @Test
    void anEnglishRegionIsNotACompassWordElsewhere() {
        GazetteerEntry ne = resolve("Floods/NNS hit/VBD North/NNP/LOCATION East/NNP/LOCATION England/NNP/LOCATION ./.")
                .get(0).entry();
        assertThat(ne.name()).isEqualTo("North East England");
        assertThat(ne.country()).isEqualTo("GB");
        assertThat(ne.distanceKm(54.97, -1.61)).as("near Newcastle").isLessThan(100);
    }

    private static List<ResolvedToponym> resolve(String tokens) {
        AnnotatedArticle a = new PlaceSentences().sentence(tokens).article();
        List<ResolvedToponym> out = geocoder.resolver().resolve(a, geocoder.recognizer().recognize(a));
        assertThat(out).as(tokens).isNotEmpty().allSatisfy(r -> assertThat(r.entry()).as(r.toponym().text()).isNotNull());
        return out;
    }
}
