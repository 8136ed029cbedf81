package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The interval an event is known to fall in, both ends inclusive.
 *
 * @param start     first possible day
 * @param end       last possible day
 * @param precision how exact the interval is
 * @param text      the time expression it was resolved from, or null
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date interval ends before it starts: " + start + ".." + end);
        }
    }

    /** The publication day, used when the text gives nothing to go on. */
    public static EventDate unknownAround(LocalDate day) {
        return new EventDate(day, day, DatePrecision.UNKNOWN, null);
    }

    public static EventDate day(LocalDate day, String text) {
        return new EventDate(day, day, DatePrecision.DAY, text);
    }

    /** True when this interval lies inside the other one. */
    public boolean within(EventDate other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }
}
