package org.sitrep.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Opening a DuckDB file that another process has open: DuckDB lets one process write a file and no other
 * process read it meanwhile, so a reader (or a batch of an ingest) that finds it locked tries again, with a
 * growing pause (20 ms doubling to 500 ms, with jitter), until a bounded wait has passed; then the lock failure
 * is reported as it is. Any other failure is reported at once.
 */
public final class LockWait {
    /** How long read commands wait for the file by default. */
    public static final Duration READ_DEFAULT = Duration.ofSeconds(30);
    private static final long FIRST_PAUSE_MS = 20;
    private static final long LONGEST_PAUSE_MS = 500;

    private LockWait() {
    }

    /** Runs {@code open} until it succeeds, fails other than by a lock, or {@code wait} has passed. */
    public static <T> T retrying(Duration wait, Supplier<T> open) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return open.get();
            } catch (StoreException e) {
                long sleep = pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
                if (!isLockConflict(e) || System.nanoTime() + sleep * 1_000_000 > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    /** True when the failure is DuckDB's "another process holds the file". */
    static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && isLockMessage(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    static boolean isLockMessage(String message) {
        String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
        return lower.contains("could not set lock") || lower.contains("conflicting lock");
    }
}
