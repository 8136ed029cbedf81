package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.event.Event;
import org.sitrep.event.EventAnchor;
import org.sitrep.place.Location;
import org.sitrep.place.LocationPrecision;

/**
 * Decides where each event happened. A place its clause ties it to wins: a resolved toponym whose
 * dependency path reaches the event's trigger through a locative preposition ("in", "near", "at",
 * "outside", ...) or that is the trigger's direct object ("shelled Mosul"); among several, the most
 * specific. Otherwise the event gets the story's setting, at a coarser precision: the first-level
 * division all the article's places lie in, else the country most of them lie in. Thread-safe.
 */
public final class EventLocator {
    static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "inside", "across", "around",
            "throughout", "within", "on", "into", "along", "outskirts", "off", "nearby", "beside", "by");
    /** Edges a place may climb on its way to the trigger. */
    private static final Set<String> CLIMB = Set.of("compound", "nmod", "obl", "conj", "appos", "flat", "obj",
            "nsubj", "nsubj:pass", "advmod", "nmod:poss", "dep", "list", "amod", "acl", "iobj");
    private static final int MAX_PATH = 6;

    private final Gazetteer gazetteer;

    public EventLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The article's setting: where its places lie as a whole, or null when it names none. */
    public Location setting(List<ResolvedToponym> places) {
        Map<String, Integer> countries = new HashMap<>();
        for (ResolvedToponym p : places) {
            if (p.resolved() && p.entry().country() != null && !p.toponym().isDemonym()) {
                countries.merge(p.entry().country(), 1, Integer::sum);
            }
        }
        if (countries.isEmpty()) {
            return null;
        }
        String country = countries.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        String admin1 = null;
        boolean oneAdmin1 = true;
        for (ResolvedToponym p : places) {
            GazetteerEntry e = p.entry();
            if (!p.resolved() || p.toponym().isDemonym() || !country.equals(e.country())
                    || e.feature() == Feature.COUNTRY) {
                continue;
            }
            if (e.admin1() == null || admin1 != null && !admin1.equals(e.admin1())) {
                oneAdmin1 = false;
                break;
            }
            admin1 = e.admin1();
        }
        if (oneAdmin1 && admin1 != null) {
            GazetteerEntry division = gazetteer.admin1(country, admin1);
            if (division != null) {
                return location(null, division, LocationPrecision.ADMIN1);
            }
        }
        GazetteerEntry c = gazetteer.country(country);
        return c == null ? null : location(null, c, LocationPrecision.COUNTRY);
    }

    /** The location of one event: the place its clause names, else the setting (may be null). */
    public Location locate(Event event, AnnotatedArticle article, List<ResolvedToponym> places, Location setting) {
        EventAnchor anchor = event.anchor();
        if (anchor == null || anchor.sentence() < 0 || anchor.sentence() >= article.sentences().size()) {
            return setting;
        }
        Sentence s = article.sentences().get(anchor.sentence());
        ResolvedToponym best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ResolvedToponym p : places) {
            Toponym t = p.toponym();
            if (!p.resolved() || t.isDemonym() || t.sentence() != anchor.sentence() || t.startToken() < 0) {
                continue;
            }
            int steps = pathToTrigger(s, head(s, t), anchor.trigger());
            if (steps < 0) {
                continue;
            }
            // most specific first, then the shortest path
            int rank = (Feature.SITE.ordinal() - p.entry().feature().ordinal()) * 100 + steps;
            if (rank < bestRank) {
                bestRank = rank;
                best = p;
            }
        }
        if (best == null) {
            return setting;
        }
        return location(best.toponym().text(), best.entry(), best.entry().feature().precision());
    }

    /**
     * Number of edges from the place's head up to the trigger when the path is a locative tie, else -1.
     * A tie climbs only through nominal edges and passes a locative case marker on the way (or the place
     * is the trigger's own object or oblique).
     */
    static int pathToTrigger(Sentence s, int from, int trigger) {
        int node = from;
        boolean locative = false;
        for (int steps = 0; steps <= MAX_PATH; steps++) {
            if (hasLocativeCase(s, node)) {
                locative = true;
            }
            Dependency up = s.headEdge(node);
            if (up == null || up.governor() < 0) {
                return -1;
            }
            String rel = up.relation();
            String base = up.baseRelation();
            if (!CLIMB.contains(rel) && !CLIMB.contains(base)) {
                return -1;
            }
            if (up.governor() == trigger) {
                boolean object = steps == 0 && (base.equals("obj") || base.equals("obl"));
                boolean subject = base.equals("nsubj") && !locative;
                if (subject) {
                    return -1; // "Baghdad said" names a government, not a place of action
                }
                if (locative || object || LOCATIVE.contains(up.subtype())) {
                    return steps + 1;
                }
                return -1;
            }
            if (base.equals("nsubj") || base.equals("acl") && !locative) {
                return -1;
            }
            node = up.governor();
        }
        return -1;
    }

    private static boolean hasLocativeCase(Sentence s, int node) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == node && d.relation().equals("case")
                    && LOCATIVE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Dependency up = s.headEdge(node);
        return up != null && LOCATIVE.contains(up.subtype());
    }

    /** The token of the toponym that attaches it to the rest of the sentence. */
    static int head(Sentence s, Toponym t) {
        for (int i = t.startToken(); i < t.endToken(); i++) {
            Dependency up = s.headEdge(i);
            if (up == null || up.governor() < t.startToken() || up.governor() >= t.endToken()) {
                return i;
            }
        }
        return t.endToken() - 1;
    }

    Location location(String text, GazetteerEntry e, LocationPrecision precision) {
        GazetteerEntry admin1 = e.feature() == Feature.ADMIN1 ? e : gazetteer.admin1Of(e);
        return new Location(text, e.name(), e.geonamesId(), e.lat(), e.lon(), gazetteer.iso3(e.country()),
                admin1 == null ? null : admin1.name(), precision);
    }
}
