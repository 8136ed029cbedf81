package org.sitrep.cli.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench store}: the store benchmark (bulk load, country + date-range query, transactional ingest). */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Benchmark the embedded store: bulk-load synthetic events, time a country + date-range query "
                + "and the per-article ingest path.")
public final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--events", description = "synthetic events to bulk-load (default ${DEFAULT-VALUE})")
    int events = 1_000_000;

    @Option(names = "--ingest", description = "articles then stored one transaction each, with dedup (default ${DEFAULT-VALUE})")
    int ingest = 1000;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("sitrep-bench-store");
        Path db = dir.resolve("bench.duckdb");
        try {
            StoreBenchmark.run(db, events, ingest, System.out::println);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
