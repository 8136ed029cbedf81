package org.sitrep.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.bench.SyntheticArticles;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * A real store (DuckDB file or PostgreSQL) filled through {@link EventStore#store}, with dedup, from hand-coded
 * articles with real text and offsets (no CoreNLP), plus synthetic articles for paging.
 *
 * <ul>
 *   <li>{@code bag-1} and {@code bag-2}: the same rocket attack on Baghdad reported twice (dated a day apart):
 *       one real-world event with two mentions on two days;</li>
 *   <li>{@code nai-1}: a protest in Nairobi and, in the same article, threatened strikes (possible);</li>
 *   <li>{@code kyv-1}: talks in Kyiv with no ACLED type;</li>
 *   <li>{@code SYNTHETIC} synthetic articles of 5 events each (countries "AAX" ...), from 2020.</li>
 * </ul>
 */
final class TestStore {
    static final int SYNTHETIC = 60;
    static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", "IRQREB", "IRQ", "REB", null);
    static final Actor EMBASSY = new Actor("the US embassy", "United States", "USAGOV", "USA", "GOV", null);
    static final Actor PROTESTERS = new Actor("protesters", "Kenya", "KENCVL", "KEN", "CVL", null);
    static final Actor POLICE = new Actor("police", "Kenya", "KENCOP", "KEN", "COP", null);

    static final String BAG1 = "Rockets hit Baghdad on Friday. Kataib Hezbollah fired rockets at the US embassy in Baghdad on Friday, "
            + "killing two guards. \"We did it,\" a spokesman said.";
    static final String BAG2 = "Kataib Hezbollah fired three rockets at the US embassy in Baghdad on Friday, officials said.";
    static final String NAI = "Thousands of protesters rallied in Nairobi on Tuesday against new taxes. "
            + "Police fired tear gas at protesters in Nairobi. Unions may strike next week.";
    static final String KYV = "Ukraine's foreign minister met his Polish counterpart in Kyiv on Monday.";

    private TestStore() {
    }

    static Location baghdad() {
        return new Location("Baghdad", "Baghdad", 98182L, 33.3406, 44.4009, "IRQ", "Baghdad", LocationPrecision.CITY);
    }

    static Location nairobi() {
        return new Location("Nairobi", "Nairobi", 184745L, -1.2833, 36.8167, "KEN", "Nairobi", LocationPrecision.CITY);
    }

    static Location kyiv() {
        return new Location("Kyiv", "Kyiv", 703448L, 50.4547, 30.5238, "UKR", "Kyiv City", LocationPrecision.CITY);
    }

    /** Fills the store; returns its location. */
    static void fill(StoreLocation location) {
        try (EventStore store = EventStore.open(location)) {
            LocalDate fri = LocalDate.of(2024, 3, 8);
            store.store(article("bag-1", "Rockets hit Baghdad", fri, BAG1,
                    attack("bag-1-e0", BAG1, "Kataib Hezbollah fired rockets", "fired", fri, 2)));
            store.store(article("bag-2", "Embassy attacked", fri.plusDays(1), BAG2,
                    attack("bag-2-e0", BAG2, "Kataib Hezbollah fired three rockets", "fired", fri.plusDays(1), null)));
            LocalDate tue = LocalDate.of(2024, 6, 25);
            store.store(article("nai-1", "Tax protests", tue, NAI,
                    event("nai-1-e0", NAI, "Thousands of protesters rallied", "rallied", "141", "Demonstrate or rally", 3,
                            new AcledType("Protests", "Peaceful protest"), Factuality.ASSERTED, PROTESTERS, null,
                            EventDate.day(tue, "on Tuesday"), nairobi(), null),
                    event("nai-1-e1", NAI, "Police fired tear gas", "fired", "175", "Use tactics of violent repression", 4,
                            new AcledType("Protests", "Protest with intervention"), Factuality.ASSERTED, POLICE, PROTESTERS,
                            EventDate.day(tue, null), nairobi(), null),
                    event("nai-1-e2", NAI, "Unions may strike", "strike", "143", "Conduct strike or boycott", 3,
                            new AcledType("Protests", "Peaceful protest"), Factuality.POSSIBLE, null, null,
                            new EventDate(tue.plusDays(6), tue.plusDays(12), DatePrecision.WEEK, "next week"), null, null)));
            LocalDate mon = LocalDate.of(2024, 9, 2);
            store.store(article("kyv-1", "Talks in Kyiv", mon, KYV,
                    event("kyv-1-e0", KYV, "Ukraine's foreign minister met", "met", "040", "Consult", 1, null,
                            Factuality.ASSERTED, new Actor("Ukraine's foreign minister", "Ukraine", "UKRGOV", "UKR", "GOV", null),
                            new Actor("his Polish counterpart", "Poland", "POLGOV", "POL", "GOV", null),
                            EventDate.day(mon, "on Monday"), kyiv(), null)));
            SyntheticArticles synthetic = new SyntheticArticles(5);
            for (int n = 0; n < SYNTHETIC; n++) {
                store.store(synthetic.article(n));
            }
        }
    }

    /** Real-world events in the filled store (the two Baghdad reports are one). */
    static int realWorldEvents(StoreLocation location) {
        try (EventStore store = EventStore.open(location)) {
            return (int) store.summary().events();
        }
    }

    private static Event attack(String id, String text, String clause, String trigger, LocalDate day, Integer killed) {
        return event(id, text, clause, trigger, "190", "Use conventional military force", 4,
                new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"), Factuality.ASSERTED, KH,
                EMBASSY, EventDate.day(day, "on Friday"), baghdad(), killed);
    }

    /** An event whose evidence is the sentence of {@code text} that holds {@code clause}. */
    static Event event(String id, String text, String clause, String trigger, String cameo, String name, int quad,
                       AcledType acled, Factuality f, Actor source, Actor target, EventDate date, Location where,
                       Integer killed) {
        int at = text.indexOf(clause);
        int start = text.lastIndexOf(". ", at) < 0 ? 0 : text.lastIndexOf(". ", at) + 2;
        int end = text.indexOf('.', at) + 1;
        return new Event(id, cameo, name, quad, quad == 4 ? -10.0 : 3.0, quad == 4 ? "ASSAULT" : "CONSULT", acled, f,
                source, target, date, where, killed, new Evidence(text.substring(start, end), start, end, trigger), 0.8, null);
    }

    static CodedArticle article(String id, String title, LocalDate published, String text, Event... events) {
        List<Place> places = new ArrayList<>();
        for (Event e : events) {
            Location l = e.location();
            if (l != null) {
                int at = text.indexOf(l.text(), e.evidence().start());
                places.add(new Place(l.text(), at, at + l.text().length(), l.name(), l.geonamesId(), l.lat(), l.lon(),
                        l.country(), l.admin1(), "P.PPLC"));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        int q = text.indexOf("We did it");
        if (q >= 0) {
            quotes.add(new Quote("We did it", q, q + 9, new Actor("a spokesman", null, null, null, null, "Kataib Hezbollah")));
        }
        Article article = new Article(id, title, published, "Example Wire", "https://news.example/" + id, "en", text, id);
        return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()), List.of(events), quotes,
                places);
    }
}
