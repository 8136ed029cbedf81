package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * Reads TIMEX3 values as SUTime writes them ("2021-07-08", "2020-12", "2021-W26", "2019", "201X",
 * "2020-SU", "2021-07-08TNI") into intervals. Values that leave the calendar open ("XXXX-12",
 * "PAST_REF", durations) give null: they need resolving against the text, not reading.
 */
public final class Timex {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|AU|WI)$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");

    private Timex() {
    }

    /** The interval a fully specified TIMEX value names, or null when it is open or not a date. */
    public static EventDate interval(String value, String text) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new EventDate(d, d, DatePrecision.DAY, text);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(year(m), Integer.parseInt(m.group(2)));
                return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text);
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = isoWeekMonday(year(m), Integer.parseInt(m.group(2)));
                if (m.group(3) != null) {
                    return new EventDate(monday.plusDays(5), monday.plusDays(6), DatePrecision.WEEK, text);
                }
                return new EventDate(monday, monday.plusDays(6), DatePrecision.WEEK, text);
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int y = year(m);
                return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text);
            }
            m = DECADE.matcher(value);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DatePrecision.YEAR, text);
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                int y = year(m);
                int first = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "WI" -> 12;
                    default -> 9;
                };
                YearMonth start = YearMonth.of(y, first);
                return new EventDate(start.atDay(1), start.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH, text);
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                YearMonth start = YearMonth.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2);
                return new EventDate(start.atDay(1), start.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH, text);
            }
            m = HALF.matcher(value);
            if (m.matches()) {
                YearMonth start = YearMonth.of(year(m), Integer.parseInt(m.group(2)) == 1 ? 1 : 7);
                return new EventDate(start.atDay(1), start.plusMonths(5).atEndOfMonth(), DatePrecision.MONTH, text);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    /** Monday of ISO week {@code week} of ISO week-based year {@code year}. */
    public static LocalDate isoWeekMonday(int year, int week) {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
