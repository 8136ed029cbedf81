package org.sitrep.cli.store;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place, only when a terminal is attached; silent otherwise.
 * With an unknown total it shows a counter and the rate.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int total;

    Progress(PrintStream err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    void update(int done, int skipped, long events) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && (total <= 0 || done + skipped < total)) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        StringBuilder line = new StringBuilder("\r");
        int finished = done + skipped;
        if (total > 0) {
            total = Math.max(total, finished);
            int filled = (int) Math.round((double) WIDTH * finished / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(finished).append('/').append(total);
        } else {
            line.append(finished).append(" articles");
        }
        line.append(String.format("  %d stored, %d unchanged, %d events, %.1f articles/s ", done, skipped, events,
                done / seconds));
        err.print(line);
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
