package org.sitrep.store;

import java.sql.SQLException;

/**
 * Which PostgreSQL failures mean the server went away (so the connection is worth opening again) and the
 * pause between attempts. SQLSTATE class 08 is a connection failure; 57P01 to 57P03 are a server shutting
 * down, restarting after a crash or not yet accepting connections.
 */
final class Reconnect {
    private static final long PAUSE_MS = 500;

    private Reconnect() {
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sleeps before the next attempt, or throws the failure when the time to reconnect is over. */
    static void pauseOrThrow(long deadlineNanos, StoreException failure) {
        if (System.nanoTime() + PAUSE_MS * 1_000_000 > deadlineNanos) {
            throw failure;
        }
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
