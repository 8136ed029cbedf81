package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sitrep.cli.Main;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;

/**
 * Property-based fuzzing of {@code sitrep query}'s filters: every combination of options with plausible,
 * boundary and random values either answers (exit 0) or is refused with one line naming the option (exit 2);
 * never exit 1, a Java class name or the SQL engine's text. Bounded tries; counts printed at the end.
 */
class QueryFilterFuzzTest {
    private static final String[] OPTIONS = {"--from", "--to", "--country", "--actor", "--cameo", "--acled", "--bbox",
        "--factuality", "--text", "--limit", "--since", "--format"};
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger ANSWERED = new AtomicInteger();
    private static final Map<String, Integer> REFUSED = new TreeMap<>();
    private static Path db;

    private static synchronized Path db() throws Exception {
        if (db == null) {
            Path dir = Files.createTempDirectory("qfuzz");
            db = dir.resolve("empty.duckdb");
            EventStore.open(StoreLocation.parse(db.toString())).close();
        }
        return db;
    }

    @Provide
    Arbitrary<List<String>> filters() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("2024-03-14", "2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "IRQ", "irq", "Iraq",
                        "XYZ", "19", "190", "1951", "99", "-1", "0", "1", "2147483648", "asserted,negated", "maybe",
                        "10,20,30,40", "50,10,40,20", "-181,0,0,0", "1,2,3", "NaN,0,1,1", "20240314080000", "1710403200",
                        "2024-03-14T08:00:00+02:00", "table", "jsonl", "csv", "xml", "'; DROP TABLE events; --", "%", "_",
                        "\\", "\"", ""),
                Arbitraries.strings().all().ofMaxLength(30));
        return Combinators.combine(Arbitraries.of(OPTIONS), value).as((o, v) -> List.of(o, v)).list().ofMaxSize(4)
                .map(pairs -> {
                    List<String> args = new ArrayList<>();
                    pairs.forEach(args::addAll);
                    return args;
                });
    }

    @Property(tries = 250, seed = "1417")
    void everyFilterAnswersOrIsRefusedNamingTheOption(@ForAll("filters") List<String> filters) throws Exception {
        TRIED.incrementAndGet();
        List<String> args = new ArrayList<>(List.of("query", "--db", db().toString()));
        args.addAll(filters);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.run(args.toArray(String[]::new));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).as(args + " → " + message).isIn(0, 2);
        if (exit == 0) {
            ANSWERED.incrementAndGet();
            return;
        }
        assertThat(message).as(args.toString()).isNotEmpty().doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("Binder Error").doesNotContain("Parser Error").doesNotContain("\tat ");
        assertThat(message.lines().count()).as(message).isLessThanOrEqualTo(2);
        String kind = message.replaceAll("'[^']*'", "'…'").replaceAll("-?\\d+(\\.\\d+)?", "N");
        kind = kind.length() > 80 ? kind.substring(0, 80) : kind;
        synchronized (REFUSED) {
            REFUSED.merge(kind, 1, Integer::sum);
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("query filter fuzz: %d tried, %d answered, %d refused by name, 0 failures%n", TRIED.get(),
                ANSWERED.get(), REFUSED.values().stream().mapToInt(Integer::intValue).sum());
        REFUSED.forEach((k, v) -> System.out.printf("  %4d  %s%n", v, k));
    }
}
