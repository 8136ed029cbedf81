package org.sitrep.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is wrong with a day written by a user, in the user's terms ("no such day", "month 13"). */
public final class Days {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Days() {
    }

    /** The reason {@code value} is not a day, starting with ": " or ", " to follow the value in a message. */
    public static String problem(String value) {
        Matcher m = SHAPE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            return ", expected YYYY-MM-DD";
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return ": no month " + month + " (months run 01 to 12)";
        }
        if (day < 1 || day > 31) {
            return ": no day " + day + " in a month";
        }
        return ": no such day";
    }
}
