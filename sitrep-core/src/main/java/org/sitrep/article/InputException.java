package org.sitrep.article;

/**
 * Bad input: names the input (file, file:line, URL) and what is wrong with it. The CLI turns it
 * into one line on stderr and exit code 2; batch jobs record it and go on.
 */
public final class InputException extends Exception {
    private final String input;
    private final String problem;

    public InputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
        this.problem = problem;
    }

    public InputException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
        this.problem = problem;
    }

    /** The input that was rejected, e.g. {@code articles/a.jsonl:12}. */
    public String input() {
        return input;
    }

    /** What was wrong with it, in words for a user. */
    public String problem() {
        return problem;
    }
}
