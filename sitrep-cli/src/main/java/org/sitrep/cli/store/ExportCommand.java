package org.sitrep.cli.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.export.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep export}: writes stored events for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events: gdelt-csv and acled-csv (one row per real-world event after dedup), "
                + "geojson (points), jsonl (every mention, contract event objects).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad option value", "1:the database or the output failed"})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "gdelt-csv, acled-csv, geojson or jsonl")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Mixin
    DbOption db;

    @Mixin
    QueryFilters filters;

    @Override
    public Integer call() {
        EventExport export;
        EventQuery query;
        try {
            export = EventExport.byLabel(format);
            query = filters.query();
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: export: " + e.getMessage());
            return 2;
        }
        try (EventStore store = EventStore.open(db.location());
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            int n = export.write(store, query, out);
            out.flush();
            if (output != null) {
                System.err.printf("sitrep: wrote %d %s to %s%n", n, export.merged() ? "events" : "mentions", output);
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("sitrep: " + (output == null ? "standard output" : output) + ": cannot write: " + e.getMessage());
            return 1;
        }
    }
}
