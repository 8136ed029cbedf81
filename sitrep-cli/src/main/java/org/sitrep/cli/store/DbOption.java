package org.sitrep.cli.store;

import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "LOCATION",
            description = "database: a DuckDB file (default ./" + StoreLocation.DEFAULT_FILE
                    + ", created on first use) or postgresql://user:password@host:port/database")
    String db = StoreLocation.DEFAULT_FILE;

    public StoreLocation location() {
        return StoreLocation.parse(db);
    }
}
