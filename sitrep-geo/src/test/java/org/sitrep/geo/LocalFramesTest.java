package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.geo.eval.GeoEvaluation;
import org.sitrep.geo.eval.GeoReport;
import org.sitrep.geo.eval.GoldArticle;
import org.sitrep.geo.eval.GoldToponym;
import org.sitrep.model.CodedArticle;

/**
 * Town names local news writes in fixed frames the NER does not tag as places, and the other recognition
 * rules of issue 13's geoparsing pass (natural features, compass words, abbreviations, datelines), on
 * hand-built sentences with the tags CoreNLP gives such text.
 */
class LocalFramesTest {
    static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    static List<Toponym> recognize(String tokens) {
        AnnotatedArticle a = new PlaceSentences().sentence(tokens).article();
        return geocoder.recognizer().recognize(a);
    }

    @Test
    void aLegislatorsDistrictAfterThePartyIsAPlaceInsideAName() {
        assertThat(recognize("Rep./NNP Jane/NNP/PERSON Doe/NNP/PERSON ,/, R/NNP -/HYPH Ashland/NNP/PERSON ,/, "
                + "opposed/VBD the/DT bill/NN ./."))
                .extracting(Toponym::text, Toponym::source, Toponym::inName)
                .containsExactly(tuple("Ashland", "FRAME", true));
    }

    @Test
    void aPersonsHomeTownAfterOfIsAPlace() {
        assertThat(recognize("Maria/NNP/PERSON Lopez/NNP/PERSON ,/, 34/CD/NUMBER ,/, of/IN Grovetown/NNP/PERSON ,/, "
                + "was/VBD arrested/VBN ./."))
                .extracting(Toponym::text, Toponym::inName)
                .containsExactly(tuple("Grovetown", false));
        assertThat(recognize("The/DT award/NN went/VBD to/TO Smith/NNP/PERSON of/IN Microsoft/NNP/ORGANIZATION ./."))
                .as("a company is no home town").isEmpty();
    }

    @Test
    void aResidentsTownBeforeManIsAPlace() {
        assertThat(recognize("A/DT Chapin/NNP/PERSON man/NN won/VBD the/DT race/NN ./."))
                .extracting(Toponym::text).containsExactly("Chapin");
        assertThat(recognize("The/DT Kennedy/NNP/PERSON family/NN met/VBD ./.")).as("a family is no resident noun")
                .isEmpty();
    }

    @Test
    void aTownsPublicBodyGivesTheTownButACourtsTitleDoesNot() {
        assertThat(recognize("Volunteers/NNS of/IN the/DT Oakdale/NNP/ORGANIZATION Fire/NNP/ORGANIZATION "
                + "Department/NNP/ORGANIZATION held/VBD a/DT dinner/NN ./."))
                .extracting(Toponym::text, Toponym::inName).containsExactly(tuple("Oakdale", true));
        assertThat(recognize("Lunch/NN is/VBZ served/VBN at/IN the/DT Wamego/NNP/ORGANIZATION "
                + "Seniors/NNS/ORGANIZATION Center/NNP/ORGANIZATION daily/RB ./."))
                .as("a plural the tagger calls NNS stays in the run").extracting(Toponym::text)
                .containsExactly("Wamego");
        assertThat(recognize("He/PRP appeared/VBD before/IN Superior/NNP/ORGANIZATION Court/NNP/ORGANIZATION "
                + "Judge/NNP Ann/NNP/PERSON Lee/NNP/PERSON ./.")).isEmpty();
        assertThat(recognize("Workers/NNS at/IN the/DT SOS/NNP/ORGANIZATION Emergency/NNP/ORGANIZATION "
                + "Relief/NNP/ORGANIZATION centres/NNS helped/VBD ./.")).as("an acronym is no town").isEmpty();
    }

    @Test
    void theMembersOfAListOfCountiesAreCounties() {
        assertThat(recognize("Snow/NN closed/VBD schools/NNS in/IN Stearns/NNP/PERSON ,/, Otter/NNP/PERSON "
                + "Tail/NNP/PERSON and/CC Pope/NNP/PERSON counties/NNS ./."))
                .extracting(Toponym::text).containsExactly("Stearns", "Otter Tail", "Pope");
    }

    @Test
    void aTownAfterInAtTheClausesEndIsAPlaceThoughTaggedAPerson() {
        assertThat(recognize("The/DT clinic/NN treats/VBZ patients/NNS in/IN "
                + "Anderson/NNP/PERSON ./."))
                .extracting(Toponym::text).containsExactly("Anderson");
        assertThat(recognize("He/PRP believed/VBD in/IN Anderson/NNP/PERSON 's/POS plan/NN ./."))
                .as("a possessive continues the name: the person").isEmpty();
    }

    @Test
    void aStateAbbreviationKeepsThePeriodTheTokenizerSplitOff() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("He/PRP grew/VBD up/RP in/IN Opelika/NNP/CITY ,/, "
                        + "Ala/NNP/LOCATION ^./.").article();
        assertThat(geocoder.recognizer().recognize(a)).extracting(Toponym::text)
                .containsExactly("Opelika", "Ala.");
        a = new PlaceSentences()
                .sentence("She/PRP moved/VBD to/TO Dalton/NNP/CITY ,/, Ga/NNP/LOCATION ^./.").article();
        assertThat(geocoder.recognizer().recognize(a)).as("Ga is not_a_place alone, but not before its period")
                .extracting(Toponym::text).containsExactly("Dalton", "Ga.");
    }

    @Test
    void aRiverNamedAfterATownIsAPlaceAtTheTown() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("Kayakers/NNS paddled/VBD down/IN the/DT Sacramento/NNP/CITY "
                        + "River/NNP/LOCATION ./.").article();
        List<Toponym> found = geocoder.recognizer().recognize(a);
        assertThat(found).extracting(Toponym::text, Toponym::inName)
                .containsExactly(tuple("Sacramento River", false));
        GazetteerEntry e = geocoder.resolver().resolve(a, found).get(0).entry();
        assertThat(e.name()).isEqualTo("Sacramento");
        assertThat(e.admin1()).isEqualTo("CA");
    }

    @Test
    void compassWordsOpenATownsNameOrQualifyAState() {
        assertThat(recognize("An/DT officer/NN of/IN the/DT North/NNP/ORGANIZATION Las/NNP/ORGANIZATION "
                + "Vegas/NNP/ORGANIZATION Police/NNP/ORGANIZATION Department/NNP/ORGANIZATION testified/VBD ./."))
                .extracting(Toponym::text, Toponym::inName).containsExactly(tuple("North Las Vegas", true));
        assertThat(recognize("Teachers/NNS across/IN Northeast/NNP/STATE_OR_PROVINCE Georgia/NNP/STATE_OR_PROVINCE "
                + "got/VBD raises/NNS ./."))
                .as("not Iceland's Northeast region as a facility's town").extracting(Toponym::text)
                .containsExactly("Georgia");
        assertThat(recognize("Metro/NNP/LOCATION Vancouver/NNP/LOCATION raised/VBD water/NN rates/NNS ./."))
                .extracting(Toponym::text).containsExactly("Vancouver");
    }

    @Test
    void aDatelineMayCarryTheAgencyAndHoldsALongerNameThanTheNer() {
        assertThat(recognize("MOUNT/NNP GILEAD/NNP (/-LRB- AP/NNP/ORGANIZATION )/-RRB- --/: The/DT village/NN "
                + "council/NN met/VBD ./."))
                .extracting(Toponym::text, Toponym::source).containsExactly(tuple("MOUNT GILEAD", "DATELINE"));
        AnnotatedArticle a = new PlaceSentences()
                .sentence("ST./NNP PARIS/NNP/CITY --/: The/DT school/NN board/NN met/VBD ./.").article();
        List<Toponym> found = geocoder.recognizer().recognize(a);
        assertThat(found).extracting(Toponym::text).containsExactly("ST. PARIS");
        CodedArticle coded = geocoder.apply(CodedArticle.of(a));
        assertThat(coded.places()).extracting(p -> p.country()).containsExactly("USA");
    }

    @Test
    void theEvaluationListsTheGoldToponymsNotFoundWithTheirTagsAndSentence() {
        AnnotatedArticle a = new PlaceSentences()
                .sentence("He/PRP spoke/VBD of/IN Cedar/NNP/ORGANIZATION Knoll/NNP/ORGANIZATION and/CC "
                        + "Nakuru/NNP/CITY ./.").article();
        String text = a.article().text();
        GoldArticle gold = new GoldArticle("t1", null, text, List.of(
                new GoldToponym(text.indexOf("Cedar"), text.indexOf(" and"), "Cedar Knoll", 1, 2),
                new GoldToponym(text.indexOf("Nakuru"), text.indexOf(" ."), "Nakuru", -0.3, 36.1)));
        GeoReport report = new GeoEvaluation(geocoder).evaluate("t", List.of(gold), List.of(a));
        assertThat(report.unfound()).extracting(GeoReport.Unfound::phrase, GeoReport.Unfound::ner,
                        GeoReport.Unfound::overlap, GeoReport.Unfound::context)
                .containsExactly(tuple("Cedar Knoll", "ORGANIZATION ORGANIZATION", "",
                        "He spoke of [Cedar Knoll] and Nakuru ."));
    }
}
