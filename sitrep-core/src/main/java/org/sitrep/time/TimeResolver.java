package org.sitrep.time;

import static org.sitrep.time.CalendarDates.LAST;
import static org.sitrep.time.CalendarDates.NEXT;
import static org.sitrep.time.CalendarDates.THIS;
import static org.sitrep.time.CalendarDates.YEAR;

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
    private static final Pattern PREFIX = Pattern.compile("^(?i)(mid|early|late)-(?=\\p{L})");
    private static final Set<String> NOT_DATING_PREPOSITIONS = Set.of("since", "for", "until", "till", "throughout",
            "between", "within", "through");

    private final TimeLexicon lexicon;
    private final Amounts amounts;
    private final CalendarDates calendarDates;

    public TimeResolver(TimeLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.amounts = new Amounts(lexicon);
        this.calendarDates = new CalendarDates(lexicon, amounts);
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
        EventDate calendar = calendarDates.calendar(w, published, back, text);
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
        Amounts.Amount a = amounts.amount(w);
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
        Amounts.Amount a = amounts.amount(w);
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

}
