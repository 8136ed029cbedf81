package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * An offset in days from a reference event, as a range when the text is vague ("shortly after":
 * 0..7, "three days later": 3..3, "a week earlier": -7..-7).
 *
 * @param low       smallest offset in days
 * @param high      largest offset in days
 * @param precision the precision the offset itself carries (DAY for exact day counts)
 */
public record Shift(int low, int high, DatePrecision precision) {
    public Shift {
        if (high < low) {
            throw new IllegalArgumentException("shift range reversed: " + low + ".." + high);
        }
    }

    /**
     * Moves an anchor interval by this offset. When the anchor is coarser than the offset (an event
     * known only to fall in January 2020, then "two days later"), the result stays inside the anchor's
     * interval and keeps its precision: the text presents both as the same period. Past events never
     * end after the publication day.
     *
     * @param anchor    the referenced event's date
     * @param published publication day, or null
     * @param looksBack true when the clause narrates the past
     * @param text      the expression, for the result's text
     */
    public EventDate apply(EventDate anchor, LocalDate published, boolean looksBack, String text) {
        LocalDate start = anchor.start().plusDays(low);
        LocalDate end = anchor.end().plusDays(high);
        DatePrecision p;
        int reach = Math.max(Math.abs(low), Math.abs(high));
        if (rank(anchor.precision()) > rank(DatePrecision.DAY) && reach < span(anchor.precision())) {
            LocalDate s = start.isBefore(anchor.start()) ? anchor.start() : start;
            LocalDate e = end.isAfter(anchor.end()) ? anchor.end() : end;
            if (!e.isBefore(s)) {
                start = s;
                end = e;
            }
            p = anchor.precision();
        } else {
            p = coarser(coarser(anchor.precision() == DatePrecision.UNKNOWN ? DatePrecision.DAY : anchor.precision(),
                    precision), byWidth(start, end));
        }
        if (looksBack && published != null && end.isAfter(published)) {
            end = published;
            if (start.isAfter(end)) {
                start = end;
            }
        }
        return new EventDate(start, end, p, text);
    }

    static int rank(DatePrecision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
            case YEAR -> 4;
            case UNKNOWN -> 0;
        };
    }

    static int span(DatePrecision p) {
        return switch (p) {
            case WEEK -> 7;
            case MONTH -> 28;
            case YEAR -> 365;
            default -> 1;
        };
    }

    static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return rank(a) >= rank(b) ? a : b;
    }

    /** The precision an interval of this width amounts to. */
    static DatePrecision byWidth(LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay();
        if (days <= 1) {
            return DatePrecision.DAY;
        }
        if (days <= 7) {
            return DatePrecision.WEEK;
        }
        if (days <= 62) {
            return DatePrecision.MONTH;
        }
        return DatePrecision.YEAR;
    }
}
