package org.sitrep.runtime;

import java.util.List;

/**
 * What a batch did.
 *
 * @param coded     articles coded and written
 * @param rejected  inputs rejected (bad files, bad lines, articles past a limit or that failed to code)
 * @param tokens    tokens annotated
 * @param sentences sentences annotated
 * @param failures  Sitrep's own failures (running out of memory on an article), one message each
 */
public record BatchResult(int coded, int rejected, long tokens, long sentences, List<String> failures) {
    public BatchResult(int coded, int rejected, long tokens, long sentences) {
        this(coded, rejected, tokens, sentences, List.of());
    }
}
