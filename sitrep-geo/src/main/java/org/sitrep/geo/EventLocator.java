package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;

/**
 * Decides where each event happened. A place its clause ties it to wins: a resolved toponym whose
 * dependency path reaches the event's trigger through a locative preposition ("in", "near", "at",
 * "outside", ...) or that is the trigger's direct object ("shelled Mosul"); among several, the most
 * specific. Otherwise the event gets the story's setting: the town of its wire dateline, else the one town
 * all the article's places in its country lie in or around, else the first-level division they all lie in,
 * else the country most of them lie in. A setting has no {@code text}: it is inferred, not stated. Thread-safe.
 */
public final class EventLocator {
    static final Set<String> LOCATIVE = PlaceWords.set("event_locative");
    /** Words after which "of" places what follows: "west of Mosul", "the outskirts of Aleppo". */
    static final Set<String> VICINITY = PlaceWords.set("vicinity");
    /** Edges a place may climb on its way to the trigger. */
    private static final Set<String> CLIMB = Set.of(Relations.COMPOUND, Relations.NMOD, Relations.OBL, Relations.CONJ,
            Relations.APPOS, Relations.FLAT, Relations.OBJ,
            Relations.NSUBJ, Relations.NSUBJ_PASS, Relations.ADVMOD, Relations.NMOD_POSS, Relations.DEP,
                    Relations.LIST, Relations.AMOD, Relations.ACL, Relations.IOBJ);
    private static final int MAX_PATH = 6;
    /**
     * CAMEO roots of verbal acts (statements, appeals, intents, praise, demands, disapproval, rejection,
     * threats): their object is an addressee or the accused, a government named by its seat, not a place.
     */
    private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "05", "10", "11", "12", "13");
    /** Nouns a place name following "of" names: "the city of Poltava", "the western town of Goma". */
    private static final Set<String> PLACE_NOUNS = PlaceWords.set("place_noun");
    /** Edges from a place name to a noun it names or owns, whose preposition still places the name. */
    private static final Set<String> NAME_HEAD_LINKS = Set.of(Relations.COMPOUND, Relations.NMOD_POSS, Relations.FLAT,
            Relations.APPOS);
    /**
     * Edges from an event's trigger up to a clause whose places place it too: the clause it hangs from, or the
     * verb a nominal trigger is the subject of ("an explosion tore through a market in Mogadishu").
     */
    private static final Set<String> CLAUSE_LINKS = Set.of(Relations.ADVCL, Relations.CCOMP, Relations.XCOMP,
            Relations.CONJ, Relations.PARATAXIS, Relations.ACL,
            Relations.NSUBJ);

    /** How far from a town its sites and quarters may lie for the town to be the story's setting. */
    static final double TOWN_RADIUS_KM = 30;

    private final Gazetteer gazetteer;

    public EventLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The article's setting, or null when it names no place: the town of its dateline ("ABUJA, Sept 3 —"),
     * else the country its places weigh most in
     * (a town or district counts 2, a country named as a place 1, a country used as a modifier ("US
     * embassy") or a demonym 0.3), narrowed to the first-level division when at least two places below
     * country level lie in it and none elsewhere in that country.
     */
    public Location setting(List<ResolvedToponym> places, AnnotatedArticle article) {
        String country = settingCountry(places, article);
        if (country == null) {
            return null;
        }
        GazetteerEntry filed = DatelinePlace.town(places, article);
        if (filed != null) {
            return location(null, filed, filed.feature().precision());
        }
        GazetteerEntry town = settingTown(places, country);
        if (town != null) {
            return location(null, town, town.feature().precision());
        }
        String admin1 = null;
        int below = 0;
        for (ResolvedToponym p : places) {
            GazetteerEntry e = p.entry();
            if (!p.resolved() || p.toponym().isDemonym() || !country.equals(e.country())
                    || e.feature() == Feature.COUNTRY) {
                continue;
            }
            if (e.admin1() == null || admin1 != null && !admin1.equals(e.admin1())) {
                below = -1;
                break;
            }
            admin1 = e.admin1();
            below++;
        }
        if (below >= 2) {
            GazetteerEntry division = gazetteer.admin1(country, admin1);
            if (division != null) {
                return location(null, division, LocationPrecision.ADMIN1);
            }
        }
        GazetteerEntry c = gazetteer.country(country);
        return c == null ? null : location(null, c, LocationPrecision.COUNTRY);
    }

    /** The country the article's places weigh most in (ISO alpha-2), or null when it names none. */
    public String settingCountry(List<ResolvedToponym> places, AnnotatedArticle article) {
        Map<String, Double> countries = new HashMap<>();
        for (ResolvedToponym p : places) {
            if (p.resolved() && p.entry().country() != null) {
                countries.merge(p.entry().country(), weight(p, article), Double::sum);
            }
        }
        if (countries.isEmpty()) {
            return null;
        }
        return countries.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    /**
     * The one town the story is set in, or null: every place it names in the country at town level or
     * finer lies within {@value #TOWN_RADIUS_KM} km of the coarsest of them (a town and its quarters and
     * sites), and every division it names in the country contains that town.
     */
    GazetteerEntry settingTown(List<ResolvedToponym> places, String country) {
        List<GazetteerEntry> local = new java.util.ArrayList<>();
        List<GazetteerEntry> divisions = new java.util.ArrayList<>();
        for (ResolvedToponym p : places) {
            GazetteerEntry e = p.entry();
            if (!p.resolved() || p.toponym().isDemonym() || p.toponym().inName() || !country.equals(e.country())) {
                continue;
            }
            if (e.feature().ordinal() >= Feature.CITY.ordinal()) {
                local.add(e);
            } else if (e.feature() == Feature.ADMIN1 || e.feature() == Feature.ADMIN2) {
                divisions.add(e);
            }
        }
        if (local.isEmpty()) {
            return null;
        }
        GazetteerEntry town = local.get(0);
        for (GazetteerEntry e : local) {
            if (e.feature().ordinal() < town.feature().ordinal()
                    || e.feature() == town.feature() && e.population() > town.population()) {
                town = e;
            }
        }
        for (GazetteerEntry e : local) {
            if (e.distanceKm(town) > TOWN_RADIUS_KM) {
                return null;
            }
        }
        for (GazetteerEntry d : divisions) {
            if (!town.within(d)) {
                return null;
            }
        }
        return town;
    }

    private static double weight(ResolvedToponym p, AnnotatedArticle article) {
        Toponym t = p.toponym();
        if (t.isDemonym() || t.inName()) {
            return 0.3;
        }
        if (p.entry().feature().ordinal() > Feature.COUNTRY.ordinal()) {
            return 2;
        }
        if (t.sentence() >= 0 && t.startToken() >= 0 && t.sentence() < article.sentences().size()) {
            Sentence s = article.sentences().get(t.sentence());
            Dependency up = s.headEdge(head(s, t));
            if (up != null && (up.relation().equals(Relations.COMPOUND) || up.baseRelation().equals(Relations.AMOD))) {
                return 0.3;
            }
        }
        return 1;
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
            if (!p.resolved() || t.isDemonym() || t.inName() || t.sentence() != anchor.sentence() || t.startToken() < 0) {
                continue;
            }
            // a country as the trigger's object is an actor ("expel US forces"), not where it happened; so is any
            // place as the object of a verbal act ("accused Kigali of arming rebels", "urged Kyiv to ...")
            boolean objectAllowed = p.entry().feature().ordinal() > Feature.COUNTRY.ordinal()
                    && !VERBAL_ROOTS.contains(event.cameoRoot());
            int steps = pathToTrigger(s, head(s, t), anchor.trigger(), objectAllowed);
            if (steps < 0) {
                // a place of the clause the event's clause hangs from ("X was hit after rockets were fired near Y",
                // when the parser attached "near Y" to the main verb)
                int up = anchor.trigger();
                for (int hop = 1; hop <= 3 && steps < 0; hop++) {
                    Dependency edge = s.headEdge(up);
                    if (edge == null || edge.governor() < 0 || !CLAUSE_LINKS.contains(edge.baseRelation())) {
                        break;
                    }
                    up = edge.governor();
                    int via = pathToTrigger(s, head(s, t), up, false);
                    if (via > 0 && hasLocativeOnPath(s, head(s, t), up)) {
                        steps = via + 10 * hop;
                    }
                }
                if (steps < 0) {
                    continue;
                }
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
        return pathToTrigger(s, from, trigger, true);
    }

    static int pathToTrigger(Sentence s, int from, int trigger, boolean objectAllowed) {
        int node = from;
        boolean locative = false;
        boolean nameHead = true; // still on the place name or the noun it names ("Sheikh Omar region")
        for (int steps = 0; steps <= MAX_PATH; steps++) {
            if (nameHead && hasLocativeCase(s, node)) {
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
                boolean object = objectAllowed && steps == 0 && (base.equals(Relations.OBJ) || base.equals(Relations.OBL));
                boolean subject = base.equals(Relations.NSUBJ) && !locative;
                if (subject) {
                    return -1; // "Baghdad said" names a government, not a place of action
                }
                if (locative || object || LOCATIVE.contains(up.subtype())) {
                    return steps + 1;
                }
                return -1;
            }
            if (base.equals(Relations.NSUBJ) || base.equals(Relations.ACL) && !locative) {
                return -1;
            }
            nameHead = nameHead && steps == 0 && (NAME_HEAD_LINKS.contains(rel) || namesPlaceNoun(s, node, up));
            node = up.governor();
        }
        return -1;
    }

    /** Whether the edge hangs a name from the place noun it names by "of": "the city of Poltava". */
    private static boolean namesPlaceNoun(Sentence s, int name, Dependency up) {
        if (!up.baseRelation().equals(Relations.NMOD) || !PLACE_NOUNS.contains(s.token(up.governor()).word())) {
            return false;
        }
        for (Dependency d : s.children(name)) {
            if (d.relation().equals(Relations.CASE) && s.token(d.dependent()).word().equalsIgnoreCase("of")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a locative marker lies on the path from {@code from} up to {@code to}. */
    static boolean hasLocativeOnPath(Sentence s, int from, int to) {
        int node = from;
        for (int steps = 0; steps <= MAX_PATH && node != to && node >= 0; steps++) {
            if (hasLocativeCase(s, node)) {
                return true;
            }
            Dependency up = s.headEdge(node);
            node = up == null ? -1 : up.governor();
        }
        return false;
    }

    private static boolean hasLocativeCase(Sentence s, int node) {
        Dependency up = s.headEdge(node);
        DependencyTree tree = DependencyTree.of(s);
        for (int d : tree.children(node)) {
            if (!tree.relation(d).equals(Relations.CASE)) {
                continue;
            }
            String marker = s.token(d).word().toLowerCase(Locale.ROOT);
            if (marker.equals("by") && up != null && up.governor() >= 0 && "VBN".equals(s.token(up.governor()).pos())) {
                continue; // "a ceasefire proposed by Washington": the agent of a participle, not a place beside it
            }
            if (LOCATIVE.contains(marker)) {
                return true;
            }
            // "20 km west of Mosul", "on the outskirts of Mosul": "of" after a direction or vicinity word
            if (marker.equals("of") && d > 0
                    && VICINITY.contains(s.token(d - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
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
