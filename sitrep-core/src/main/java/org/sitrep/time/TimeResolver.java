package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * Reads one time expression against the publication date and the tense of its clause. It parses
 * the words itself and trusts the annotator's TIMEX value only when the text spells out the year:
 * SUTime resolves "Thursday" and "in December" forward from the document date whatever the tense.
 */
public final class TimeResolver {
    private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^([0-9]{1,2})(st|nd|rd|th)?$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,3}$");
    private static final Pattern PREFIX = Pattern.compile("^(?i)(mid|early|late)-(?=\\p{L})");
    private static final Pattern DAY_RANGE = Pattern.compile("^([0-9]{1,2})[-\u2013]([0-9]{1,2})$");
    private static final Set<String> NOT_DATING_PREPOSITIONS = Set.of("since", "for", "until", "till", "throughout",
            "between", "within", "through");
    private static final Set<String> LAST = Set.of("last", "past", "previous");
    private static final Set<String> NEXT = Set.of("next", "coming");
    private static final Set<String> THIS = Set.of("this", "current");

    private final TimeLexicon lexicon;

    public TimeResolver(TimeLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * What the expression says.
     *
     * @param e         the expression
     * @param s         its sentence
     * @param published the publication day, or null when unknown (then only expressions that spell out
     *                  their year, and relative ones, can be read)
     * @param tense     the tense of the clause the expression attaches to
     */
    public TimeReading read(TimeExpression e, Sentence s, LocalDate published, Tense tense) {
        List<String> w = new ArrayList<>();
        for (int t = e.start(); t < e.end(); t++) {
            String word = PREFIX.matcher(s.token(t).word()).replaceFirst(""); // "mid-March" reads as "March"
            if (word.isEmpty()) {
                continue;
            }
            TimeLexicon.Entry month = lexicon.get(word, TimeLexicon.Kind.MONTH);
            // a month name is one only when capitalised: "march" and "may" are a noun and a modal
            w.add(month != null && !Character.isUpperCase(word.charAt(0)) ? "_" + word : word.toLowerCase(Locale.ROOT));
        }
        String text = e.text();
        if ("SET".equals(e.ner()) || (e.preposition() != null && NOT_DATING_PREPOSITIONS.contains(e.preposition())
                && !e.preposition().equals("since"))) {
            return TimeReading.none(text);
        }
        for (String word : w) {
            TimeLexicon.Entry stop = lexicon.get(word, TimeLexicon.Kind.STOP);
            if (stop != null) {
                return TimeReading.none(text);
            }
        }
        boolean back = tense == null || tense.looksBack();
        if (w.contains("ago")) {
            return published == null ? TimeReading.none(text) : ago(w, published, text);
        }
        TimeReading relative = relative(w, e, text);
        if (relative != null) {
            return relative;
        }
        EventDate calendar = calendar(w, published, back, text);
        if (calendar != null && "since".equals(e.preposition())) {
            // "since Saturday, thousands had camped": a state from then until publication
            if (published == null || !back || calendar.start().isAfter(published)) {
                return TimeReading.none(text);
            }
            return TimeReading.calendar(new EventDate(calendar.start(), published,
                    Shift.coarser(calendar.precision(), Shift.byWidth(calendar.start(), published)), text));
        }
        if ("since".equals(e.preposition())) {
            return TimeReading.none(text);
        }
        if (calendar != null) {
            return TimeReading.calendar(calendar);
        }
        if (w.stream().anyMatch(x -> YEAR.matcher(x).matches() || x.matches("^\\d{4}s$") || x.matches("^\\d{4}-\\d{2}.*"))) {
            EventDate timex = Timex.interval(e.normalized(), text);
            if (timex != null) {
                return TimeReading.calendar(timex);
            }
        }
        return TimeReading.none(text);
    }

    /** "two days ago", "a week ago", "three years ago", "days ago". */
    private TimeReading ago(List<String> w, LocalDate pub, String text) {
        Amount a = amount(w);
        if (a == null) {
            return TimeReading.none(text);
        }
        if (a.unitDays() == 365 && a.low() == a.high()) {
            int y = pub.getYear() - a.low();
            return TimeReading.calendar(new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text));
        }
        if (a.unitDays() == 30 && a.low() == a.high()) {
            YearMonth ym = YearMonth.from(pub).minusMonths(a.low());
            return TimeReading.calendar(new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text));
        }
        if (a.unitDays() == 7 && a.low() == a.high()) {
            LocalDate monday = pub.minusWeeks(a.low()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return TimeReading.calendar(new EventDate(monday, monday.plusDays(6), DatePrecision.WEEK, text));
        }
        LocalDate start = pub.minusDays((long) a.high() * Math.max(1, a.unitDays()));
        LocalDate end = pub.minusDays((long) a.low() * a.unitDays());
        DatePrecision p = a.low() == a.high() ? DatePrecision.DAY : Shift.byWidth(start, end);
        return TimeReading.calendar(new EventDate(start, end, p, text));
    }

    /** Offsets from another event: "three days later", "shortly after that", "the next day". */
    private TimeReading relative(List<String> w, TimeExpression e, String text) {
        for (int i = 0; i < w.size(); i++) {
            TimeLexicon.Match m = lexicon.longestAt(w, i, EnumSet.of(TimeLexicon.Kind.OFFSET));
            if (m != null) {
                TimeLexicon.Entry entry = m.entry();
                if (i > 0 && (entry.phrase().startsWith("days") || entry.phrase().startsWith("weeks")
                        || entry.phrase().startsWith("months"))) {
                    break; // "three days later" is counted below, not by the vague "days later"
                }
                return TimeReading.relative(new Shift(entry.low(), entry.high(), precisionOf(entry.low(), entry.high())),
                        e.referent(), text);
            }
        }
        for (String word : w) {
            TimeLexicon.Entry e2 = lexicon.get(word);
            if (LAST.contains(word) || NEXT.contains(word) || THIS.contains(word) || YEAR.matcher(word).matches()
                    || word.equals("today") || word.equals("tonight")
                    || (e2 != null && (e2.kind() == TimeLexicon.Kind.MONTH || e2.kind() == TimeLexicon.Kind.WEEKDAY))) {
                return null; // "earlier this month", "later on Monday": calendar words, not an offset
            }
        }
        TimeLexicon.Entry direction = null;
        for (String word : w) {
            TimeLexicon.Entry d = lexicon.get(word, TimeLexicon.Kind.DIRECTION);
            if (d != null) {
                direction = d;
                break;
            }
        }
        if (direction == null) {
            return null;
        }
        int sign = direction.low() < 0 ? -1 : 1;
        Amount a = amount(w);
        if (a == null) {
            int reach = direction.high();
            Shift shift = sign > 0 ? new Shift(0, reach, precisionOf(0, reach)) : new Shift(-reach, 0, precisionOf(-reach, 0));
            return TimeReading.relative(shift, e.referent(), text);
        }
        int low = a.low() * a.unitDays();
        int high = a.high() * a.unitDays();
        DatePrecision p = a.low() == a.high() ? a.precision() : precisionOf(low, high);
        if (a.unitDays() == 30) {
            low -= 15;
            high += 15;
        } else if (a.unitDays() == 365) {
            low -= 182;
            high += 182;
        }
        if (a.unitDays() == 0) {
            high = Math.max(high, 1);
        }
        Shift shift = sign > 0 ? new Shift(Math.max(0, low), high, p) : new Shift(-high, Math.min(0, -low), p);
        return TimeReading.relative(shift, e.referent(), text);
    }

    private static DatePrecision precisionOf(int low, int high) {
        int width = high - low;
        if (width <= 1) {
            return DatePrecision.DAY;
        }
        if (width <= 14) {
            return DatePrecision.WEEK;
        }
        if (width <= 62) {
            return DatePrecision.MONTH;
        }
        return DatePrecision.YEAR;
    }

    /** How many units: "three days", "a week", "several months", "a couple of years". */
    record Amount(int low, int high, int unitDays, DatePrecision precision) {
    }

    Amount amount(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            TimeLexicon.Entry unit = lexicon.get(w.get(i), TimeLexicon.Kind.UNIT);
            if (unit == null) {
                continue;
            }
            DatePrecision p = switch (unit.high()) {
                case 2 -> DatePrecision.WEEK;
                case 3 -> DatePrecision.MONTH;
                case 4 -> DatePrecision.YEAR;
                default -> DatePrecision.DAY;
            };
            int low = 1;
            int high = 1;
            boolean counted = false;
            for (int j = i - 1; j >= 0 && j >= i - 3 && !counted; j--) {
                String x = w.get(j);
                TimeLexicon.Match vague = lexicon.longestAt(w, j, EnumSet.of(TimeLexicon.Kind.AMOUNT));
                TimeLexicon.Entry number = lexicon.get(x, TimeLexicon.Kind.NUMBER);
                if (vague != null && vague.to() <= i) {
                    low = vague.entry().low();
                    high = vague.entry().high();
                    counted = true;
                } else if (DIGITS.matcher(x).matches()) {
                    low = high = Integer.parseInt(x);
                    counted = true;
                } else if (number != null) {
                    low = high = number.low();
                    counted = true;
                }
            }
            if (!counted && w.get(i).endsWith("s")) {
                low = 2;
                high = 10; // "days later": a vague handful
            }
            return new Amount(low, high, unit.low(), p);
        }
        return null;
    }

    /** Calendar words: deictic phrases, last/this/next + unit, month, day, weekday, year. */
    private EventDate calendar(List<String> w, LocalDate pub, boolean back, String text) {
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
        Amount a = amount(w);
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
