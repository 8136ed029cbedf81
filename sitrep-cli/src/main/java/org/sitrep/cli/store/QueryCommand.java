package org.sitrep.cli.store;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.export.JsonlWriter;
import org.sitrep.export.MentionCsv;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep query}: filters stored events and prints them as a table, contract JSON lines or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Find stored events by date, country, actor, CAMEO code, ACLED type, area, factuality, words or time stored (--since).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (also when nothing matched)", "2:bad option value", "1:the database failed"})
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, jsonl, csv }

    @Mixin
    DbOption db;

    @Mixin
    QueryFilters filters;

    @Option(names = "--format", description = "table (default), jsonl (contract event objects with their article) or csv")
    Format format = Format.table;

    @Override
    public Integer call() {
        EventQuery query;
        try {
            query = filters.query();
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: query: " + e.getMessage());
            return 2;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (EventStore store = EventStore.openForReading(db.existing(), db.lockWait())) {
            switch (format) {
                case jsonl -> {
                    JsonlWriter w = new JsonlWriter(out);
                    store.forEach(query, false, w::write);
                }
                case csv -> {
                    MentionCsv w = new MentionCsv(out);
                    store.forEach(query, false, w::write);
                }
                case table -> table(store.query(query), new PrintWriter(out));
                default -> throw new IllegalStateException();
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("sitrep: cannot write the output: " + e.getMessage());
            return 1;
        }
    }

    static void table(List<StoredEvent> rows, PrintWriter out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"date", "cameo", "factuality", "source", "target", "place", "country", "killed", "event", "article"});
        for (StoredEvent m : rows) {
            Event e = m.event();
            cells.add(new String[] {e.date() == null ? "" : e.date().start().toString(), e.cameo(), e.factuality().label(),
                    actor(e.source()), actor(e.target()), e.location() == null ? "" : e.location().name(),
                    e.location() == null || e.location().country() == null ? "" : e.location().country(),
                    e.fatalities() == null ? "" : e.fatalities().toString(), m.clusterId(), m.articleId()});
        }
        int[] width = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i].length() > 28 ? row[i].substring(0, 27) + "…" : row[i];
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + width[i] + "s", row[i])).append(i + 1 < row.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
        out.printf("%d event mention(s)%n", rows.size());
        out.flush();
    }

    private static String actor(Actor a) {
        if (a == null) {
            return "";
        }
        String name = a.name() != null ? a.name() : a.text();
        return a.code() == null ? name : name + " (" + a.code() + ")";
    }
}
