package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.store.StoreLocation;

/** The API contract on an embedded DuckDB file. */
class DuckDbApiTest extends ApiContract {
    private Path dir;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("sitrep-api");
        startOn(StoreLocation.duckDb(dir.resolve("api.duckdb")));
    }

    @AfterAll
    void removeFiles() throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
