package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The store's clock is UTC. Reads the times a user gives to {@code --since}: ISO 8601 with or without an offset
 * (no offset means UTC), a day, GDELT's DATEADDED (YYYYMMDDHHMMSS) or ACLED's timestamp (Unix seconds).
 */
public final class StoreTime {
    private static final DateTimeFormatter GDELT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

    private StoreTime() {
    }

    /** The UTC time, or an IllegalArgumentException naming the value. */
    public static LocalDateTime parse(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{14}")) {
                return LocalDateTime.parse(v, GDELT);
            }
            if (v.matches("\\d{1,11}")) {
                return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(v)), ZoneOffset.UTC);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).atStartOfDay();
            }
            String iso = v.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("--since: '" + value + "' is not a time (2024-03-14T08:00:00Z,"
                    + " 2024-03-14, 20240314080000 or Unix seconds)");
        }
    }
}
