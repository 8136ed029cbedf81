package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.StoreFixtures.IRAQ_ARMY;
import static org.sitrep.store.StoreFixtures.KH;
import static org.sitrep.store.StoreFixtures.US_EMBASSY;
import static org.sitrep.store.StoreFixtures.attack;
import static org.sitrep.store.StoreFixtures.baghdad;
import static org.sitrep.store.StoreFixtures.basra;
import static org.sitrep.store.StoreFixtures.coded;
import static org.sitrep.store.StoreFixtures.protest;
import static org.sitrep.store.StoreFixtures.sheikhOmar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;

/** What every backend must do the same way: one set of tests, run against DuckDB and PostgreSQL. */
abstract class StoreContractTest {
    static final LocalDate JULY_8 = LocalDate.of(2021, 7, 8);

    EventStore store;

    abstract StoreLocation location() throws Exception;

    /** A second, empty database. */
    StoreLocation otherLocation() throws Exception {
        return location();
    }

    @BeforeEach
    void open() throws Exception {
        store = EventStore.open(location());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void schemaIsAtTheLatestMigrationAndMatchesTheColumnLists() throws SQLException {
        assertThat(store.schemaVersion()).isEqualTo(Migrations.available().size()).isGreaterThanOrEqualTo(2);
        for (Table t : Table.ALL) {
            List<String> columns = new ArrayList<>();
            try (Statement s = store.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                         + t.name() + "' ORDER BY ordinal_position")) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            assertThat(columns).as(t.name()).isEqualTo(t.columns());
        }
    }

    @Test
    void storesAnArticleAndReadsEveryEventFieldBack() {
        Event rocket = attack("a1-e0", KH, US_EMBASSY, JULY_8, sheikhOmar(), 2,
                "Rockets were fired near the US embassy in Baghdad's Sheikh Omar area.");
        CodedArticle article = coded("a1", JULY_8, rocket);

        assertThat(store.store(article)).isEqualTo(IngestOutcome.STORED);

        List<StoredEvent> all = store.query(EventQuery.all());
        assertThat(all).hasSize(1);
        StoredEvent stored = all.get(0);
        assertThat(stored.event()).isEqualTo(article.events().get(0));
        assertThat(stored.articleId()).isEqualTo("a1");
        assertThat(stored.clusterId()).isEqualTo("a1-e0");
        assertThat(stored.published()).isEqualTo(JULY_8);
        assertThat(stored.articleUrl()).isEqualTo("https://news.example/a1");
        assertThat(store.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
    }

    /** A place name and an adjectival reference ("Iraqi") come back from the store with their kind. */
    @Test
    void storedPlacesKeepTheirKind() {
        CodedArticle plain = coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2,
                "Iraqi officials said rockets hit Baghdad."));
        List<org.sitrep.model.Place> places = new ArrayList<>(plain.places());
        places.add(new org.sitrep.model.Place("Iraqi", 0, 5, "Iraq", 99237L, 33.0, 44.0, "IRQ", null, "country",
                org.sitrep.model.Place.ADJECTIVAL));
        store.store(new CodedArticle(plain.annotated(), plain.events(), plain.quotes(), places));
        try (StoreReader reader = StoreReader.open(store.location(), 1)) {
            List<org.sitrep.model.Place> back = reader.article("a1").orElseThrow().coded().places();
            assertThat(back).extracting(org.sitrep.model.Place::text, org.sitrep.model.Place::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(places.get(0).text(), "name"),
                            org.assertj.core.groups.Tuple.tuple("Iraqi", "adjectival"));
        }
    }

    /** What {@code sitrep query} and {@code export} open: the stored events, and no way to write. */
    @Test
    void aStoreOpenedForReadingSeesWhatWasStoredAndRefusesToWrite() {
        StoreLocation where = store.location();
        store.store(coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2, "Rockets hit Baghdad.")));
        store.close();
        store = null; // one process cannot hold a DuckDB file read-write and read-only at once
        try (EventStore read = EventStore.openForReading(where, java.time.Duration.ofSeconds(5))) {
            assertThat(read.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
            assertThat(read.query(EventQuery.all())).extracting(StoredEvent::articleId).containsExactly("a1");
            CodedArticle another = coded("a2", JULY_8, attack("a2-e0", KH, US_EMBASSY, JULY_8, baghdad(), 1, "Rockets hit Baghdad again."));
            assertThatThrownBy(() -> read.store(another)).isInstanceOf(StoreException.class);
        }
        try (EventStore again = EventStore.open(where)) {
            assertThat(again.summary().articles()).as("nothing was written through the reader").isEqualTo(1);
        }
    }

    @Test
    void anUndatedEventIsStoredOnThePublicationDayWithUnknownPrecision() {
        Event undated = attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), null, "Rockets hit Baghdad.").withDate(null);
        store.store(coded("a1", JULY_8.plusDays(2), undated));

        Event stored = store.query(EventQuery.all()).get(0).event();
        assertThat(stored.date()).isEqualTo(org.sitrep.model.EventDate.unknownAround(JULY_8.plusDays(2)));
        assertThat(store.query(EventQuery.all().between(JULY_8.plusDays(2), JULY_8.plusDays(2)))).hasSize(1);
    }

    @Test
    void theStoredApiJsonIsTheJsonOfTheMentionReadBackAndPagesCarryIt() throws Exception {
        // every kind of row: all fields, no place id, no actors, no place, a two-report event, an undated one
        store.store(coded("j1", JULY_8, attack("j1-e0", KH, US_EMBASSY, JULY_8, sheikhOmar(), 2,
                "Rockets were fired near the \"US embassy\" in Baghdad\u2019s Sheikh Omar area."),
                protest("j1-e1", JULY_8, null, "Hundreds rallied.")));
        store.store(coded("j2", JULY_8.plusDays(1), attack("j2-e0", KH, US_EMBASSY, JULY_8, sheikhOmar(), 2,
                "Kataib Hezbollah fired rockets at the US embassy.")));
        store.store(coded("j3", JULY_8, attack("j3-e0", null, null, JULY_8, basra(), null, "Shells fell on Basra.")));
        store.store(coded("j4", null, attack("j4-e0", KH, IRAQ_ARMY, JULY_8, basra(), null, "Rockets hit Basra.")
                .withDate(null)));
        java.util.Map<String, StoredEvent> back = new java.util.HashMap<>();
        store.query(EventQuery.all()).forEach(m -> back.put(m.event().id(), m));
        assertThat(back).hasSize(5);
        int rows = 0;
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT event_id, api_event, api_mention FROM events")) {
            while (r.next()) {
                rows++;
                StoredEvent m = back.get(r.getString(1));
                assertThat(r.getString(2)).as(m.event().id()).isEqualTo(m.event().date() == null ? null
                        : MentionJson.eventFields(m));
                assertThat(r.getString(3)).as(m.event().id()).isEqualTo(MentionJson.mention(m));
            }
        }
        assertThat(rows).isEqualTo(5);
        assertThat(back.get("j2-e0").clusterId()).as("the second report merges with the first").isEqualTo("j1-e0");
        assertThat(back.get("j1-e0").event().location().geonamesId()).isNull();
        assertThat(MentionJson.eventFields(back.get("j1-e0"))).startsWith("\"cameo\":\"183\",")
                .contains("\"sentence\":\"Rockets were fired near the \\\"US embassy\\\" in Baghdad\u2019s");
        assertThat(MentionJson.mention(back.get("j2-e0"))).startsWith("{\"event_id\":\"j2-e0\",\"article\":{\"id\":\"j2\","
                + "\"title\":\"Headline of j2\",\"url\":\"https://news.example/j2\",\"source\":\"Example Wire\","
                + "\"published\":\"2021-07-09\"},\"cameo\":\"183\"");
        try (StoreReader reader = StoreReader.open(store.location(), 1)) {
            for (int limit : new int[] {1, 2, 10}) {
                StoreReader.PageKey after = null;
                List<String> seen = new ArrayList<>();
                do {
                    StoreReader.Page built = reader.events(EventQuery.all(), limit, after);
                    StoreReader.JsonPage stored = reader.jsonEvents(EventQuery.all(), limit, after, -1);
                    assertThat(stored.total()).isEqualTo(built.total());
                    assertThat(stored.next()).isEqualTo(built.next());
                    assertThat(stored.events()).hasSameSizeAs(built.events());
                    for (int i = 0; i < built.events().size(); i++) {
                        StoreReader.Cluster c = built.events().get(i);
                        StoreReader.JsonCluster j = stored.events().get(i);
                        assertThat(j.clusterId()).isEqualTo(c.clusterId());
                        assertThat(j.representative().eventId()).isEqualTo(c.representative().event().id());
                        assertThat(j.mentions()).extracting(StoreReader.JsonMention::mention)
                                .containsExactlyElementsOf(c.mentions().stream().map(MentionJson::mention).toList());
                        assertThat(j.mentions()).extracting(StoreReader.JsonMention::eventFields)
                                .containsExactlyElementsOf(c.mentions().stream().map(MentionJson::eventFields).toList());
                        seen.add(c.clusterId());
                    }
                    after = built.next();
                } while (after != null);
                assertThat(seen).as("limit " + limit).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                        back.values().stream().map(StoredEvent::clusterId).distinct().toList());
            }
        }
    }

    @Test
    void pagesOfRealWorldEventsCrossFromUndatedToDatedOnesSeeingEachOnce() throws Exception {
        // Undated events of articles without a publication day have no day at all: their key sorts first.
        for (int i = 0; i < 3; i++) {
            Event undated = attack("u" + i + "-e0", KH, US_EMBASSY, JULY_8, basra(), null, "Rockets hit Basra " + i + ".")
                    .withDate(null);
            store.store(coded("u" + i, null, undated));
        }
        store.store(coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2, "Rockets hit Baghdad.")));
        store.store(coded("a2", JULY_8.plusDays(1), attack("a2-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2,
                "Kataib Hezbollah fired rockets at the embassy.")));
        store.store(coded("a3", JULY_8.plusDays(3), protest("a3-e0", JULY_8.plusDays(3), basra(), "Hundreds rallied.")));
        java.util.Set<String> expected = new java.util.LinkedHashSet<>();
        store.query(EventQuery.all()).forEach(m -> expected.add(m.clusterId()));
        assertThat(expected).hasSize(5);
        try (StoreReader reader = StoreReader.open(store.location(), 1)) {
            for (int limit : new int[] {1, 2, 4}) {
                List<String> seen = new ArrayList<>();
                StoreReader.PageKey after = null;
                do {
                    StoreReader.Page page = reader.events(EventQuery.all(), limit, after);
                    assertThat(page.total()).isEqualTo(5);
                    page.events().forEach(c -> seen.add(c.clusterId()));
                    after = page.next();
                } while (after != null && seen.size() < 50);
                assertThat(seen).as("limit " + limit).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(seen.subList(0, 3)).as("undated first, by cluster id").containsExactly("u0-e0", "u1-e0", "u2-e0");
            }
        }
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() throws SQLException {
        CodedArticle article = coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), null,
                "Rockets hit Baghdad."));
        store.store(article);
        long before = storedAt("a1");

        assertThat(store.isStored(article.article())).isTrue();
        assertThat(store.store(article)).isEqualTo(IngestOutcome.UNCHANGED);

        assertThat(store.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
        assertThat(storedAt("a1")).isEqualTo(before);
        assertThat(count("quotes")).isEqualTo(1);
        assertThat(count("places")).isEqualTo(1);
    }

    @Test
    void anArticleWithNewContentReplacesItsOldRowsAtomically() {
        store.store(coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), null, "Rockets hit Baghdad."),
                attack("a1-e1", KH, IRAQ_ARMY, JULY_8, basra(), null, "A drone hit Basra.")));
        CodedArticle corrected = coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), 3,
                "Rockets hit Baghdad, killing three."));

        assertThat(store.isStored(corrected.article())).isFalse();
        assertThat(store.store(corrected)).isEqualTo(IngestOutcome.REPLACED);

        List<StoredEvent> all = store.query(EventQuery.all());
        assertThat(all).extracting(s -> s.event().fatalities()).containsExactly(3);
        assertThat(store.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
    }

    @Test
    void aFailureInsideAnArticleLeavesNoPartOfItAndKeepsWhatWasStored() {
        store.store(coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), null, "Rockets hit Baghdad.")));
        Event dup = attack("a2-e0", KH, IRAQ_ARMY, JULY_8, basra(), null, "A drone hit Basra.");
        CodedArticle broken = coded("a2", JULY_8, dup, dup);

        assertThatThrownBy(() -> store.store(broken)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(store.location().display() + ": ");

        assertThat(store.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
        assertThat(store.isStored(broken.article())).isFalse();
        assertThat(store.query(EventQuery.all())).extracting(StoredEvent::articleId).containsExactly("a1");
    }

    @Test
    void reportsOfOneAttackFromSeveralArticlesBecomeOneEventWithEveryMentionKept() {
        store.store(coded("wire", JULY_8, attack("wire-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2,
                "Militants fired rockets at the US embassy in Baghdad.")));
        store.store(coded("paper", JULY_8.plusDays(1), attack("paper-e0", KH, null, JULY_8, sheikhOmar(), 3,
                "Kataib Hezbollah rockets landed in Sheikh Omar.")));
        store.store(coded("elsewhere", JULY_8, attack("elsewhere-e0", KH, US_EMBASSY, JULY_8, basra(), null,
                "Rockets were fired at a US convoy near Basra.")));

        List<StoredEvent> all = store.query(EventQuery.all());
        assertThat(all).hasSize(3);
        assertThat(clusterOf(all, "paper-e0")).isEqualTo("wire-e0");
        assertThat(clusterOf(all, "wire-e0")).isEqualTo("wire-e0");
        assertThat(clusterOf(all, "elsewhere-e0")).isEqualTo("elsewhere-e0");
        assertThat(store.summary()).isEqualTo(new EventStore.Summary(3, 3, 2));
    }

    @Test
    void aVagueReportDoesNotChainTwoDifferentAttacksTogether() {
        store.store(coded("kh", JULY_8, attack("kh-e0", KH, US_EMBASSY, JULY_8, baghdad(), null,
                "Kataib Hezbollah fired rockets at the US embassy in Baghdad.")));
        store.store(coded("vague", JULY_8, attack("vague-e0", null, null, JULY_8, sheikhOmar(), null,
                "Rockets landed in Sheikh Omar.")));
        store.store(coded("army", JULY_8, attack("army-e0", IRAQ_ARMY, US_EMBASSY, JULY_8, baghdad(), null,
                "Iraqi soldiers fired at the US embassy in Baghdad.")));

        List<StoredEvent> all = store.query(EventQuery.all());
        assertThat(clusterOf(all, "vague-e0")).isEqualTo("kh-e0");
        assertThat(clusterOf(all, "army-e0")).as("compatible with the vague report, not with Kataib Hezbollah's")
                .isEqualTo("army-e0");
    }

    @Test
    void queryFiltersEachNarrowTheResult() {
        store.store(coded("a1", JULY_8, attack("a1-e0", KH, US_EMBASSY, JULY_8, baghdad(), 2,
                "Rockets were fired at the US embassy in Baghdad.")));
        store.store(coded("a2", JULY_8.plusDays(30), protest("a2-e0", JULY_8.plusDays(29), basra(),
                "Hundreds rallied in Basra against power cuts.")));
        Event threat = attack("a3-e0", KH, US_EMBASSY, JULY_8.plusDays(60), null, null,
                "The group threatened to strike the embassy.");
        threat = new Event(threat.id(), "138", "Threaten with military force", 4, -7.0, "THREATEN", null,
                Factuality.FUTURE, threat.source(), threat.target(), threat.date(), null, null, threat.evidence(), 0.6,
                null);
        store.store(coded("a3", JULY_8.plusDays(60), threat));

        assertThat(ids(EventQuery.all())).containsExactly("a1-e0", "a2-e0", "a3-e0");
        assertThat(ids(EventQuery.all().between(JULY_8.plusDays(1), JULY_8.plusDays(59)))).containsExactly("a2-e0");
        assertThat(ids(EventQuery.all().inCountry("irq"))).containsExactly("a1-e0", "a2-e0");
        assertThat(ids(EventQuery.all().withActor("kataib"))).containsExactly("a1-e0", "a3-e0");
        assertThat(ids(EventQuery.all().withActor("USA"))).containsExactly("a1-e0", "a3-e0");
        assertThat(ids(EventQuery.all().withActor("IRQCVL"))).containsExactly("a2-e0");
        assertThat(ids(EventQuery.all().withCameo("18"))).containsExactly("a1-e0");
        assertThat(ids(EventQuery.all().withCameo("138"))).containsExactly("a3-e0");
        assertThat(ids(EventQuery.all().withAcledType("protests"))).containsExactly("a2-e0");
        assertThat(ids(EventQuery.all().withAcledType("Shelling/artillery/missile attack"))).containsExactly("a1-e0");
        assertThat(ids(EventQuery.all().within(44, 33, 45, 34))).containsExactly("a1-e0");
        assertThat(ids(EventQuery.all().withFactuality(Set.of(Factuality.FUTURE)))).containsExactly("a3-e0");
        assertThat(ids(EventQuery.all().withFactuality(Set.of(Factuality.ASSERTED, Factuality.NEGATED))))
                .containsExactly("a1-e0", "a2-e0");
        assertThat(ids(EventQuery.all().containing("POWER CUTS"))).containsExactly("a2-e0");
        assertThat(ids(EventQuery.all().inCountry("IRQ").withCameo("14").containing("rockets"))).isEmpty();
        assertThat(ids(EventQuery.all().limitedTo(2))).containsExactly("a1-e0", "a2-e0");
    }

    private List<String> ids(EventQuery q) {
        return store.query(q).stream().map(s -> s.event().id()).toList();
    }

    @Test
    void aClusterThatContradictsOneOfASentencesEventsTakesNoneOfThem() {
        org.sitrep.model.Actor ruto = new org.sitrep.model.Actor("President Ruto", "Kenya", "KENGOV", "KEN", "GOV", null);
        org.sitrep.model.Actor abiy = new org.sitrep.model.Actor("Abiy Ahmed", "Ethiopia", "ETHGOV", "ETH", "GOV", null);
        org.sitrep.model.Actor museveni = new org.sitrep.model.Actor("Museveni", "Uganda", "UGAGOV", "UGA", "GOV", null);
        org.sitrep.model.Location nairobi = new org.sitrep.model.Location("Nairobi", "Nairobi", 184745L, -1.2833,
                36.8167, "KEN", "Nairobi", org.sitrep.model.LocationPrecision.CITY);
        String first = "Ruto met Abiy in Nairobi.";
        store.store(new org.sitrep.model.CodedArticle(new org.sitrep.annotation.AnnotatedArticle(
                StoreFixtures.article("visit", JULY_8, first), List.of(), List.of()),
                List.of(meeting("visit-e0", ruto, abiy, nairobi, first, "met")), List.of(), List.of()));
        String second = "Museveni met Ruto in Nairobi to discuss a pipeline.";
        store.store(new org.sitrep.model.CodedArticle(new org.sitrep.annotation.AnnotatedArticle(
                StoreFixtures.article("other", JULY_8, second), List.of(), List.of()),
                List.of(meeting("other-e0", museveni, ruto, nairobi, second, "met"),
                        meeting("other-e1", ruto, org.sitrep.model.Actor.unresolved("a pipeline"), nairobi, second,
                                "discuss")), List.of(), List.of()));

        List<StoredEvent> all = store.query(EventQuery.all());
        assertThat(clusterOf(all, "other-e0")).isEqualTo("other-e0");
        assertThat(clusterOf(all, "other-e1")).as("'discuss' alone agrees with the visit, its sentence's meeting does not")
                .isNotEqualTo("visit-e0");
    }

    @Test
    void syndicatedCopiesUnderOtherIdsDedupToTheEventsOfOneCopy() {
        org.sitrep.model.Actor houthis = new org.sitrep.model.Actor("The Houthis", "Houthis", "YEMREB", "YEM", "REB", null);
        org.sitrep.model.Actor saudi = new org.sitrep.model.Actor("Saudi Arabia", "Saudi Arabia", "SAU", "SAU", null, null);
        String swap = "The Houthis released 13 Saudi detainees on Friday, and Saudi Arabia freed Houthi prisoners in return.";
        String vague = "Several people were missing and were feared to have been abducted, officials said.";
        for (int copy = 0; copy < 4; copy++) {
            String id = "site" + copy + "/wire";
            // two events of one sentence with swapped actors, and one with no actor dated only by the dateline
            Event released = release(id + "-e0", houthis, saudi, swap, "released");
            Event freed = release(id + "-e1", saudi, houthis, swap, "freed");
            Event abducted = attack(id + "-e2", null, null, JULY_8, null, null, vague);
            abducted = abducted.withDate(org.sitrep.model.EventDate.unknownAround(JULY_8));
            store.store(coded(id, JULY_8, released, freed, abducted));
        }
        assertThat(store.summary()).as("4 copies of 3 events: 12 mentions, 3 events")
                .isEqualTo(new EventStore.Summary(4, 12, 3));
    }

    private static Event release(String id, org.sitrep.model.Actor source, org.sitrep.model.Actor target,
                                 String sentence, String trigger) {
        return new Event(id, "0841", "Return, release person(s)", 2, 7.0, "CONCEDE", null,
                org.sitrep.model.Factuality.ASSERTED, source, target, org.sitrep.model.EventDate.day(JULY_8, "Friday"),
                null, null, new org.sitrep.model.Evidence(sentence, 0, sentence.length(), trigger), 0.9, null);
    }

    private static Event meeting(String id, org.sitrep.model.Actor source, org.sitrep.model.Actor target,
                                 org.sitrep.model.Location where, String sentence, String trigger) {
        return new Event(id, "040", "Consult", 1, 1.0, "CONSULT", null, org.sitrep.model.Factuality.ASSERTED, source,
                target, org.sitrep.model.EventDate.day(JULY_8, "Thursday"), where, null,
                new org.sitrep.model.Evidence(sentence, 0, sentence.length(), trigger), 0.8, null);
    }

    private static String clusterOf(List<StoredEvent> all, String eventId) {
        return all.stream().filter(s -> s.event().id().equals(eventId)).findFirst().orElseThrow().clusterId();
    }

    @Test
    void sinceSelectsTheMentionsStoredAfterATimeAndForEventsEveryMentionOfTheOnesThatChanged() throws Exception {
        store.store(coded("wire", JULY_8, attack("wire-e0", KH, US_EMBASSY, JULY_8, baghdad(), 3,
                "Militants fired rockets at the US embassy in Baghdad.")));
        store.store(coded("basra", JULY_8, attack("basra-e0", KH, IRAQ_ARMY, JULY_8, basra(), 1, "Rockets hit Basra.")));
        Thread.sleep(5);
        java.time.LocalDateTime between = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        Thread.sleep(5);
        store.store(coded("paper", JULY_8.plusDays(1), attack("paper-e0", KH, US_EMBASSY, JULY_8, sheikhOmar(), 2,
                "Rockets hit Sheikh Omar.")));

        List<StoredEvent> mentions = store.query(EventQuery.all().changedAfter(between));
        assertThat(mentions).extracting(m -> m.event().id()).containsExactly("paper-e0");
        assertThat(mentions.get(0).storedAt()).isAfter(between).isBefore(between.plusMinutes(1));
        List<StoredEvent> changedEvents = new ArrayList<>();
        store.forEach(EventQuery.all().changedAfter(between), true, changedEvents::add);
        assertThat(changedEvents).as("the Baghdad attack changed: every one of its mentions, Basra did not")
                .extracting(m -> m.event().id()).containsExactlyInAnyOrder("wire-e0", "paper-e0");
        assertThat(store.query(EventQuery.all().changedAfter(mentions.get(0).storedAt()))).isEmpty();
        assertThat(store.query(EventQuery.all().changedAfter(between.minusDays(1)))).hasSize(3);
    }

    @Test
    void aDatabaseFromBeforeSchemaVersion5GetsEachEventsStoreTimeFromItsArticle() throws Exception {
        store.close();
        store = null;
        StoreLocation location = otherLocation();
        java.time.LocalDateTime then = java.time.LocalDateTime.of(2024, 3, 14, 8, 30, 5);
        Event e = attack("old-e0", KH, US_EMBASSY, JULY_8, baghdad(), 3, "Rockets hit Baghdad.");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(location.jdbcUrl(),
                location.dialect().connectionProperties()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
            for (Migrations.Migration m : Migrations.available().subList(0, 4)) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (" + m.version() + ", 'old', TIMESTAMP '2024-01-01 00:00:00')");
            }
            Object[] article = EventRows.article(StoreFixtures.article("old", JULY_8, "Rockets hit Baghdad."), "h", 1, then);
            insert(c, Table.ARTICLES, article, article.length);
            Object[] event = EventRows.event(e, "old", 0, "old-e0", null);
            insert(c, Table.EVENTS, event, Table.EVENTS.columns().indexOf("stored_at"));
        }
        store = EventStore.open(location);
        assertThat(store.schemaVersion()).isEqualTo(Migrations.available().size());
        List<StoredEvent> back = store.query(EventQuery.all());
        assertThat(back).hasSize(1);
        assertThat(back.get(0).storedAt()).isEqualTo(then);
        assertThat(store.query(EventQuery.all().changedAfter(then.minusSeconds(1)))).hasSize(1);
        assertThat(store.query(EventQuery.all().changedAfter(then))).isEmpty();
    }

    private static void insert(java.sql.Connection c, Table t, Object[] row, int columns) throws SQLException {
        List<String> names = t.columns().subList(0, columns);
        try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO " + t.name() + " (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")")) {
            for (int i = 0; i < columns; i++) {
                BatchSink.bind(p, i + 1, row[i]);
            }
            p.executeUpdate();
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long storedAt(String articleId) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT stored_at FROM articles WHERE article_id = '" + articleId + "'")) {
            r.next();
            return r.getTimestamp(1).getTime();
        }
    }
}
