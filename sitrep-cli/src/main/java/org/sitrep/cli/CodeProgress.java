package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of {@code sitrep code} on stderr, redrawn in place: articles done / total,
 * articles/s and the time left. Silent unless enabled (on a terminal, or with --progress).
 */
final class CodeProgress {
    private final PrintStream err;
    private final boolean enabled;
    private final int total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    CodeProgress(PrintStream err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder("\rsitrep: ").append(done);
        if (total > 0) {
            line.append('/').append(Math.max(total, done));
        }
        line.append(String.format(Locale.ROOT, " articles, %.2f articles/s", rate));
        if (total > done && rate > 0) {
            line.append(String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate));
        }
        err.print(line.append("   "));
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.println();
            err.flush();
        }
    }
}
