package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.bench.SyntheticArticles;

/**
 * Fills a small RAM disk (a 3 MB tmpfs, mounted for the test; skipped where mounting is not allowed) until
 * storing fails: the message names the file and says the disk is full, and every article stored before is
 * still there, whole.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskGivesAClearMessageAndLosesNothingStoredBefore() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("tiny"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs here (needs root): full-disk test skipped");
        Path db = disk.resolve("full.duckdb");
        int stored = 0;
        String message = null;
        try {
            SyntheticArticles synthetic = new SyntheticArticles(5);
            EventStore store = EventStore.open(StoreLocation.parse(db.toString()));
            try {
                for (int n = 0; n < 20_000; n++) {
                    store.store(synthetic.article(n));
                    stored++;
                }
            } catch (StoreException e) {
                message = e.getMessage();
            } finally {
                try {
                    store.close();
                } catch (StoreException ignored) {
                    // closing a database on a full disk may fail too; the copy below shows what survived
                }
            }
            Path copy = dir.resolve("copy.duckdb");
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(Path.of(db + ".wal"))) {
                Files.copy(Path.of(db + ".wal"), Path.of(copy + ".wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(message).startsWith(db + ": ").contains("disk is full").doesNotContain("\n");
            assertThat(stored).isGreaterThan(10);
            try (EventStore after = EventStore.open(StoreLocation.parse(copy.toString()))) {
                assertThat(after.summary().articles()).isEqualTo(stored);
                assertThat(after.summary().mentions()).isEqualTo(stored * 5L);
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
