package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.geo.GeoPieces.name;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.annotation.AnnotatedArticle;

/** What the words around toponyms say: containment and nearness cues, kind words, lists of places. */
class PlaceContextTest {
    private static AnnotatedArticle article(String tokens) {
        return new PlaceSentences().sentence(tokens).article();
    }

    private static Reading[] readings(List<Toponym> toponyms) {
        Reading[] out = new Reading[toponyms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Reading(toponyms.get(i).text().toLowerCase(), toponyms.get(i));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // tokens; inner span; outer span; near
        "Goma/NNP ,/, Congo/NNP; 0 1; 2 3; false",
        "Bunia/NNP ,/, north/RB of/IN Goma/NNP; 0 1; 4 5; true",
        "Bunia/NNP ,/, 20/CD km/NN north/RB of/IN Goma/NNP; 0 1; 6 7; true",
        "Goma/NNP in/IN the/DT province/NN of/IN Kivu/NNP; 0 1; 5 6; false",
        "Syria/NNP 's/POS Idlib/NNP; 2 3; 0 1; false",
        // a compass word that begins the container's own name is no direction
        "Goma/NNP ,/, North/NNP Kivu/NNP; 0 1; 2 4; false",
        "Juba/NNP ,/, South/NNP Sudan/NNP; 0 1; 2 4; false",
    })
    void containmentAndNearnessCues(String tokens, String innerSpan, String outerSpan, boolean near) {
        AnnotatedArticle a = article(tokens);
        Toponym first = span(a, innerSpan);
        Toponym second = span(a, outerSpan);
        List<Toponym> toponyms = List.of(first, second);
        Reading[] r = readings(toponyms);
        List<Cue> cues = PlaceContext.containmentCues(a, toponyms, r);
        assertThat(cues).containsExactly(new Cue(r[0], r[1], near));
    }

    @Test
    void namesSideBySideWithoutACommaOrPrepositionAreNoContainment() {
        AnnotatedArticle a = article("Goma/NNP and/CC Bunia/NNP");
        List<Toponym> toponyms = List.of(span(a, "0 1"), span(a, "2 3"));
        assertThat(PlaceContext.containmentCues(a, toponyms, readings(toponyms))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Washington/NNP state/NN; 0 1; ADMIN1",
        "the/DT state/NN of/IN Victoria/NNP; 3 4; ADMIN1",
        "the/DT city/NN of/IN Buffalo/NNP; 3 4; CITY",
        "Laurel/NNP county/NN; 0 1; ADMIN2",
    })
    void aGenericWordSaysWhatKindOfPlaceIsMeant(String tokens, String spanText, Feature kind) {
        AnnotatedArticle a = article(tokens);
        List<Toponym> toponyms = List.of(span(a, spanText));
        Reading[] r = readings(toponyms);
        PlaceContext.kindWords(a, toponyms, r);
        assertThat(r[0].kindWords).containsExactly(kind);
    }

    @Test
    void aCapitalisedWordAfterTheNameIsNoKindWord() {
        AnnotatedArticle a = article("Washington/NNP State/NNP University/NNP");
        List<Toponym> toponyms = List.of(span(a, "0 1"));
        Reading[] r = readings(toponyms);
        PlaceContext.kindWords(a, toponyms, r);
        assertThat(r[0].kindWords).isEmpty();
    }

    @Test
    void threeNamesOrTwoJoinedByAndAreAListOfSiblings() {
        AnnotatedArticle a = article("in/IN Ohio/NNP ,/, Oregon/NNP and/CC Utah/NNP");
        List<Toponym> toponyms = List.of(span(a, "1 2"), span(a, "3 4"), span(a, "5 6"));
        Reading[] r = readings(toponyms);
        PlaceContext.lists(a, toponyms, r);
        assertThat(r[0].siblings).containsExactly(r[1], r[2]);
        assertThat(r[2].siblings).containsExactly(r[0], r[1]);

        AnnotatedArticle two = article("Jackson/NNP and/CC Barrow/NNP counties/NNS");
        List<Toponym> pair = List.of(span(two, "0 1"), span(two, "2 3"));
        Reading[] p = readings(pair);
        PlaceContext.lists(two, pair, p);
        assertThat(p[0].siblings).containsExactly(p[1]);
        assertThat(p[0].kindWords).containsExactly(Feature.ADMIN2);
        assertThat(p[1].kindWords).containsExactly(Feature.ADMIN2);
    }

    @Test
    void twoNamesAndACommaAreAContainmentNotAList() {
        AnnotatedArticle a = article("Paris/NNP ,/, Texas/NNP");
        List<Toponym> toponyms = List.of(span(a, "0 1"), span(a, "2 3"));
        Reading[] r = readings(toponyms);
        PlaceContext.lists(a, toponyms, r);
        assertThat(r[0].siblings).isEmpty();
        assertThat(r[1].siblings).isEmpty();
    }

    @Test
    void aPluralKindWordBeforeTheListGivesItsKind() {
        AnnotatedArticle a = article("states/NNS including/VBG Georgia/NNP ,/, Oklahoma/NNP and/CC Utah/NNP");
        List<Toponym> toponyms = List.of(span(a, "2 3"), span(a, "4 5"), span(a, "6 7"));
        Reading[] r = readings(toponyms);
        PlaceContext.lists(a, toponyms, r);
        for (Reading reading : r) {
            assertThat(reading.kindWords).containsExactly(Feature.ADMIN1);
        }
    }

    /** The toponym over tokens "from to" (end exclusive) of sentence 0, named by its words. */
    private static Toponym span(AnnotatedArticle a, String fromTo) {
        String[] f = fromTo.split(" ");
        int from = Integer.parseInt(f[0]);
        int to = Integer.parseInt(f[1]);
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(k > from ? " " : "").append(a.sentences().get(0).tokens().get(k).word());
        }
        return name(text.toString(), 0, from, to);
    }
}
