package org.sitrep.time;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;

/** How many units a duration phrase counts: "three days", "a week", "several months", "a couple of years". */
final class Amounts {
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,3}$");
    private final TimeLexicon lexicon;

    Amounts(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A count of units, as a range, with the unit's length in days and its precision. */
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

}
