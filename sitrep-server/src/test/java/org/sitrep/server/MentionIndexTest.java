package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.model.AcledType;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.LockWait;
import org.sitrep.store.MentionIndex;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoreStats;

/**
 * The in-memory index gives what SQL gives: for every filter it covers, the same total, the same pages (every
 * page, by cursor, limits 1, 4 and 100, compared as records: ids, order, JSON) and the same facet counts in the
 * same order; after articles are stored and one is replaced, a refresh gives what SQL then gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionIndexTest {
    static final List<String> FILTERS = List.of("", "country=KEN", "country=irq", "country=XXX",
            "from=2024-06-01&to=2024-06-30", "from=2024-06-26", "to=2020-01-05", "cameo=14", "cameo=190", "cameo=04",
            "acled=Protests", "acled=peaceful%20protest", "acled=PROTESTS", "bbox=30,40,40,60", "bbox=-180,-90,180,90",
            "factuality=possible", "factuality=asserted,possible", "text=tear%20gas", "text=ocket", "text=rockets%20at%20the",
            "text=s%20fired%20r", "text=town%203%20on", "text=BAGHDAD", "text=nothing%20like%20this", "text=.",
            "country=KEN&factuality=asserted", "from=2020-01-02&to=2020-01-03&cameo=19",
            "text=town&from=2020-01-01&to=2020-01-10", "country=IRQ&text=rockets");

    private Path dir;
    private StoreLocation location;

    @BeforeAll
    void fill() throws IOException {
        dir = Files.createTempDirectory("sitrep-index");
        location = StoreLocation.duckDb(dir.resolve("index.duckdb"));
        TestStore.fill(location);
        try (EventStore store = EventStore.open(location)) {
            // an article without a publication date: its event has no day (and no stored event JSON)
            String text = "Protesters marched in Mombasa, organisers said.";
            store.store(TestStore.article("undated-1", "Undated march", null, text,
                    TestStore.event("undated-1-e0", text, "Protesters marched", "marched", "141", "Demonstrate or rally", 3,
                            new AcledType("Protests", "Peaceful protest"), Factuality.ASSERTED, TestStore.PROTESTERS, null,
                            null, TestStore.nairobi(), null)));
        }
    }

    @AfterAll
    void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void answersAsSqlDoesBeforeAndAfterARefresh() {
        try (StoreReader reader = StoreReader.sharing(location, 1, LockWait.READ_DEFAULT)) {
            MentionIndex index = MentionIndex.load(reader);
            assertThat(index.size()).isEqualTo(mentions(reader));
            int pages = sameAsSql(index, reader);
            assertThat(pages).isGreaterThan(FILTERS.size() * 3);
            assertThat(index.refresh(reader)).as("nothing stored: the same index").isSameAs(index);

            try (EventStore store = EventStore.open(location)) {
                // a replaced article (other text, other events) and a new one that merges with a stored event
                LocalDate mon = LocalDate.of(2024, 9, 2);
                String kyv = "Ukraine's foreign minister met his Polish counterpart in Kyiv on Monday. Talks went on late.";
                store.store(TestStore.article("kyv-1", "Talks in Kyiv", mon, kyv,
                        TestStore.event("kyv-1-e0", kyv, "Talks went on", "went", "040", "Consult", 1, null,
                                Factuality.ASSERTED, null, null, org.sitrep.model.EventDate.day(mon, null),
                                TestStore.kyiv(), null)));
                LocalDate fri = LocalDate.of(2024, 3, 8);
                String bag = "Kataib Hezbollah fired rockets at the US embassy in Baghdad on Friday.";
                store.store(TestStore.article("bag-3", "Embassy hit", fri.plusDays(1), bag,
                        TestStore.event("bag-3-e0", bag, "Kataib Hezbollah fired rockets", "fired", "190",
                                "Use conventional military force", 4,
                                new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                                Factuality.ASSERTED, TestStore.KH, TestStore.EMBASSY,
                                org.sitrep.model.EventDate.day(fri, "on Friday"), TestStore.baghdad(), null)));
            }
            MentionIndex fresh = index.refresh(reader);
            assertThat(fresh).isNotSameAs(index);
            assertThat(fresh.size()).isEqualTo(mentions(reader));
            sameAsSql(fresh, reader);
        }
    }

    private static long mentions(StoreReader reader) {
        long[] n = new long[1];
        reader.forEach(EventQuery.all(), false, m -> n[0]++);
        return n[0];
    }

    /** Compares every filter's total, pages and stats; answers the number of pages compared. */
    private static int sameAsSql(MentionIndex index, StoreReader reader) {
        StoreStats sqlStats = new StoreStats(reader);
        int pages = 0;
        for (String f : FILTERS) {
            EventQuery q = new QueryParams(parse(f), QueryParams.FILTERS).query();
            assertThat(MentionIndex.covers(q)).as(f).isTrue();
            long total = reader.count(q);
            assertThat(index.count(q)).as("total " + f).isEqualTo(total);
            for (int limit : new int[] {1, 4, 100}) {
                StoreReader.PageKey after = null;
                do {
                    StoreReader.JsonPage sql = reader.jsonEvents(q, limit, after, total);
                    StoreReader.JsonPage mem = index.page(q, limit, after, total, reader::builtJson);
                    assertThat(mem).as(f + " limit " + limit + " after " + after).isEqualTo(sql);
                    after = sql.next();
                    pages++;
                } while (after != null);
            }
            StoreStats.Stats s = sqlStats.stats(q);
            StoreStats.Stats m = index.stats(q);
            assertThat(m.total()).as("stats " + f).isEqualTo(s.total());
            assertThat(m.located()).as("located " + f).isEqualTo(s.located());
            for (String facet : s.facets().keySet()) {
                assertThat(entries(m.facets().get(facet))).as(facet + " " + f).isEqualTo(entries(s.facets().get(facet)));
            }
        }
        return pages;
    }

    private static List<String> entries(Map<String, Long> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    @Test
    void leavesActorSinceAndWildcardsToSql() {
        assertThat(MentionIndex.covers(EventQuery.all().withActor("kataib"))).isFalse();
        assertThat(MentionIndex.covers(EventQuery.all().changedAfter(java.time.LocalDateTime.of(2024, 1, 1, 0, 0)))).isFalse();
        assertThat(MentionIndex.covers(EventQuery.all().containing("tear_gas"))).isFalse();
        assertThat(MentionIndex.covers(EventQuery.all().containing("100%"))).isFalse();
        assertThat(MentionIndex.covers(EventQuery.all().containing("tear gas").inCountry("KEN"))).isTrue();
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                m.put(p[0], List.of(java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return m;
    }
}
