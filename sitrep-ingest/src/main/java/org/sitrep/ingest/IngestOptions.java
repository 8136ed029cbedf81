package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param maxBytes          inputs larger than this are rejected (default 5 MB)
 * @param defaultPublished  publication date for inputs that carry none, or null
 */
public record IngestOptions(long maxBytes, LocalDate defaultPublished) {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null);
    }
}
