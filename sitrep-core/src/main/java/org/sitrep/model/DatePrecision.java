package org.sitrep.model;

import java.util.Locale;

/** How exactly an event's date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
