package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.StoreFixtures.KH;
import static org.sitrep.store.StoreFixtures.US_EMBASSY;
import static org.sitrep.store.StoreFixtures.attack;
import static org.sitrep.store.StoreFixtures.baghdad;
import static org.sitrep.store.StoreFixtures.coded;
import static org.sitrep.store.StoreFixtures.protest;
import static org.sitrep.store.StoreFixtures.sheikhOmar;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;

/** Each export on a small store: two reports of one attack (merged) and one protest without ACLED violence. */
class EventExportTest {
    private static final LocalDate DAY = LocalDate.of(2021, 7, 8);

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(StoreLocation.parse(dir.resolve("x.duckdb").toString()));
        store.store(coded("wire", DAY, attack("wire-e0", KH, US_EMBASSY, DAY, baghdad(), 3,
                "Militants fired rockets at the US embassy in Baghdad, killing three, \"officials\" said.")));
        store.store(coded("paper", DAY.plusDays(1), attack("paper-e0", KH, US_EMBASSY, DAY, sheikhOmar(), 2,
                "Rockets hit Sheikh Omar.")));
        Event rally = protest("rally-e0", DAY.plusDays(3), baghdad(), "Crowds rallied in Baghdad.");
        store.store(coded("rally", DAY.plusDays(3), rally));
        Event threat = new Event("threat-e0", "183", "bombing", 4, -10, "ASSAULT", rally.acled(), Factuality.FUTURE,
                KH, US_EMBASSY, rally.date(), null, null, rally.evidence(), 0.5, null);
        store.store(coded("threat", DAY.plusDays(3), threat));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(EventExport format) {
        StringWriter out = new StringWriter();
        format.write(store, EventQuery.all(), out);
        return out.toString();
    }

    @Test
    void sitrepCsvHasOneRowPerRealWorldEventWithMentionCounts() {
        List<String> lines = export(EventExport.SITREP_CSV).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split(",")).hasSize(SitrepCsv.HEADER.size());
        String attackRow = lines.stream().filter(l -> l.startsWith("wire-e0,")).findFirst().orElseThrow();
        assertThat(attackRow).startsWith("wire-e0,20210708,202107,2021,IRQREB,Kataib Hezbollah,IRQ,REB,USAGOV,")
                .contains(",183,183,18,4,-10.0,2,1,2,4,Baghdad,IRQ,Baghdad,33.3406,44.4009,98182,")
                .endsWith(",20210708,https://news.example/wire,asserted");
    }

    @Test
    void acledCsvKeepsAssertedEventsWithAnAcledTypeAndTheLowestToll() {
        List<String> lines = export(EventExport.ACLED_CSV).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AcledCsv.HEADER));
        assertThat(lines).hasSize(3);
        String attack = lines.stream().filter(l -> l.startsWith("IRQ" + GlobalEventId.of("wire-e0") + ","))
                .findFirst().orElseThrow();
        assertThat(attack).contains(",Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,2,");
        assertThat(attack).contains("\"Militants fired rockets at the US embassy in Baghdad, killing three, \"\"officials\"\" said.\",2,,");
        assertThat(lines).noneMatch(l -> l.startsWith("IRQ" + GlobalEventId.of("threat-e0")));
    }

    @Test
    void geoJsonHasAPointPerLocatedEvent() throws Exception {
        JsonNode fc = ContractReader.MAPPER.readTree(export(EventExport.GEOJSON));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(2);
        JsonNode attack = fc.get("features").get(0).get("properties").get("id").asText().equals("wire-e0")
                ? fc.get("features").get(0) : fc.get("features").get(1);
        assertThat(attack.at("/geometry/coordinates/0").asDouble()).isEqualTo(baghdad().lon());
        assertThat(attack.at("/geometry/coordinates/1").asDouble()).isEqualTo(baghdad().lat());
        assertThat(attack.at("/properties/mentions").asInt()).isEqualTo(2);
        assertThat(attack.at("/properties/fatalities").asInt()).isEqualTo(2);
    }

    @Test
    void jsonlKeepsEveryMentionAndReadsBackToTheSameEvent() throws Exception {
        List<String> lines = export(EventExport.JSONL).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).as("ordered by date, then id").contains("\"id\":\"paper-e0\"");
        JsonNode first = ContractReader.MAPPER.readTree(lines.get(1));
        assertThat(first.at("/article/id").asText()).isEqualTo("wire");
        assertThat(first.get("cluster_id").asText()).isEqualTo("wire-e0");
        Event back = ContractReader.readEvent(first);
        Event stored = store.query(EventQuery.all()).get(1).event();
        // Everything comes back, the actors' patrons too.
        assertThat(stored.source().patron()).isEqualTo("IRN");
        assertThat(back).isEqualTo(stored);
        assertThat(lines).filteredOn(l -> l.contains("\"cluster_id\":\"wire-e0\"")).hasSize(2);
    }
}
