package org.sitrep.geo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sitrep.article.InputException;
import org.sitrep.geo.Geo;

class GeoEvalTest {
    @Test
    void convertsCodePointOffsetsToUtf16() throws InputException {
        // the emoji is one code point but two UTF-16 units
        String line = "{\"id\":\"1\",\"text\":\"\uD83D\uDE00 Fire in Hasaka.\",\"toponyms\":[{\"start\":10,\"end\":16,"
                + "\"phrase\":\"Hasaka\",\"lat\":36.5,\"lon\":40.7}]}";
        GoldArticle a = GeoGold.parse(line, "t:1");
        GoldToponym t = a.toponyms().get(0);
        assertThat(a.text().substring(t.start(), t.end())).isEqualTo("Hasaka");
        assertThat(t.start()).isEqualTo(11);
    }

    @Test
    void rejectsAPhraseThatDoesNotMatchItsOffsets() {
        String line = "{\"text\":\"Fire in Hasaka.\",\"toponyms\":[{\"start\":0,\"end\":4,\"phrase\":\"Hasaka\","
                + "\"lat\":1,\"lon\":2}]}";
        assertThatThrownBy(() -> GeoGold.parse(line, "gold.jsonl:3")).isInstanceOf(InputException.class)
                .hasMessageContaining("gold.jsonl:3");
    }

    @Test
    void summarisesErrorsLikeTheGeoparsingLiterature() {
        ErrorCurve c = ErrorCurve.of(new double[] {0, 100, 200, Geo.MAX_ERROR_KM});
        assertThat(c.accuracy161()).isEqualTo(0.5);
        assertThat(c.medianKm()).isEqualTo(150);
        assertThat(c.meanKm()).isCloseTo((300 + Geo.MAX_ERROR_KM) / 4, within(1e-9));
        double l = Math.log(Geo.MAX_ERROR_KM);
        double expected = ((Math.log1p(0) + Math.log1p(100)) / 2 + (Math.log1p(100) + Math.log1p(200)) / 2
                + (Math.log1p(200) + Math.log1p(Geo.MAX_ERROR_KM)) / 2) / 3 / l;
        assertThat(c.auc()).isCloseTo(expected, within(1e-9));
        assertThat(ErrorCurve.of(new double[] {0, 0}).auc()).isZero();
    }

    @Test
    void scoresSpans() {
        SpanScore s = new SpanScore(8, 2, 8);
        assertThat(s.precision()).isEqualTo(0.8);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-9));
    }

    @Test
    void measuresGreatCircleDistances() {
        // Baghdad to Basra, about 450 km
        assertThat(Geo.distanceKm(33.34, 44.40, 30.51, 47.78)).isBetween(440.0, 460.0);
    }
}
