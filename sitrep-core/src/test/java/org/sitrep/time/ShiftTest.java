package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

class ShiftTest {
    private static final LocalDate PUB = LocalDate.of(2021, 7, 8);

    @Test
    void exactShiftOfADayIsADay() {
        EventDate d = new Shift(3, 3, DatePrecision.DAY).apply(EventDate.day(LocalDate.of(2020, 1, 3), "x"), PUB, true, "t");
        assertThat(d).isEqualTo(new EventDate(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 6), DatePrecision.DAY, "t"));
    }

    @Test
    void shiftSmallerThanAMonthAnchorStaysInsideItsMonth() {
        EventDate january = new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), DatePrecision.MONTH, "x");
        assertThat(new Shift(2, 2, DatePrecision.DAY).apply(january, PUB, true, "t"))
                .isEqualTo(new EventDate(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 31), DatePrecision.MONTH, "t"));
        assertThat(new Shift(-7, -7, DatePrecision.DAY).apply(january, PUB, true, "t"))
                .isEqualTo(new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 24), DatePrecision.MONTH, "t"));
    }

    @Test
    void vagueShiftWidensAndPastEventsEndByPublication() {
        EventDate d = new Shift(0, 7, DatePrecision.WEEK).apply(EventDate.day(LocalDate.of(2021, 7, 5), "x"), PUB, true, "t");
        assertThat(d).isEqualTo(new EventDate(LocalDate.of(2021, 7, 5), LocalDate.of(2021, 7, 8), DatePrecision.WEEK, "t"));
        EventDate future = new Shift(0, 7, DatePrecision.WEEK).apply(EventDate.day(LocalDate.of(2021, 7, 5), "x"), PUB,
                false, "t");
        assertThat(future.end()).isEqualTo(LocalDate.of(2021, 7, 12));
    }

    @Test
    void reversedRangeIsABug() {
        assertThatThrownBy(() -> new Shift(3, 1, DatePrecision.DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
