package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dedup.MergeRule;
import org.sitrep.model.CodedArticle;

/**
 * The ingest's batched writer on a real DuckDB file: the file is written only in batches and is free between
 * them (a read-only open succeeds), the writer lock keeps a second writer out by name, a batch that is not
 * full is stored once its first article has waited long enough, and a rerun changes nothing.
 */
class BatchedStoreTest {
    private static final LocalDate DAY = LocalDate.of(2021, 7, 8);

    @TempDir
    Path dir;

    private static CodedArticle article(int i) {
        return StoreFixtures.coded("a" + i, DAY, StoreFixtures.attack("a" + i + "-e0", StoreFixtures.KH,
                StoreFixtures.US_EMBASSY, DAY, StoreFixtures.baghdad(), 1, "Rockets hit Baghdad, report " + i + "."));
    }

    private static long articles(StoreLocation where) {
        try (EventStore read = EventStore.openForReading(where, Duration.ofSeconds(30))) {
            return read.summary().articles();
        }
    }

    @Test
    void storesInBatchesAndLeavesTheFileFreeBetweenThem() {
        StoreLocation where = StoreLocation.parse(dir.resolve("b.duckdb").toString());
        List<IngestOutcome> outcomes = new ArrayList<>();
        BatchedStore.Batching two = new BatchedStore.Batching(2, Duration.ofSeconds(3600), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        try (BatchedStore store = BatchedStore.open(where, MergeRule.standard(), two, (c, o) -> outcomes.add(o))) {
            assertThat(Files.exists(where.file())).as("created at the start").isTrue();
            assertThat(articles(where)).isZero();
            store.add(article(1));
            assertThat(articles(where)).as("one article is no batch of two").isZero();
            store.add(article(2));
            assertThat(articles(where)).as("a full batch is stored").isEqualTo(2);
            assertThat(store.storedVersion("a2")).isPresent();
            store.add(article(3));
            assertThat(outcomes).hasSize(2);
        }
        assertThat(articles(where)).as("closing stores the rest").isEqualTo(3);
        assertThat(outcomes).containsExactly(IngestOutcome.STORED, IngestOutcome.STORED, IngestOutcome.STORED);

        outcomes.clear();
        try (BatchedStore again = BatchedStore.open(where, MergeRule.standard(), two, (c, o) -> outcomes.add(o))) {
            assertThat(again.storedVersion("a1")).get().extracting(EventStore.StoredVersion::contentHash)
                    .isEqualTo(ContentHash.of(article(1).article()));
            again.add(article(1));
        }
        assertThat(outcomes).containsExactly(IngestOutcome.UNCHANGED);
        assertThat(articles(where)).isEqualTo(3);
    }

    @Test
    void aSecondWriterIsRefusedByNameWhileTheFirstHoldsTheLock() {
        StoreLocation where = StoreLocation.parse(dir.resolve("w.duckdb").toString());
        try (BatchedStore first = BatchedStore.open(where, MergeRule.standard(), BatchedStore.Batching.DEFAULT, (c, o) -> { })) {
            assertThatThrownBy(() -> BatchedStore.open(where, MergeRule.standard(), BatchedStore.Batching.DEFAULT, (c, o) -> { }))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(where.display() + ": the database file is locked by another process (sitrep ingest, pid "
                            + ProcessHandle.current().pid() + ", is writing it); wait for it or use another --db");
            assertThat(articles(where)).as("readers ignore the writer lock").isZero();
        }
        try (WriterLock again = WriterLock.take(where)) {
            assertThat(WriterLock.lockFile(where.file())).exists();
        }
    }

    @Test
    void aBatchThatIsNotFullIsStoredOnceItsFirstArticleHasWaited() throws Exception {
        StoreLocation where = StoreLocation.parse(dir.resolve("t.duckdb").toString());
        BatchedStore.Batching slow = new BatchedStore.Batching(1000, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        List<String> stored = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (BatchedStore store = BatchedStore.open(where, MergeRule.standard(), slow,
                (c, o) -> stored.add(c.article().id()))) {
            store.add(article(7));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (stored.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(stored).as("stored by the timer, without another article or close").containsExactly("a7");
            assertThat(articles(where)).isEqualTo(1);
        }
    }

    @Test
    void aReadOnlyOpenReadsTheStoreButCannotWriteIt() {
        StoreLocation where = StoreLocation.parse(dir.resolve("none.duckdb").toString());
        try (BatchedStore store = BatchedStore.open(where, MergeRule.standard(), BatchedStore.Batching.DEFAULT, (c, o) -> { })) {
            store.add(article(1));
        }
        try (EventStore read = EventStore.openForReading(where, Duration.ZERO)) {
            assertThat(read.query(EventQuery.all())).hasSize(1);
            assertThatThrownBy(() -> read.bulkLoad(List.of(article(2).article()), List.of(), e -> "a2"))
                    .isInstanceOf(StoreException.class);
        }
    }
}
