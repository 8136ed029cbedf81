package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

class TimexTest {
    private static void assertSpan(String value, String start, String end, DatePrecision p) {
        EventDate d = Timex.interval(value, "x");
        assertThat(d.start()).isEqualTo(LocalDate.parse(start));
        assertThat(d.end()).isEqualTo(LocalDate.parse(end));
        assertThat(d.precision()).isEqualTo(p);
    }

    @Test
    void readsFullySpecifiedValues() {
        assertSpan("2021-07-08", "2021-07-08", "2021-07-08", DatePrecision.DAY);
        assertSpan("2021-07-08TNI", "2021-07-08", "2021-07-08", DatePrecision.DAY);
        assertSpan("2020-02", "2020-02-01", "2020-02-29", DatePrecision.MONTH);
        assertSpan("2021-W26", "2021-06-28", "2021-07-04", DatePrecision.WEEK);
        assertSpan("2016-W29-WE", "2016-07-23", "2016-07-24", DatePrecision.WEEK);
        assertSpan("2019", "2019-01-01", "2019-12-31", DatePrecision.YEAR);
        assertSpan("199X", "1990-01-01", "1999-12-31", DatePrecision.YEAR);
        assertSpan("2020-SU", "2020-06-01", "2020-08-31", DatePrecision.MONTH);
        assertSpan("2020-Q4", "2020-10-01", "2020-12-31", DatePrecision.MONTH);
    }

    @Test
    void openValuesNeedTheTextAndGiveNull() {
        assertThat(Timex.interval("XXXX-12", "December")).isNull();
        assertThat(Timex.interval("XXXX-WXX-4", "Thursday")).isNull();
        assertThat(Timex.interval("PAST_REF", "recently")).isNull();
        assertThat(Timex.interval("P3D", "three days")).isNull();
        assertThat(Timex.interval(null, "x")).isNull();
        assertThat(Timex.interval("2021-02-30", "x")).isNull();
    }
}
