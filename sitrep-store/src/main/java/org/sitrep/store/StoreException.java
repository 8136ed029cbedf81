package org.sitrep.store;

/**
 * The store could not do what was asked: names the database (a file path or a server URL without its
 * password) and the problem in words for a user. The CLI prints it as one line and exits non-zero.
 */
public final class StoreException extends RuntimeException {
    private final String database;
    private final String problem;

    public StoreException(String database, String problem, Throwable cause) {
        super(database + ": " + problem, cause);
        this.database = database;
        this.problem = problem;
    }

    public StoreException(String database, String problem) {
        this(database, problem, null);
    }

    /** The database, as shown to the user. */
    public String database() {
        return database;
    }

    /** What went wrong, in words for a user. */
    public String problem() {
        return problem;
    }
}
