package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.StoreFixtures.KH;
import static org.sitrep.store.StoreFixtures.US_EMBASSY;
import static org.sitrep.store.StoreFixtures.attack;
import static org.sitrep.store.StoreFixtures.baghdad;
import static org.sitrep.store.StoreFixtures.coded;
import static org.sitrep.store.StoreFixtures.protest;
import static org.sitrep.store.StoreFixtures.sheikhOmar;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;

/**
 * Every column of gdelt-csv, gdelt-mentions and acled-csv on a small store: two reports of one rocket attack
 * on the US embassy in Baghdad (merged), a protest in Baghdad and a threatened bombing.
 */
class GdeltAcledExportTest {
    private static final LocalDate DAY = LocalDate.of(2021, 7, 8);
    private static final String WIRE = "Militants fired rockets at the US embassy in Baghdad, killing three, \"officials\" said.";

    @TempDir
    Path dir;

    private EventStore store;
    private LocalDateTime before;
    private LocalDateTime after;

    @BeforeEach
    void fill() throws Exception {
        store = EventStore.open(StoreLocation.parse(dir.resolve("x.duckdb").toString()));
        before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        store.store(coded("wire", DAY, attack("wire-e0", KH, US_EMBASSY, DAY, baghdad(), 3, WIRE)));
        store.store(coded("paper", DAY.plusDays(1), attack("paper-e0", KH, US_EMBASSY, DAY, sheikhOmar(), 2,
                "Rockets hit Sheikh Omar.")));
        Event rally = protest("rally-e0", DAY.plusDays(3), baghdad(), "Crowds rallied in Baghdad.");
        store.store(coded("rally", DAY.plusDays(3), rally));
        Event threat = new Event("threat-e0", "183", "bombing", 4, -10, "ASSAULT", rally.acled(), Factuality.FUTURE,
                KH, US_EMBASSY, rally.date(), null, null, rally.evidence(), 0.5, null);
        store.store(coded("threat", DAY.plusDays(3), threat));
        after = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(EventExport format, EventQuery query) {
        StringWriter out = new StringWriter();
        format.write(store, query, out);
        return out.toString();
    }

    /** GDELT rows by GLOBALEVENTID, each as column name to value. */
    private Map<Long, Map<String, String>> gdelt(String tsv, List<String> columns) {
        assertThat(tsv).doesNotContain("\r").endsWith("\n");
        Map<Long, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(columns.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < f.length; i++) {
                row.put(columns.get(i), f[i]);
            }
            rows.put(Long.parseLong(f[0]), row);
        }
        return rows;
    }

    @Test
    void gdeltEventTableHasGdeltsSixtyOneColumnsForEachAssertedEvent() {
        assertThat(GdeltEvents.COLUMNS).hasSize(61);
        assertThat(GdeltEvents.COLUMNS.get(26)).isEqualTo("EventCode");
        assertThat(GdeltEvents.COLUMNS.get(60)).isEqualTo("SOURCEURL");
        String tsv = export(EventExport.GDELT_CSV, EventQuery.all());
        Map<Long, Map<String, String>> rows = gdelt(tsv, GdeltEvents.COLUMNS);
        assertThat(rows).as("the threat is not asserted; no header row").hasSize(2);
        long id = GlobalEventId.of("wire-e0");
        Map<String, String> r = rows.get(id);
        assertThat(r).isNotNull();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("SQLDATE", "20210708");
        expected.put("MonthYear", "202107");
        expected.put("Year", "2021");
        expected.put("FractionDate", "2021.5178");
        expected.put("Actor1Code", "IRQREB");
        expected.put("Actor1Name", "KATAIB HEZBOLLAH");
        expected.put("Actor1CountryCode", "IRQ");
        expected.put("Actor1KnownGroupCode", "");
        expected.put("Actor1Type1Code", "REB");
        expected.put("Actor2Code", "USAGOV");
        expected.put("Actor2Name", "UNITED STATES");
        expected.put("Actor2CountryCode", "USA");
        expected.put("Actor2Type1Code", "GOV");
        expected.put("IsRootEvent", "1");
        expected.put("EventCode", "183");
        expected.put("EventBaseCode", "183");
        expected.put("EventRootCode", "18");
        expected.put("QuadClass", "4");
        expected.put("GoldsteinScale", "-10.0");
        expected.put("NumMentions", "2");
        expected.put("NumSources", "1");
        expected.put("NumArticles", "2");
        expected.put("AvgTone", "0");
        expected.put("Actor1Geo_Type", "4");
        expected.put("Actor1Geo_FullName", "Baghdad, Baghdad, Iraq");
        expected.put("Actor1Geo_CountryCode", "IZ");
        expected.put("Actor2Geo_Type", "1");
        expected.put("Actor2Geo_FullName", "United States");
        expected.put("Actor2Geo_CountryCode", "US");
        expected.put("Actor2Geo_ADM1Code", "US");
        expected.put("Actor2Geo_Lat", "");
        expected.put("ActionGeo_Type", "4");
        expected.put("ActionGeo_FullName", "Baghdad, Baghdad, Iraq");
        expected.put("ActionGeo_CountryCode", "IZ");
        expected.put("ActionGeo_ADM1Code", "IZ07");
        expected.put("ActionGeo_ADM2Code", "");
        expected.put("ActionGeo_Lat", "33.3406");
        expected.put("ActionGeo_Long", "44.4009");
        expected.put("ActionGeo_FeatureID", "98182");
        expected.put("SOURCEURL", "https://news.example/wire");
        for (Map.Entry<String, String> x : expected.entrySet()) {
            assertThat(r.get(x.getKey())).as(x.getKey()).isEqualTo(x.getValue());
        }
        LocalDateTime added = LocalDateTime.parse(r.get("DATEADDED"), GdeltEvents.SECOND);
        assertThat(added).isAfterOrEqualTo(before.withNano(0)).isBeforeOrEqualTo(after);
        assertThat(export(EventExport.GDELT_CSV, EventQuery.all())).as("stable ids and rows").isEqualTo(tsv);
    }

    @Test
    void otherFactualitiesGoToTheGdeltTableOnlyWithASideFileNamingEach() {
        EventQuery all = EventQuery.all().withFactuality(Set.of(Factuality.ASSERTED, Factuality.FUTURE));
        assertThat(EventExport.GDELT_CSV.needsFactualityFile(all)).isTrue();
        assertThatThrownBy(() -> EventExport.GDELT_CSV.write(store, all, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-o FILE");
        StringWriter out = new StringWriter();
        StringWriter side = new StringWriter();
        assertThat(EventExport.GDELT_CSV.write(store, all, out, side)).isEqualTo(3);
        assertThat(side.toString().lines()).containsExactlyInAnyOrder(GlobalEventId.of("wire-e0") + "\tasserted",
                GlobalEventId.of("rally-e0") + "\tasserted", GlobalEventId.of("threat-e0") + "\tfuture");
        assertThat(out.toString().lines()).hasSize(3).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    }

    @Test
    void gdeltMentionsTableHasARowPerMentionJoinedByGlobalEventId() {
        String tsv = export(EventExport.GDELT_MENTIONS, EventQuery.all());
        Map<String, Map<String, String>> byIdentifier = new LinkedHashMap<>();
        for (Map<String, String> row : tsvRows(tsv)) {
            byIdentifier.put(row.get("MentionIdentifier"), row);
        }
        assertThat(byIdentifier).containsOnlyKeys("https://news.example/wire", "https://news.example/paper",
                "https://news.example/rally");
        Map<String, String> wire = byIdentifier.get("https://news.example/wire");
        Map<String, String> paper = byIdentifier.get("https://news.example/paper");
        assertThat(wire.get("GLOBALEVENTID")).isEqualTo(paper.get("GLOBALEVENTID"))
                .isEqualTo(String.valueOf(GlobalEventId.of("wire-e0")));
        assertThat(wire.get("EventTimeDate")).isEqualTo(paper.get("EventTimeDate")).hasSize(14);
        assertThat(wire.get("MentionTimeDate")).hasSize(14);
        assertThat(wire.get("MentionType")).isEqualTo("1");
        assertThat(wire.get("MentionSourceName")).isEqualTo("Example Wire");
        assertThat(wire.get("SentenceID")).isEqualTo("1");
        assertThat(wire.get("Actor1CharOffset")).as("Kataib Hezbollah is not named in the sentence").isEqualTo("-1");
        assertThat(wire.get("Actor2CharOffset")).isEqualTo(String.valueOf(WIRE.indexOf("the US embassy")));
        assertThat(wire.get("ActionCharOffset")).isEqualTo(String.valueOf(WIRE.indexOf("fired")));
        assertThat(wire.get("InRawText")).isEqualTo("0");
        assertThat(wire.get("Confidence")).isEqualTo("80");
        assertThat(wire.get("MentionDocLen")).isEqualTo(String.valueOf(WIRE.length() + 1));
        assertThat(wire.get("MentionDocTone")).isEqualTo("0");
        assertThat(GdeltMentions.COLUMNS).hasSize(16);
    }

    @Test
    void sinceGivesOnlyWhatWasStoredAfterItInEveryExport() throws Exception {
        LocalDateTime between = LocalDateTime.now(ZoneOffset.UTC);
        Thread.sleep(5);
        store.store(coded("late", DAY.plusDays(1), attack("late-e0", KH, US_EMBASSY, DAY, baghdad(), 4,
                "A rocket struck near the US embassy in Baghdad.")));
        EventQuery since = EventQuery.all().changedAfter(between);
        List<Map<String, String>> mentions = tsvRows(export(EventExport.GDELT_MENTIONS, since));
        assertThat(mentions).extracting(m -> m.get("MentionIdentifier")).containsExactly("https://news.example/late");
        Map<Long, Map<String, String>> events = gdelt(export(EventExport.GDELT_CSV, since), GdeltEvents.COLUMNS);
        assertThat(events).containsOnlyKeys(GlobalEventId.of("wire-e0"));
        assertThat(events.get(GlobalEventId.of("wire-e0")).get("NumMentions")).isEqualTo("3");
        assertThat(export(EventExport.JSONL, since).lines()).hasSize(1).allMatch(l -> l.contains("\"id\":\"late-e0\""));
        assertThat(export(EventExport.GDELT_CSV, EventQuery.all().changedAfter(LocalDateTime.now(ZoneOffset.UTC)))).isEmpty();
    }

    private List<Map<String, String>> tsvRows(String tsv) {
        return tsv.lines().map(line -> {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(GdeltMentions.COLUMNS.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < f.length; i++) {
                row.put(GdeltMentions.COLUMNS.get(i), f[i]);
            }
            return row;
        }).toList();
    }

    @Test
    void acledTableHasAcledsThirtyOneColumnsAndActorNames() {
        List<String> lines = export(EventExport.ACLED_CSV, EventQuery.all()).lines().toList();
        assertThat(AcledCsv.HEADER).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
                + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
                + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
        assertThat(lines).hasSize(3);
        String attack = lines.stream().filter(l -> l.startsWith("IRQ" + GlobalEventId.of("wire-e0") + ",")).findFirst()
                .orElseThrow();
        assertThat(attack).isEqualTo("IRQ" + GlobalEventId.of("wire-e0") + ",2021-07-08,2021,1,Political violence,"
                + "Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,2,"
                + "Government of United States,,8,28,,368,Middle East,Iraq,Baghdad,,,Baghdad,33.3406,44.4009,1,"
                + "Example Wire,,\"Militants fired rockets at the US embassy in Baghdad, killing three, \"\"officials\"\" said.\","
                + "2,," + attack.substring(attack.lastIndexOf(',') + 1));
        long timestamp = Long.parseLong(attack.substring(attack.lastIndexOf(',') + 1));
        assertThat(timestamp).isBetween(before.toEpochSecond(ZoneOffset.UTC), after.toEpochSecond(ZoneOffset.UTC));
        String rally = lines.stream().filter(l -> l.contains("Peaceful protest")).findFirst().orElseThrow();
        assertThat(Arrays.asList(rally.split(",", -1)).subList(4, 15)).containsExactly("Demonstrations", "Protests",
                "Peaceful protest", "Protesters (Iraq)", "", "6", "", "", "0", "60", "");
    }
}
