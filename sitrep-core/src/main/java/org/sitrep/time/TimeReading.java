package org.sitrep.time;
import org.sitrep.model.EventDate;


/**
 * What one time expression says about an event's date: a calendar interval, an offset from another
 * event, or nothing usable (a duration, a frequency, "recently").
 *
 * @param kind      which of the three
 * @param date      the interval, for {@link Kind#CALENDAR}
 * @param shift     the offset, for {@link Kind#RELATIVE}
 * @param referent  for RELATIVE: token index of the event noun it names, or -1 for the previous event
 * @param text      the expression's words
 */
public record TimeReading(Kind kind, EventDate date, Shift shift, int referent, String text) {

    public enum Kind { CALENDAR, RELATIVE, NONE }

    public static TimeReading calendar(EventDate date) {
        return new TimeReading(Kind.CALENDAR, date, null, -1, date.text());
    }

    public static TimeReading relative(Shift shift, int referent, String text) {
        return new TimeReading(Kind.RELATIVE, null, shift, referent, text);
    }

    public static TimeReading none(String text) {
        return new TimeReading(Kind.NONE, null, null, -1, text);
    }

    public boolean usable() {
        return kind != Kind.NONE;
    }
}
