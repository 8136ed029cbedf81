package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;

/** Recognition, resolution and event location on hand-built sentences. */
class GeocoderTest {
    static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    /** "Rockets were fired near a neighborhood in Baghdad's Sheikh Omar region." */
    static AnnotatedArticle rocketFire() {
        return new PlaceSentences().sentence(
                "Rockets/NNS were/VBD fired/VBN near/IN a/DT neighborhood/NN in/IN Baghdad/NNP/CITY 's/POS "
                        + "Sheikh/NNP/PERSON Omar/NNP/PERSON region/NN ./.",
                "root(-1,2)", "nsubj:pass(2,0)", "aux:pass(2,1)", "case(5,3)", "det(5,4)", "obl:near(2,5)",
                "case(11,6)", "nmod:poss(11,7)", "case(7,8)", "compound(11,9)", "flat(9,10)", "nmod:in(5,11)",
                "punct(2,12)").article();
    }

    @Test
    void recognisesNerPlacesAndCuratedDistrictsTheNerCalledPeople() {
        List<Toponym> found = geocoder.recognizer().recognize(rocketFire());
        assertThat(found).extracting(Toponym::text).containsExactly("Baghdad", "Sheikh Omar");
        assertThat(found.get(1).source()).isEqualTo("GAZETTEER");
    }

    @Test
    void locatesTheRocketFireInTheNeighbourhoodItsClauseNames() {
        AnnotatedArticle a = rocketFire();
        CodedArticle coded = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 0, 2)), List.of(), List.of()));
        Location where = coded.events().get(0).location();
        assertThat(where.name()).isEqualTo("Sheikh Omar");
        assertThat(where.precision()).isEqualTo(LocationPrecision.NEIGHBORHOOD);
        assertThat(where.country()).isEqualTo("IRQ");
        assertThat(where.admin1()).isEqualTo("Baghdad");
        assertThat(Geo.distanceKm(where.lat(), where.lon(), 33.3406, 44.4009)).isLessThan(10);
        assertThat(coded.places()).extracting(Place::text).containsExactly("Baghdad", "Sheikh Omar");
        Place baghdad = coded.places().get(0);
        assertThat(baghdad.geonamesId()).isEqualTo(98182L);
        assertThat(baghdad.feature()).isEqualTo("city");
        assertThat(baghdad.country()).isEqualTo("IRQ");
    }

    @Test
    void demonymsAndPlaceWordsInsideOrganisationNamesAreNeverEventLocations() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("The/DT Iraqi/JJ/NATIONALITY parliament/NN voted/VBD to/TO expel/VB US/NNP/COUNTRY forces/NNS ./.",
                        "root(-1,3)", "det(2,0)", "amod(2,1)", "nsubj(3,2)", "mark(5,4)", "xcomp(3,5)",
                        "compound(7,6)", "obj(5,7)", "punct(3,8)")
                .sentence("Police/NNS arrested/VBD him/PRP at/IN the/DT Ohio/NNP/ORGANIZATION State/NNP/ORGANIZATION "
                                + "University/NNP/ORGANIZATION ./.",
                        "root(-1,1)", "nsubj(1,0)", "obj(1,2)", "case(7,3)", "det(7,4)", "compound(7,5)",
                        "compound(7,6)", "obl:at(1,7)", "punct(1,8)")
                .article();
        List<Toponym> found = geocoder.recognizer().recognize(a);
        assertThat(found).extracting(Toponym::text, Toponym::kind, Toponym::inName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Iraqi", Toponym.Kind.DEMONYM, false),
                org.assertj.core.groups.Tuple.tuple("US", Toponym.Kind.NAME, false),
                org.assertj.core.groups.Tuple.tuple("Ohio", Toponym.Kind.NAME, true));
        CodedArticle coded = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 1, 1)), List.of(),
                List.of()));
        assertThat(coded.places()).extracting(Place::text, Place::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Iraqi", Place.ADJECTIVAL),
                org.assertj.core.groups.Tuple.tuple("US", Place.NAME),
                org.assertj.core.groups.Tuple.tuple("Ohio", Place.NAME));
        assertThat(coded.places().get(0).country()).as("an adjectival reference resolves to its country").isEqualTo("IRQ");
        assertThat(coded.places().get(1).country()).isEqualTo("USA");
        Location where = coded.events().get(0).location();
        assertThat(where.text()).as("not tied to the university's name").isNull();
        assertThat(where.precision()).isEqualTo(LocationPrecision.COUNTRY);
    }

    @Test
    void aStateAfterACommaDecidesWhichTownIsMeant() {
        assertThat(resolve("Protests/NNS spread/VBD in/IN Athens/NNP/CITY ./.").get(0).entry().country())
                .isEqualTo("GR");
        List<ResolvedToponym> r = resolve(
                "Protests/NNS spread/VBD in/IN Athens/NNP/CITY ,/, Georgia/NNP/STATE_OR_PROVINCE ./.");
        assertThat(r.get(0).entry().country()).isEqualTo("US");
        assertThat(r.get(0).entry().admin1()).isEqualTo("GA");
        assertThat(r.get(1).entry().feature()).isEqualTo(Feature.ADMIN1);
        assertThat(resolve("He/PRP lives/VBZ in/IN Paris/NNP/CITY ,/, Texas/NNP/STATE_OR_PROVINCE ./.")
                .get(0).entry().admin1()).isEqualTo("TX");
    }

    @Test
    void aCompassWordQualifiesThePlaceAndInstitutionsContainPlaces() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("She/PRP moved/VBD to/TO North/NNP/LOCATION Texas/NNP/LOCATION from/IN the/DT "
                        + "University/NNP/ORGANIZATION of/IN/ORGANIZATION Georgia/NNP/ORGANIZATION ./.")
                .article();
        List<Toponym> found = geocoder.recognizer().recognize(a);
        assertThat(found).extracting(Toponym::text, Toponym::inName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Texas", false),
                org.assertj.core.groups.Tuple.tuple("Georgia", true));
        assertThat(geocoder.resolver().resolve(a, found).get(0).entry().admin1()).isEqualTo("TX");
    }

    @Test
    void aCapitalBeatsTheDivisionNamedLikeItUnlessCalledAState() {
        GazetteerEntry dc = resolve("Iran/NNP/COUNTRY pressured/VBD Washington/NNP/STATE_OR_PROVINCE ./.").get(1).entry();
        assertThat(dc.featureCode()).isEqualTo("PPLC");
        assertThat(dc.country()).isEqualTo("US");
        GazetteerEntry state = resolve("Fires/NNS burned/VBD in/IN Washington/NNP/STATE_OR_PROVINCE "
                + "state/NN/STATE_OR_PROVINCE ./.").get(0).entry();
        assertThat(state.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(state.admin1()).isEqualTo("WA");
    }

    @Test
    void aGenericWordAroundTheNameSaysWhatKindOfPlaceItIs() {
        GazetteerEntry capital = resolve("A/DT cow/NN was/VBD found/VBN at/IN a/DT Washington/NNP/LOCATION "
                + "farm/NN ./.").get(0).entry();
        assertThat(capital.featureCode()).isEqualTo("PPLC");
        GazetteerEntry state = resolve("A/DT cow/NN was/VBD found/VBN at/IN a/DT Washington/NNP/LOCATION "
                + "state/NN farm/NN ./.").get(0).entry();
        assertThat(state.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(state.admin1()).isEqualTo("WA");
        GazetteerEntry victoria = resolve("Most/JJS cases/NNS were/VBD in/IN the/DT state/NN of/IN "
                + "Victoria/NNP/LOCATION ./.").get(0).entry();
        assertThat(victoria.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(victoria.country()).isEqualTo("AU");
    }

    @Test
    void placesListedTogetherAreOfOneKindAndCountry() {
        List<ResolvedToponym> provinces = resolve("Illnesses/NNS occurred/VBD in/IN British/NNP/LOCATION "
                + "Columbia/NNP/LOCATION ,/, Alberta/NNP/LOCATION ,/, Manitoba/NNP/LOCATION and/CC "
                + "New/NNP/LOCATION Brunswick/NNP/LOCATION ./.");
        assertThat(provinces).extracting(t -> t.entry().country()).containsOnly("CA");
        assertThat(provinces).extracting(t -> t.entry().feature()).containsOnly(Feature.ADMIN1);
        List<ResolvedToponym> counties = resolve("Fires/NNS burned/VBD in/IN Eastland/NNP/LOCATION and/CC "
                + "Callahan/NNP/LOCATION counties/NNS ./.");
        assertThat(counties).extracting(t -> t.entry().feature()).containsOnly(Feature.ADMIN2);
        assertThat(counties).extracting(t -> t.entry().admin1()).containsOnly("TX");
        List<ResolvedToponym> contained = resolve("He/PRP lives/VBZ in/IN Paris/NNP/CITY ,/, "
                + "Texas/NNP/STATE_OR_PROVINCE ./.");
        assertThat(contained.get(0).entry().feature()).as("a containment, not a list").isEqualTo(Feature.CITY);
    }

    @Test
    void anEventADistanceAndDirectionFromATownIsPlacedAtThatTown() {
        AnnotatedArticle a = new PlaceSentences().sentence(
                "Gunmen/NNS attacked/VBD an/DT army/NN checkpoint/NN 20/CD km/NN west/RB of/IN "
                        + "Mosul/NNP/CITY ./.",
                "root(-1,1)", "nsubj(1,0)", "det(6,2)", "compound(4,3)", "dep(6,4)", "nummod(6,5)", "obj(1,6)",
                "advmod(6,7)", "case(9,8)", "nmod(6,9)", "punct(1,10)").article();
        CodedArticle coded = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 0, 1)), List.of(), List.of()));
        Location where = coded.events().get(0).location();
        assertThat(where.text()).isEqualTo("Mosul");
        assertThat(where.precision()).isEqualTo(LocationPrecision.CITY);
        AnnotatedArticle owned = new PlaceSentences().sentence(
                "The/DT governor/NN of/IN Mosul/NNP/CITY resigned/VBD ./.",
                "root(-1,4)", "det(1,0)", "nsubj(4,1)", "case(3,2)", "nmod(1,3)", "punct(4,5)").article();
        CodedArticle notThere = geocoder.apply(new CodedArticle(owned, List.of(PlaceSentences.event(owned, 0, 4)),
                List.of(), List.of()));
        assertThat(notThere.events().get(0).location().text()).as("'of' alone does not place an event").isNull();
    }

    @Test
    void aGenericWordTheGazetteerLacksIsDroppedToFindThePlace() {
        GazetteerEntry valley = resolve("Farms/NNS in/IN California/NNP/STATE_OR_PROVINCE 's/POS Salinas/NNP/LOCATION "
                + "Valley/NNP/LOCATION were/VBD hit/VBN ./.").get(1).entry();
        assertThat(valley.name()).isEqualTo("Salinas");
        assertThat(valley.admin1()).isEqualTo("CA");
        GazetteerEntry prefecture = resolve("Cases/NNS rose/VBD in/IN Akita/NNP/STATE_OR_PROVINCE "
                + "Prefecture/NNP/STATE_OR_PROVINCE ./.").get(0).entry();
        assertThat(prefecture.feature()).isEqualTo(Feature.ADMIN1);
        assertThat(prefecture.country()).isEqualTo("JP");
        GazetteerEntry mumbai = resolve("Rain/NN flooded/VBD Greater/NNP/CITY Mumbai/NNP/CITY ./.").get(0).entry();
        assertThat(mumbai.country()).isEqualTo("IN");
        GazetteerEntry island = resolve("Storms/NNS hit/VBD the/DT North/NNP/LOCATION Island/NNP/LOCATION "
                + "of/IN New/NNP/COUNTRY Zealand/NNP/COUNTRY ./.").get(0).entry();
        assertThat(island.country()).as("the island, not a division called North").isEqualTo("NZ");
    }

    @Test
    void namesListedWithARecognisedPlaceAreRecognisedWhenTheyLieInItsCountry() {
        AnnotatedArticle a = new PlaceSentences().sentence("Boko/NNP/PERSON Haram/NNP/PERSON attacked/VBD "
                + "Konduga/NNP/PERSON ,/, Bama/NNP/PERSON ,/, Gwoza/NNP/LOCATION and/CC Maiduguri/NNP/CITY "
                + "in/IN Nigeria/NNP/COUNTRY ./.").article();
        List<Toponym> found = geocoder.recognizer().recognize(a);
        assertThat(found).extracting(Toponym::text)
                .containsExactly("Konduga", "Bama", "Gwoza", "Maiduguri", "Nigeria");
        assertThat(geocoder.resolver().resolve(a, found)).extracting(r -> r.entry().country()).containsOnly("NG");
        AnnotatedArticle people = new PlaceSentences().sentence("Smith/NNP/PERSON ,/, Jones/NNP/PERSON and/CC "
                + "Brown/NNP/PERSON visited/VBD Nairobi/NNP/CITY ./.").article();
        assertThat(geocoder.recognizer().recognize(people)).extracting(Toponym::text).containsExactly("Nairobi");
    }

    @Test
    void bareCongoIsTheCountryItsTownsLieIn() {
        List<ResolvedToponym> east = resolve("Attacks/NNS hit/VBD Beni/NNP/CITY and/CC Goma/NNP/CITY in/IN "
                + "Congo/NNP/COUNTRY ./.");
        assertThat(east.get(east.size() - 1).entry().country()).isEqualTo("CD");
        List<ResolvedToponym> west = resolve("Officials/NNS from/IN Congo/NNP/COUNTRY met/VBD in/IN "
                + "Brazzaville/NNP/CITY ./.");
        assertThat(west.get(0).entry().country()).isEqualTo("CG");
    }

    @Test
    void aDirectionFromAKnownPlaceKeepsTheTownNearIt() {
        List<ResolvedToponym> r = resolve("Protests/NNS spread/VBD to/TO Athens/NNP/CITY ,/, east/RB of/IN "
                + "Atlanta/NNP/CITY ./.");
        assertThat(r.get(0).entry().country()).isEqualTo("US");
        assertThat(r.get(0).entry().distanceKm(r.get(1).entry())).isLessThan(150);
    }

    @Test
    void aProvinceAfterInDecidesTheTown() {
        assertThat(resolve("Fighting/NN continued/VBD in/IN Cordoba/NNP/CITY ./.").get(0).entry().country())
                .isEqualTo("AR");
        List<ResolvedToponym> r = resolve("Fighting/NN continued/VBD in/IN Cordoba/NNP/CITY in/IN "
                + "Andalusia/NNP/STATE_OR_PROVINCE ./.");
        assertThat(r.get(0).entry().country()).isEqualTo("ES");
        assertThat(r.get(0).entry().within(r.get(1).entry())).isTrue();
    }

    @Test
    void theCountryTheArticleIsAboutDecidesAmbiguousNames() {
        List<ResolvedToponym> r = resolve("Troops/NNS left/VBD Ramadi/NNP/CITY and/CC Fallujah/NNP/CITY for/IN "
                + "Haditha/NNP/CITY in/IN Iraq/NNP/COUNTRY ./.");
        assertThat(r).allSatisfy(t -> assertThat(t.entry().country()).isEqualTo("IQ"));
    }

    @Test
    void anEventWithoutAPlaceInItsClauseGetsTheSettingAtACoarserPrecision() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Clashes/NNS erupted/VBD in/IN Mosul/NNP/CITY and/CC Tal/NNP/CITY Afar/NNP/CITY ./.",
                        "root(-1,1)", "nsubj(1,0)", "case(3,2)", "obl:in(1,3)", "cc(5,4)", "conj(3,5)",
                        "flat(5,6)", "punct(1,7)")
                .sentence("Gunmen/NNS attacked/VBD a/DT checkpoint/NN ./.",
                        "root(-1,1)", "nsubj(1,0)", "det(3,2)", "obj(1,3)", "punct(1,4)")
                .article();
        CodedArticle coded = geocoder.apply(new CodedArticle(a,
                List.of(PlaceSentences.event(a, 0, 1), PlaceSentences.event(a, 1, 1)), List.of(), List.of()));
        Location tied = coded.events().get(0).location();
        assertThat(tied.name()).isEqualTo("Mosul");
        assertThat(tied.precision()).isEqualTo(LocationPrecision.CITY);
        Location setting = coded.events().get(1).location();
        assertThat(setting.text()).isNull();
        assertThat(setting.precision()).isEqualTo(LocationPrecision.ADMIN1);
        assertThat(setting.admin1()).isEqualTo("Nineveh");
    }

    @Test
    void anArticleSetInOneTownGivesItsUnplacedEventsThatTown() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Clashes/NNS erupted/VBD in/IN Kirkuk/NNP/CITY ./.",
                        "root(-1,1)", "nsubj(1,0)", "case(3,2)", "obl:in(1,3)", "punct(1,4)")
                .sentence("Gunmen/NNS attacked/VBD a/DT checkpoint/NN ./.",
                        "root(-1,1)", "nsubj(1,0)", "det(3,2)", "obj(1,3)", "punct(1,4)")
                .article();
        CodedArticle coded = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 1, 1)), List.of(),
                List.of()));
        Location setting = coded.events().get(0).location();
        assertThat(setting.name()).isEqualTo("Kirkuk");
        assertThat(setting.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(setting.text()).as("inferred, not stated").isNull();
    }

    @Test
    void theDemonymCapitalNamesTheCountrysCapitalAndABareCapitalTheSettingsOne() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Rockets/NNS hit/VBD the/DT Iraqi/JJ/NATIONALITY capital/NN on/IN Monday/NNP/DATE ./.",
                        "root(-1,1)", "nsubj(1,0)", "det(4,2)", "amod(4,3)", "obj(1,4)", "case(6,5)",
                        "obl:on(1,6)", "punct(1,7)")
                .article();
        CodedArticle coded = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 0, 1)), List.of(),
                List.of()));
        Location where = coded.events().get(0).location();
        assertThat(where.name()).isEqualTo("Baghdad");
        assertThat(where.text()).isEqualTo("the Iraqi capital");
        assertThat(where.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(coded.places()).as("a description, not a place name: only the adjective is listed")
                .extracting(Place::text, Place::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Iraqi", Place.ADJECTIVAL));

        AnnotatedArticle bare = new PlaceSentences()
                .sentence("Tension/NN rose/VBD in/IN Somalia/NNP/COUNTRY ./.",
                        "root(-1,1)", "nsubj(1,0)", "case(3,2)", "obl:in(1,3)", "punct(1,4)")
                .sentence("A/DT bomb/NN exploded/VBD in/IN the/DT capital/NN ./.",
                        "root(-1,2)", "det(1,0)", "nsubj(2,1)", "case(5,3)", "det(5,4)", "obl:in(2,5)",
                        "punct(2,6)")
                .article();
        Location capital = geocoder.apply(new CodedArticle(bare, List.of(PlaceSentences.event(bare, 1, 2)),
                List.of(), List.of())).events().get(0).location();
        assertThat(capital.name()).isEqualTo("Mogadishu");

        AnnotatedArticle economic = new PlaceSentences()
                .sentence("Tension/NN rose/VBD in/IN Nigeria/NNP/COUNTRY ./.",
                        "root(-1,1)", "nsubj(1,0)", "case(3,2)", "obl:in(1,3)", "punct(1,4)")
                .sentence("A/DT bomb/NN exploded/VBD in/IN the/DT economic/JJ capital/NN ./.",
                        "root(-1,2)", "det(1,0)", "nsubj(2,1)", "case(6,3)", "det(6,4)", "amod(6,5)",
                        "obl:in(2,6)", "punct(2,7)")
                .article();
        Location notAbuja = geocoder.apply(new CodedArticle(economic, List.of(PlaceSentences.event(economic, 1, 2)),
                List.of(), List.of())).events().get(0).location();
        assertThat(notAbuja.precision()).as("'the economic capital' is not the capital").isEqualTo(LocationPrecision.COUNTRY);
    }

    @Test
    void aNominalTriggerIsPlacedByTheVerbItIsTheSubjectOf() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("An/DT explosion/NN tore/VBD through/IN a/DT market/NN in/IN Mosul/NNP/CITY and/CC "
                                + "a/DT town/NN near/IN Kirkuk/NNP/CITY ./.",
                        "root(-1,2)", "det(1,0)", "nsubj(2,1)", "case(5,3)", "det(5,4)", "obl:through(2,5)",
                        "case(7,6)", "nmod:in(5,7)", "cc(10,8)", "det(10,9)", "conj(5,10)", "case(12,11)",
                        "nmod:near(10,12)", "punct(2,13)")
                .article();
        Location where = geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, 0, 1)), List.of(),
                List.of())).events().get(0).location();
        assertThat(where.text()).as("stated by the clause, not the setting").isNotNull();
        assertThat(where.precision()).isEqualTo(LocationPrecision.CITY);
    }

    @Test
    void aPlaceThatIsTheSubjectIsNotWhereTheEventHappened() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Washington/NNP/CITY condemned/VBD the/DT attack/NN ./.",
                        "root(-1,1)", "nsubj(1,0)", "det(3,2)", "obj(1,3)", "punct(1,4)")
                .article();
        assertThat(EventLocator.pathToTrigger(a.sentences().get(0), 0, 1)).isEqualTo(-1);
    }

    @Test
    void inhabitantNamesLeadToThePlaceTheyAreFormedFrom() {
        assertThat(stemPlaces("ohioans")).extracting(GazetteerEntry::name, GazetteerEntry::feature)
                .contains(org.assertj.core.groups.Tuple.tuple("Ohio", Feature.ADMIN1));
        assertThat(stemPlaces("Ontarians")).extracting(GazetteerEntry::name).contains("Ontario");
        assertThat(stemPlaces("Minnesotan")).extracting(GazetteerEntry::name).contains("Minnesota");
        assertThat(stemPlaces("Texan")).extracting(GazetteerEntry::name).contains("Texas");
        assertThat(stemPlaces("Dagestani")).extracting(GazetteerEntry::country).contains("RU");
        assertThat(stemPlaces("New Londoners")).extracting(GazetteerEntry::name).contains("New London")
                .hasSizeGreaterThan(1); // every New London competes, not only the biggest
        assertThat(stemPlaces("Britian")).as("only hamlets match the stem").isEmpty();
        assertThat(stemPlaces("Baghdad")).isEmpty();
    }

    private static List<GazetteerEntry> stemPlaces(String word) {
        Gazetteer g = geocoder.gazetteer();
        return java.util.Arrays.stream(geocoder.resolver().demonymStemCodes(NameKey.of(word)))
                .mapToObj(c -> g.entry(c >>> 1)).toList();
    }

    private static List<ResolvedToponym> resolve(String tokens) {
        AnnotatedArticle a = new PlaceSentences().sentence(tokens).article();
        return geocoder.resolver().resolve(a, geocoder.recognizer().recognize(a));
    }
}
