package org.sitrep.cli.serve;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.server.bench.ServeBenchmark;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench serve}: load benchmark of the HTTP API (bounded, loopback only) on a synthetic store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Benchmark sitrep serve: N concurrent clients on loopback for a bounded time per scenario "
                + "(/events and /stats) over a synthetic store; prints requests/s, p50/p99 latency and errors.")
public final class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--events", description = "synthetic events in the store (default ${DEFAULT-VALUE})")
    int events = 1_000_000;

    @Option(names = "--clients", description = "concurrent clients (default ${DEFAULT-VALUE}, at most 256)")
    int clients = 32;

    @Option(names = "--seconds", description = "seconds per scenario (default ${DEFAULT-VALUE}, at most 300)")
    int seconds = 20;

    @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file to fill once and reuse "
            + "(default: sitrep-bench-serve-<N>.duckdb in the temporary directory)")
    Path db;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 256 || seconds < 1 || seconds > 300 || events < 5) {
            System.err.println("sitrep: bench serve: --clients 1..256, --seconds 1..300, --events at least 5");
            return 2;
        }
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "sitrep-bench-serve-" + events + ".duckdb");
        try {
            ServeBenchmark.prepare(file, events, System.out::println);
            ServeBenchmark.run(file, clients, seconds, System.out::println);
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("sitrep: bench serve: " + e.getMessage());
            return 1;
        }
    }
}
