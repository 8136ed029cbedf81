package org.sitrep.runtime;

/**
 * What a batch did.
 *
 * @param coded    articles coded and written
 * @param rejected inputs rejected (bad files, bad lines, articles that failed to code)
 * @param tokens   tokens annotated
 * @param sentences sentences annotated
 */
public record BatchResult(int coded, int rejected, long tokens, long sentences) {
}
