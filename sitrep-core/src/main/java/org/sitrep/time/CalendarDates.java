package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * Calendar words read against the publication day: deictic phrases ("yesterday"), last/this/next + unit,
 * month, day, weekday and year, looking back in past clauses and forward in future ones.
 */
final class CalendarDates {
    static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^([0-9]{1,2})(st|nd|rd|th)?$");
    private static final Pattern DAY_RANGE = Pattern.compile("^([0-9]{1,2})[-\u2013]([0-9]{1,2})$");
    static final Set<String> LAST = Set.of("last", "past", "previous");
    static final Set<String> NEXT = Set.of("next", "coming");
    static final Set<String> THIS = Set.of("this", "current");
    private final Amounts amounts;
    private final TimeLexicon lexicon;

    CalendarDates(TimeLexicon lexicon, Amounts amounts) {
        this.lexicon = lexicon;
        this.amounts = amounts;
    }

    /** Calendar words: deictic phrases, last/this/next + unit, month, day, weekday, year. */
    EventDate calendar(List<String> w, LocalDate pub, boolean back, String text) {
        Integer year = null;
        Integer month = null;
        Integer day = null;
        Integer weekday = null;
        int monthAt = -1;
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            if (year == null && YEAR.matcher(x).matches()) {
                year = Integer.parseInt(x);
                continue;
            }
            TimeLexicon.Entry e = lexicon.get(x);
            if (e == null) {
                continue;
            }
            if (e.kind() == TimeLexicon.Kind.MONTH && month == null) {
                month = e.low();
                monthAt = i;
            } else if (e.kind() == TimeLexicon.Kind.WEEKDAY && weekday == null) {
                weekday = e.low();
            }
        }
        Integer lastDay = null;
        if (monthAt >= 0) {
            for (int j : new int[] {monthAt + 1, monthAt - 1, monthAt - 2}) {
                if (j < 0 || j >= w.size()) {
                    continue;
                }
                Matcher range = DAY_RANGE.matcher(w.get(j));
                if (range.matches()) {
                    day = Integer.parseInt(range.group(1));
                    lastDay = Integer.parseInt(range.group(2));
                    break;
                }
                if (DAY_OF_MONTH.matcher(w.get(j)).matches() && !YEAR.matcher(w.get(j)).matches()) {
                    int d = Integer.parseInt(DAY_OF_MONTH.matcher(w.get(j)).replaceAll("$1"));
                    if (d >= 1 && d <= 31) {
                        day = d;
                        // "November 24 and 25", "March 3 to 5": a run of days
                        if (j + 2 < w.size() && (w.get(j + 1).equals("and") || w.get(j + 1).equals("to")
                                || w.get(j + 1).equals("-")) && DAY_OF_MONTH.matcher(w.get(j + 2)).matches()) {
                            lastDay = Integer.parseInt(DAY_OF_MONTH.matcher(w.get(j + 2)).replaceAll("$1"));
                        }
                        break;
                    }
                }
            }
            if (lastDay != null && (day == null || lastDay <= day || lastDay > 31)) {
                lastDay = null;
            }
        }
        TimeLexicon.Entry season = null;
        for (String x : w) {
            season = season == null ? lexicon.get(x, TimeLexicon.Kind.SEASON) : season;
        }
        if (season != null && month == null && (year != null || pub != null)) {
            return season(season, w, year, pub, back, text);
        }
        if (pub != null) {
            TimeLexicon.Match deictic = null;
            for (int i = 0; i < w.size() && deictic == null; i++) {
                deictic = lexicon.longestAt(w, i, EnumSet.of(TimeLexicon.Kind.DEICTIC));
            }
            if (deictic != null && month == null && year == null) {
                return new EventDate(pub.plusDays(deictic.entry().low()), pub.plusDays(deictic.entry().high()),
                        DatePrecision.DAY, text);
            }
            EventDate period = period(w, pub, back, weekday, month, year, text);
            if (period != null) {
                return period;
            }
        }
        if (month != null) {
            if (year == null) {
                if (pub == null) {
                    return null;
                }
                year = inferYear(pub, month, day, back);
            }
            try {
                if (day != null && lastDay != null) {
                    YearMonth ym = YearMonth.of(year, month);
                    return new EventDate(ym.atDay(day), ym.atDay(Math.min(lastDay, ym.lengthOfMonth())),
                            DatePrecision.DAY, text);
                }
                if (day != null) {
                    return EventDate.day(LocalDate.of(year, month, day), text);
                }
            } catch (java.time.DateTimeException ex) {
                // "February 30": fall back to the month
            }
            YearMonth ym = YearMonth.of(year, month);
            return clip(new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text), pub, back);
        }
        if (weekday != null && pub != null) {
            return EventDate.day(nearestWeekday(pub, weekday, back, false), text);
        }
        if (year != null) {
            return clip(new EventDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, text), pub, back);
        }
        return null;
    }

    /** "last week", "this month", "earlier this year", "next week", "last Monday", "the past week". */
    private EventDate period(List<String> w, LocalDate pub, boolean back, Integer weekday, Integer month, Integer year,
                             String text) {
        boolean last = w.stream().anyMatch(LAST::contains);
        boolean next = w.stream().anyMatch(NEXT::contains);
        boolean thisOne = w.stream().anyMatch(THIS::contains) || (w.contains("weekend") && !last && !next);
        if (!last && !next && !thisOne) {
            return null;
        }
        if (weekday != null) {
            LocalDate d = next ? pub.with(TemporalAdjusters.next(DayOfWeek.of(weekday)))
                    : last ? nearestWeekday(pub, weekday, true, true) : nearestWeekday(pub, weekday, back, false);
            return EventDate.day(d, text);
        }
        if (month != null || year != null) {
            return null;
        }
        boolean past = w.contains("past");
        if (w.contains("weekend")) {
            LocalDate saturday = last || (thisOne && back)
                    ? pub.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                    : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return clip(new EventDate(saturday, saturday.plusDays(1), DatePrecision.WEEK, text), pub, back && !next);
        }
        Amounts.Amount a = amounts.amount(w);
        if (a == null) {
            return null;
        }
        if (past) {
            long days = (long) a.high() * Math.max(1, a.unitDays());
            return new EventDate(pub.minusDays(days), pub, Shift.byWidth(pub.minusDays(days), pub), text);
        }
        int step = last ? -1 : next ? 1 : 0;
        switch (a.unitDays()) {
            case 7: {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                return clip(new EventDate(monday, monday.plusDays(6), DatePrecision.WEEK, text), pub, step == 0 && back);
            }
            case 30: {
                YearMonth ym = YearMonth.from(pub).plusMonths(step);
                return clip(new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text), pub, step == 0 && back);
            }
            case 365: {
                int y = pub.getYear() + step;
                return clip(new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text), pub,
                        step == 0 && back);
            }
            case 1: {
                return EventDate.day(pub.plusDays(step), text);
            }
            default:
                return null;
        }
    }

    /**
     * A season: of the year named; else the latest one begun by publication (one wholly before it
     * after "last"), or the next one in a future clause. Winter belongs to the year it starts in.
     */
    private static EventDate season(TimeLexicon.Entry season, List<String> w, Integer year, LocalDate pub, boolean back,
                                    String text) {
        int first = season.low();
        int months = ((season.high() - first + 12) % 12) + 1;
        if (year != null) {
            YearMonth start = YearMonth.of(year, first);
            return clip(new EventDate(start.atDay(1), start.plusMonths(months - 1).atEndOfMonth(), DatePrecision.MONTH, text),
                    pub, back);
        }
        boolean last = w.stream().anyMatch(LAST::contains);
        boolean next = w.stream().anyMatch(NEXT::contains);
        YearMonth start = YearMonth.of(pub.getYear() + 1, first);
        while (start.atDay(1).isAfter(pub)
                || (last && !start.plusMonths(months - 1).atEndOfMonth().isBefore(pub))) {
            start = start.minusYears(1);
        }
        if (next || !back) {
            while (!start.atDay(1).isAfter(pub)) {
                start = start.plusYears(1);
            }
        }
        EventDate d = new EventDate(start.atDay(1), start.plusMonths(months - 1).atEndOfMonth(), DatePrecision.MONTH, text);
        return clip(d, pub, back && !next);
    }

    /** Past clauses end no later than the publication day; an interval wholly after it is left alone. */
    private static EventDate clip(EventDate d, LocalDate pub, boolean back) {
        if (pub == null || !back || !d.end().isAfter(pub) || d.start().isAfter(pub)) {
            return d;
        }
        return new EventDate(d.start(), pub, d.precision(), d.text());
    }

    /** The year of a month (and day) named without one: the latest on or before publication when looking back. */
    static int inferYear(LocalDate pub, int month, Integer day, boolean back) {
        int y = pub.getYear();
        if (back) {
            if (month > pub.getMonthValue() || (month == pub.getMonthValue() && day != null && day > pub.getDayOfMonth())) {
                return y - 1;
            }
            return y;
        }
        if (month < pub.getMonthValue() || (month == pub.getMonthValue() && day != null && day < pub.getDayOfMonth())) {
            return y + 1;
        }
        return y;
    }

    /**
     * The weekday nearest the publication day in the clause's direction: looking back, the latest one
     * on or before publication (strictly before when {@code strict}, as in "last Monday"); looking
     * forward, the first one on or after it ("will speak on Wednesday" in a Wednesday paper is today).
     */
    static LocalDate nearestWeekday(LocalDate pub, int isoDay, boolean back, boolean strict) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (back) {
            return strict ? pub.with(TemporalAdjusters.previous(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
        }
        return pub.with(TemporalAdjusters.nextOrSame(dow));
    }
}
