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
        description = {"Export stored events. Formats, with their schema version and the file name -o DIR uses:",
            "  gdelt-csv       v2  gdelt-events.v2.export.tsv   GDELT 2.0 event table: 61 columns, tab-separated,"
                + " no header; asserted real-world events (with --factuality: FILE.factuality.tsv gives each row's)",
            "  gdelt-mentions  v1  gdelt-mentions.v1.mentions.tsv  GDELT 2.0 Mentions table: 16 columns, tab-separated,"
                + " no header; with --since only the mentions stored since",
            "  acled-csv       v2  acled.v2.csv                 ACLED's 31 export columns; asserted events with an ACLED type",
            "  sitrep-csv      v1  sitrep-events.v1.csv         readable CSV: header, ISO codes, factuality",
            "  geojson         v1  sitrep-events.v1.geojson     points, one per located real-world event",
            "  jsonl           v1  sitrep-mentions.v1.jsonl     every mention, contract event objects",
            "Columns: docs/store.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad option value", "1:the database or the output failed"})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT",
            description = "gdelt-csv, gdelt-mentions, acled-csv, sitrep-csv, geojson or jsonl")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "write here instead of standard output; a directory gets the format's file name")
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
        Path file = output != null && Files.isDirectory(output) ? output.resolve(export.suggestedFileName()) : output;
        boolean side = export.needsFactualityFile(query);
        if (side && file == null) {
            System.err.println("sitrep: export: gdelt-csv with --factuality other than asserted writes each event's"
                    + " factuality to a second file: give -o FILE or -o DIR");
            return 2;
        }
        Path sideFile = side ? factualityFile(file) : null;
        try (EventStore store = EventStore.openForReading(db.existing(), db.lockWait());
             Writer out = file == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Writer sideOut = sideFile == null ? null : Files.newBufferedWriter(sideFile, StandardCharsets.UTF_8)) {
            int n = export == EventExport.ACLED_CSV
                    ? export.write(store, query, out, sideOut, new GazetteerDistricts(org.sitrep.geo.Gazetteer.load()))
                    : export.write(store, query, out, sideOut);
            out.flush();
            if (file != null) {
                System.err.printf("sitrep: wrote %d %s to %s%s%n", n, export == EventExport.GDELT_MENTIONS
                        || !export.merged() ? "mentions" : "events", file,
                        sideFile == null ? "" : " (factuality of each in " + sideFile + ")");
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("sitrep: " + (file == null ? "standard output" : file) + ": cannot write: " + e.getMessage());
            return 1;
        }
    }

    /** FILE.tsv gives FILE.factuality.tsv; any other name gets .factuality.tsv appended. */
    static Path factualityFile(Path file) {
        String name = file.getFileName().toString();
        String side = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) + ".factuality.tsv"
                : name + ".factuality.tsv";
        return file.resolveSibling(side);
    }
}
