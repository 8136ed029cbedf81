package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;

/**
 * Issue 13's place classes on hand-built sentences: the dateline as the story's default setting, "the city
 * of X", places that are actors rather than settings, and names the NER splits, shortens or buries in
 * other names.
 */
class StoryPlacesTest {
    static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    /** The location the geocoder gives one event of the article, with its CAMEO code. */
    static Location locate(AnnotatedArticle a, int sentence, int trigger, String cameo) {
        return geocoder.apply(new CodedArticle(a, List.of(PlaceSentences.event(a, sentence, trigger, cameo)), List.of(),
                List.of())).events().get(0).location();
    }

    /** A Kenyan story with two towns; its first sentence is a dateline when {@code end} is a dash. */
    static AnnotatedArticle kenya(String end) {
        return new PlaceSentences()
                .sentence("NAIROBI/NNP/CITY ,/, July/NNP/DATE 8/CD/DATE " + end,
                        "root(-1,0)", "punct(0,1)", "appos(0,2)", "nummod(2,3)", "punct(0,4)")
                .sentence("Police/NNS fired/VBD tear/NN gas/NN in/IN Nakuru/NNP/CITY ./.",
                        "root(-1,1)", "nsubj(1,0)", "compound(3,2)", "obj(1,3)", "case(5,4)", "obl(1,5)",
                        "punct(1,6)")
                .sentence("The/DT minister/NN accused/VBD opposition/NN politicians/NNS ./.",
                        "root(-1,2)", "det(1,0)", "nsubj(2,1)", "compound(4,3)", "obj(2,4)", "punct(2,5)")
                .article();
    }

    @Test
    void theDatelinesTownIsTheSettingOfEventsWithNoPlaceOfTheirOwn() {
        AnnotatedArticle a = kenya("\u2014/.");
        CodedArticle coded = geocoder.apply(new CodedArticle(a,
                List.of(PlaceSentences.event(a, 1, 1), PlaceSentences.event(a, 2, 2, "112")), List.of(), List.of()));
        assertThat(coded.events().get(0).location().name()).as("stated by its clause").isEqualTo("Nakuru");
        Location setting = coded.events().get(1).location();
        assertThat(setting.name()).isEqualTo("Nairobi");
        assertThat(setting.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(setting.text()).as("inferred, not stated").isNull();
    }

    @Test
    void aFirstSentenceThatDoesNotEndAtADashIsNoDateline() {
        AnnotatedArticle a = kenya("./.");
        Location setting = locate(a, 2, 2, "112");
        assertThat(setting.precision()).as("two towns: the country").isEqualTo(LocationPrecision.COUNTRY);
        assertThat(setting.country()).isEqualTo("KEN");
    }

    @Test
    void theCityOfXPlacesTheEventAtX() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("A/DT missile/NN hit/VBD a/DT building/NN in/IN the/DT central/JJ city/NN of/IN "
                                + "Poltava/NNP/CITY ./.",
                        "root(-1,2)", "det(1,0)", "nsubj(2,1)", "det(4,3)", "obj(2,4)", "case(8,5)", "det(8,6)",
                        "amod(8,7)", "nmod(4,8)", "case(10,9)", "nmod(8,10)", "punct(2,11)")
                .article();
        Location where = locate(a, 0, 2, "190");
        assertThat(where.text()).isEqualTo("Poltava");
        assertThat(where.country()).isEqualTo("UKR");
    }

    @Test
    void aTownAsTheObjectOfAnAccusationIsAGovernmentNotTheSetting() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Burundi/NNP/COUNTRY 's/POS president/NN accused/VBD Kigali/NNP/CITY of/IN arming/VBG "
                                + "rebels/NNS ./.",
                        "root(-1,3)", "nmod:poss(2,0)", "case(0,1)", "nsubj(3,2)", "obj(3,4)", "mark(6,5)",
                        "advcl(3,6)", "obj(6,7)", "punct(3,8)")
                .article();
        Location accused = locate(a, 0, 3, "112");
        assertThat(accused.text()).as("not 'Kigali'").isNull();
        Location shelled = locate(a, 0, 3, "195");
        assertThat(shelled.text()).as("the object of an attack is where it happened").isEqualTo("Kigali");
    }

    @Test
    void thePassiveAgentIsNotAPlaceBesideTheVerb() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Kyiv/NNP/CITY accepted/VBD a/DT ceasefire/NN proposed/VBN by/IN Washington/NNP/CITY ./.",
                        "root(-1,1)", "nsubj(1,0)", "det(3,2)", "obj(1,3)", "acl(3,4)", "case(6,5)", "obl(4,6)",
                        "punct(1,7)")
                .sentence("Tents/NNS stood/VBD by/IN Lake/NNP/LOCATION Kivu/NNP/LOCATION ./.",
                        "root(-1,1)", "nsubj(1,0)", "case(4,2)", "compound(4,3)", "obl(1,4)", "punct(1,5)")
                .article();
        assertThat(EventLocator.pathToTrigger(a.sentences().get(0), 6, 3)).isEqualTo(-1);
        assertThat(EventLocator.pathToTrigger(a.sentences().get(0), 6, 4, false)).isEqualTo(-1);
        assertThat(EventLocator.hasLocativeOnPath(a.sentences().get(1), 4, 1)).as("'by' a place after an active"
                + " verb is still a place").isTrue();
    }

    @Test
    void namesSplitAtAHyphenOrShortenedByTheNerAreWhole() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("ECOWAS/NNP/ORGANIZATION sanctioned/VBD officials/NNS in/IN Guinea/NNP/COUNTRY "
                                + "^-/HYPH/COUNTRY ^Bissau/NNP/COUNTRY and/CC West/NNP Virginia/NNP/STATE_OR_PROVINCE ./.",
                        "root(-1,1)", "nsubj(1,0)", "obj(1,2)", "case(4,3)", "nmod(2,4)", "punct(4,5)",
                        "flat(4,6)", "cc(9,7)", "compound(9,8)", "conj(4,9)", "punct(1,10)")
                .article();
        assertThat(geocoder.recognizer().recognize(a)).extracting(Toponym::text)
                .containsExactly("Guinea-Bissau", "West Virginia");
        CodedArticle coded = geocoder.apply(CodedArticle.of(a));
        assertThat(coded.places()).extracting(p -> p.country()).containsExactly("GNB", "USA");
    }

    @Test
    void placesInsideFacilityAndOrganisationNamesAreFoundAndFlagged() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("He/PRP was/VBD held/VBN at/IN the/DT Henderson/NNP/LOCATION County/NNP/LOCATION "
                                + "Jail/NNP/LOCATION ,/, the/DT U.S./NNP/ORGANIZATION Department/NNP/ORGANIZATION "
                                + "said/VBD ,/, citing/VBG American/NNP/ORGANIZATION Electric/NNP/ORGANIZATION ./.",
                        "root(-1,12)", "nsubj:pass(2,0)", "aux:pass(2,1)", "ccomp(12,2)", "case(7,3)", "det(7,4)",
                        "compound(7,5)", "compound(7,6)", "obl(2,7)", "punct(12,8)", "det(11,9)",
                        "compound(11,10)", "nsubj(12,11)", "punct(12,13)", "advcl(12,14)", "compound(16,15)",
                        "obj(14,16)", "punct(12,17)")
                .article();
        assertThat(geocoder.recognizer().recognize(a)).extracting(Toponym::text, Toponym::kind, Toponym::inName)
                .containsExactly(tuple("Henderson County", Toponym.Kind.NAME, true),
                        tuple("U.S.", Toponym.Kind.NAME, true),
                        tuple("American", Toponym.Kind.DEMONYM, true));
    }

    @Test
    void aDatelinesTownInCapitalsIsFoundAndSoAreItsLaterMentions() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("MANSFIELD/NNP --/: Mansfield/NNP/PERSON Mayor/NNP/PERSON Curtis/NNP/PERSON McCoy/NNP/PERSON "
                                + "wants/VBZ a/DT patrol/NN ./.",
                        "root(-1,6)", "dep(6,0)", "punct(6,1)", "compound(5,2)", "compound(5,3)", "compound(5,4)",
                        "nsubj(6,5)", "det(8,7)", "obj(6,8)", "punct(6,9)")
                .sentence("Mansfield/NNP/ORGANIZATION voters/NNS chose/VBD him/PRP ./.",
                        "root(-1,2)", "compound(1,0)", "nsubj(2,1)", "obj(2,3)", "punct(2,4)")
                .article();
        // the mayor's town is found by the public-body frame ("Mansfield Mayor"), the voters' by propagation
        assertThat(geocoder.recognizer().recognize(a)).extracting(Toponym::text, Toponym::source)
                .containsExactly(tuple("MANSFIELD", "DATELINE"), tuple("Mansfield", "FRAME"),
                        tuple("Mansfield", "PROPAGATED"));
        assertThat(RepeatedNames.titleCase("FALLS VILLAGE")).isEqualTo("Falls Village");
        assertThat(RepeatedNames.titleCase("ST. PAUL")).isEqualTo("St. Paul");
    }

    @Test
    void aCountryNoOtherPlaceLiesInLosesToTheTownBesideThem() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("A/DT Jordan/NNP/CITY man/NN was/VBD hurt/VBN in/IN a/DT crash/NN near/IN Shakopee/NNP/CITY "
                                + "and/CC Prior/NNP/CITY Lake/NNP/CITY ./.",
                        "root(-1,4)", "det(2,0)", "compound(2,1)", "nsubj:pass(4,2)", "aux:pass(4,3)", "case(7,5)",
                        "det(7,6)", "obl(4,7)", "case(9,8)", "nmod(7,9)", "cc(11,10)", "compound(12,11)",
                        "conj(9,12)", "punct(4,13)")
                .article();
        assertThat(geocoder.apply(CodedArticle.of(a)).places()).extracting(p -> p.text(), p -> p.country())
                .contains(tuple("Jordan", "USA"), tuple("Shakopee", "USA"));
    }
}
