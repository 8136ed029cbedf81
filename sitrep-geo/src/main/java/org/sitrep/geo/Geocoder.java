package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import java.util.Set;
import org.sitrep.pipeline.Provision;

/**
 * The "places" stage: finds the article's toponyms, resolves them against the gazetteer, fills the
 * article's {@code places} and gives every event its {@code location}. Loads the gazetteer once;
 * thread-safe.
 */
public final class Geocoder implements Stage<CodedArticle, CodedArticle> {
    private final Gazetteer gazetteer;
    private final ToponymRecognizer recognizer;
    private final ToponymResolver resolver;
    private final EventLocator locator;
    private final CapitalPhrases capitals;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.recognizer = new ToponymRecognizer(gazetteer);
        this.resolver = new ToponymResolver(gazetteer);
        this.locator = new EventLocator(gazetteer);
        this.capitals = new CapitalPhrases(gazetteer);
    }

    /** A geocoder over the gazetteer on the classpath. */
    public static Geocoder load() {
        return new Geocoder(Gazetteer.load());
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.EVENTS);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.PLACES);
    }

    @Override
    public String name() {
        return "places";
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ToponymRecognizer recognizer() {
        return recognizer;
    }

    public ToponymResolver resolver() {
        return resolver;
    }

    @Override
    public CodedArticle apply(CodedArticle input) {
        List<Toponym> toponyms = recognizer.recognize(input.annotated());
        List<ResolvedToponym> resolved = resolver.resolve(input.annotated(), toponyms);
        // "the Somali capital", "the capital": places for events and the setting, not names for the places list
        String settingCountry = locator.settingCountry(resolved, input.annotated());
        List<ResolvedToponym> located = new ArrayList<>(resolved);
        located.addAll(capitals.find(input.annotated(), settingCountry));
        Location setting = locator.setting(located, input.annotated());
        List<Event> events = new ArrayList<>(input.events().size());
        for (Event e : input.events()) {
            events.add(e.withLocation(locator.locate(e, input.annotated(), located, setting)));
        }
        return input.withPlaces(places(resolved)).withEvents(events);
    }

    /**
     * The contract's places: every place name with what it resolved to, and every adjectival reference
     * ("Russian troops", "Iraqis") with the country it stands for, of kind {@code adjectival}.
     */
    public List<Place> places(List<ResolvedToponym> resolved) {
        List<Place> out = new ArrayList<>(resolved.size());
        for (ResolvedToponym r : resolved) {
            Toponym t = r.toponym();
            GazetteerEntry e = r.entry();
            if (e == null) {
                if (!t.isDemonym()) {
                    out.add(Place.unresolved(t.text(), t.start(), t.end()));
                }
                continue;
            }
            GazetteerEntry admin1 = e.feature() == Feature.ADMIN1 ? e : gazetteer.admin1Of(e);
            out.add(new Place(t.text(), t.start(), t.end(), e.name(), e.geonamesId(), e.lat(), e.lon(),
                    gazetteer.iso3(e.country()), admin1 == null ? null : admin1.name(), e.feature().label(),
                    t.isDemonym() ? Place.ADJECTIVAL : Place.NAME));
        }
        return out;
    }
}
