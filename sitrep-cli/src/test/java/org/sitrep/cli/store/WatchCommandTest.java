package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitrep watch}'s answers to bad arguments: one line, exit 2, before any model is loaded. */
class WatchCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        WatchCommand command = new WatchCommand();
        command.annotators = options -> {
            throw new AssertionError("no article should be coded");
        };
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = new CommandLine(command);
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new String[] {String.valueOf(exit), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aBadFeedListIsOneLine() throws Exception {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# feeds\nftp://nowhere/feed\n");
        String[] r = run("--once", "--db", dir.resolve("x.duckdb").toString(), list.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].strip()).isEqualTo("sitrep: " + list + ":2: not an http(s) feed URL: ftp://nowhere/feed");
        String[] missing = run("--once", "--db", dir.resolve("x.duckdb").toString(), dir.resolve("none.txt").toString());
        assertThat(missing[1].strip()).isEqualTo("sitrep: " + dir.resolve("none.txt")
                + ": neither an http(s) feed URL nor a file listing feed URLs");
    }

    @Test
    void aBadDurationIsOneLine() {
        String[] r = run("--once", "--every", "soon", "http://127.0.0.1:1/rss");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("'soon' is not a duration (e.g. 30s, 15m, 1h)");
    }

    @Test
    void durationsReadAsUsersWriteThem() {
        WatchCommand.DurationConverter d = new WatchCommand.DurationConverter();
        assertThat(d.convert("15m")).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThat(d.convert("30s")).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(d.convert("2h")).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(d.convert("500ms")).isEqualTo(java.time.Duration.ofMillis(500));
        assertThat(d.convert("PT10M")).isEqualTo(java.time.Duration.ofMinutes(10));
    }
}
