package org.sitrep.cli.store;

import java.nio.file.Files;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db} option every store command shares. */
public final class DbOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--db", paramLabel = "LOCATION",
            description = "database: a DuckDB file (default ./" + StoreLocation.DEFAULT_FILE
                    + ", created on first use) or postgresql://user:password@host:port/database")
    String db = StoreLocation.DEFAULT_FILE;

    @Option(names = "--lock-wait", paramLabel = "S",
            description = "while another process holds the DuckDB file (an ingest storing a batch, a reader), try"
                    + " again for up to S seconds (default ${DEFAULT-VALUE} for reading; an ingest's batch waits "
                    + "300 s unless this is given)")
    long lockWait = org.sitrep.store.LockWait.READ_DEFAULT.toSeconds();

    /** How long a read command waits for a DuckDB file another process is writing. */
    public java.time.Duration lockWait() {
        if (lockWait < 0) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--lock-wait must be at least 0, not " + lockWait);
        }
        return java.time.Duration.ofSeconds(lockWait);
    }

    public StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--db " + db + ": " + e.getMessage());
        }
    }

    /** The location of a store that must exist already: a read command never creates one. */
    public StoreLocation existing() {
        StoreLocation location = location();
        if (location.file() != null && !Files.isRegularFile(location.file())) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--db " + db + ": no such database"
                    + (Files.exists(location.file()) ? " (it is not a file)" : "")
                    + "; sitrep ingest creates one, a read command never does");
        }
        return location;
    }
}
