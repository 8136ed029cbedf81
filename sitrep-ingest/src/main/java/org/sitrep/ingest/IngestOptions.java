package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * How inputs are read, and the bounds every article must keep before it reaches the NLP (docs/limits.md).
 *
 * @param maxBytes          inputs larger than this are rejected (default 5 MB)
 * @param defaultPublished  publication date for inputs that carry none, or null
 * @param maxWordChars      a word longer than this is blanked out (not coded) with a warning
 * @param maxRunWords       a run of more words than this without sentence punctuation is cut into chunks
 * @param maxWords          an article with more words than this is rejected
 */
public record IngestOptions(long maxBytes, LocalDate defaultPublished, int maxWordChars, int maxRunWords,
                            int maxWords) {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_WORD_CHARS = 100;
    public static final int DEFAULT_MAX_RUN_WORDS = 100;
    public static final int DEFAULT_MAX_WORDS = 20_000;

    public IngestOptions(long maxBytes, LocalDate defaultPublished) {
        this(maxBytes, defaultPublished, DEFAULT_MAX_WORD_CHARS, DEFAULT_MAX_RUN_WORDS, DEFAULT_MAX_WORDS);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null);
    }
}
