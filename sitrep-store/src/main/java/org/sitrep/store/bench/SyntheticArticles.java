package org.sitrep.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Deterministic made-up coded articles for benchmarks and crash tests: article {@code n} is always the
 * same. Articles arrive in publication order, {@value #ARTICLES_PER_DAY} a day from {@link #FIRST_DAY}, as
 * from a news feed; their events spread over {@value #COUNTRIES} countries and the three days before
 * publication, with every contract field filled.
 */
public final class SyntheticArticles {
    public static final int COUNTRIES = 50;
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    public static final int ARTICLES_PER_DAY = 180;
    private static final String[] CAMEO = {"010", "036", "042", "057", "111", "130", "141", "173", "183", "190", "193", "195"};
    private static final int[] QUAD = {1, 1, 1, 1, 3, 3, 3, 4, 4, 4, 4, 4};
    private static final double[] GOLDSTEIN = {0, 4, 1.9, 8, -2, -4.4, -6.5, -5, -10, -10, -10, -10};

    private final int eventsPerArticle;

    public SyntheticArticles(int eventsPerArticle) {
        this.eventsPerArticle = eventsPerArticle;
    }

    /** ISO-like three-letter code of synthetic country {@code i}: "AAA", "AAB", ... */
    public static String country(int i) {
        return "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + "X";
    }

    public static String articleId(int n) {
        return String.format("syn%08d", n);
    }

    public CodedArticle article(int n) {
        SplittableRandom random = new SplittableRandom(n * 7919L + 17);
        String id = articleId(n);
        LocalDate published = FIRST_DAY.plusDays(n / ARTICLES_PER_DAY);
        StringBuilder text = new StringBuilder();
        List<Event> events = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < eventsPerArticle; i++) {
            Event e = event(random, id + "-e" + i, published, text.length());
            text.append(e.evidence().sentence()).append(' ');
            events.add(e);
            Location l = e.location();
            places.add(new Place(l.text(), e.evidence().start(), e.evidence().start() + l.text().length(), l.name(),
                    l.geonamesId(), l.lat(), l.lon(), l.country(), l.admin1(), l.precision().label()));
            quotes.add(new Quote("synthetic words", e.evidence().start(), e.evidence().start() + 15, e.source()));
        }
        Article article = new Article(id, "Synthetic report " + n, published, "Synthetic Wire",
                "https://synthetic.invalid/" + id, "en", text.toString(), id);
        return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()), events, quotes, places);
    }

    private Event event(SplittableRandom random, String id, LocalDate published, int offset) {
        int kind = random.nextInt(CAMEO.length);
        int country = random.nextInt(COUNTRIES);
        String iso = country(country);
        double lat = -40 + country % 10 * 8 + random.nextDouble() * 4;
        double lon = -150 + country / 10 * 60 + random.nextDouble() * 6;
        LocalDate day = published.minusDays(random.nextInt(3));
        Actor source = new Actor("group " + random.nextInt(200), "Group " + random.nextInt(200), iso + "REB", iso, "REB", null);
        Actor target = new Actor("the army", iso + " army", iso + "MIL", iso, "MIL", null);
        String sentence = "Group fighters attacked soldiers near town " + random.nextInt(1000) + " on " + day + ".";
        boolean violent = QUAD[kind] == 4;
        return new Event(id, CAMEO[kind], "code " + CAMEO[kind], QUAD[kind], GOLDSTEIN[kind], violent ? "ASSAULT" : "CONSULT",
                violent ? new AcledType("Battles", "Armed clash") : null,
                random.nextInt(10) == 0 ? Factuality.POSSIBLE : Factuality.ASSERTED, source, target,
                new EventDate(day, day, DatePrecision.DAY, day.toString()),
                new Location("town " + country, "Town " + country, 1000L + country, lat, lon, iso, "Province " + country % 7,
                        LocationPrecision.CITY),
                violent ? random.nextInt(20) : null, new Evidence(sentence, offset, offset + sentence.length(), "attacked"),
                0.5 + random.nextDouble() / 2, null);
    }
}
