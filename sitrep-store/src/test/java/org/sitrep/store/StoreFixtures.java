package org.sitrep.store;

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
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/** Hand-built coded articles with every contract field filled, for store tests. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    public static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", "IRQREB", "IRQ", "REB", null, "IRN");
    public static final Actor US_EMBASSY = new Actor("the US embassy", "United States", "USAGOV", "USA", "GOV", null);
    public static final Actor IRAQ_ARMY = new Actor("Iraqi army", "Iraq", "IRQMIL", "IRQ", "MIL", null);
    public static final Actor PROTESTERS = new Actor("protesters", "Iraq", "IRQCVL", "IRQ", "CVL", null);

    public static Location baghdad() {
        return new Location("Baghdad", "Baghdad", 98182L, 33.3406, 44.4009, "IRQ", "Baghdad", LocationPrecision.CITY);
    }

    public static Location basra() {
        return new Location("Basra", "Basrah", 99532L, 30.5085, 47.7804, "IRQ", "Basra", LocationPrecision.CITY);
    }

    public static Location sheikhOmar() {
        return new Location("Sheikh Omar", "Sheikh Omar", null, 33.352, 44.405, "IRQ", "Baghdad",
                LocationPrecision.NEIGHBORHOOD);
    }

    public static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Headline of " + id, published, "Example Wire", "https://news.example/" + id, "en",
                text, id + ".txt");
    }

    /** A rocket attack event with all fields. */
    public static Event attack(String id, Actor source, Actor target, LocalDate day, Location where, Integer killed,
                               String sentence) {
        return new Event(id, "183", "Conduct suicide, car, or other non-military bombing", 4, -10.0, "ASSAULT",
                new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"), Factuality.ASSERTED,
                source, target, new EventDate(day, day, DatePrecision.DAY, day.getDayOfWeek().name().toLowerCase()),
                where, killed, new Evidence(sentence, 0, sentence.length(), "fired"), 0.8, null);
    }

    public static Event protest(String id, LocalDate day, Location where, String sentence) {
        return new Event(id, "141", "Demonstrate or rally", 3, -6.5, "PROTEST",
                new AcledType("Protests", "Peaceful protest"), Factuality.ASSERTED, PROTESTERS, null,
                EventDate.day(day, "on Friday"), where, null, new Evidence(sentence, 0, sentence.length(), "rallied"),
                0.7, null);
    }

    /** A coded article whose text is its events' sentences, with one quote and one place per event. */
    public static CodedArticle coded(String id, LocalDate published, Event... events) {
        StringBuilder text = new StringBuilder();
        List<Event> placed = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (Event e : events) {
            int start = text.length();
            text.append(e.evidence().sentence()).append(' ');
            placed.add(new Event(e.id(), e.cameo(), e.cameoName(), e.quadClass(), e.goldstein(), e.plover(), e.acled(),
                    e.factuality(), e.source(), e.target(), e.date(), e.location(), e.fatalities(),
                    new Evidence(e.evidence().sentence(), start, start + e.evidence().sentence().length(),
                            e.evidence().trigger()), e.confidence(), null));
            if (e.location() != null) {
                Location l = e.location();
                places.add(new Place(l.text(), start, start + 3, l.name(), l.geonamesId(), l.lat(), l.lon(),
                        l.country(), l.admin1(), l.precision().label()));
            }
            quotes.add(new Quote("We did it", start, start + 9,
                    new Actor("Askary", "Abu Ali al-Askary", "IRQREB", "IRQ", "REB", "Kataib Hezbollah")));
        }
        Article article = article(id, published, text.toString());
        return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()), placed, quotes, places);
    }
}
