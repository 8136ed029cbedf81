package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Chooses, for every toponym of an article, the gazetteer entry it means. Each distinct name is read
 * once per article (one sense per discourse). A candidate's prior comes from how the name matches
 * (main or alternate name), population, feature type and agreement with the NER type; the context then
 * adds the article's country and first-level-division focus, containment cues ("X, Y", "X in Y",
 * "Y's X", "X, south of Y") and closeness to the other places the article names. Thread-safe.
 */
public final class ToponymResolver {
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
            "near", "outside", "northern", "southern", "eastern", "western", "nearby", "close");
    private static final Set<String> CONTAINER_GAP = Set.of("the", "province", "governorate", "region", "district",
            "county", "state", "area", "city", "town", "village", "of", "'s", "’s");
    private static final int ROUNDS = 3;
    /** Penalty for an alternate name when another place bears it as its main name. */
    private static final double ALTERNATE_WHEN_MAIN_EXISTS = 1.5;
    /** Penalty for a division that shares its name with its country's capital. */
    private static final double CAPITAL_OVER_DIVISION = 1.5;
    /** Penalty for a former first-level division ("Nyanza Province", "Hordaland") against a current one. */
    private static final double FORMER_DIVISION_PENALTY = 1.0;
    /** Weight of the share of the article's other places in the candidate's country. */
    private static final double COUNTRY_FOCUS = 2.5;
    /** Weight of the share of the article's other places in the candidate's first-level division. */
    private static final double ADMIN1_FOCUS = 2.0;
    /** Weight of a generic word around the name that says what kind of place it is ("the state of X"). */
    private static final double KIND_WORD = 4.0;
    /** Weight of agreement with the other members of a list of places ("Ohio, Oregon and Utah"). */
    private static final double LIST_AGREEMENT = 2.0;

    private final Gazetteer gazetteer;

    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves the toponyms of one article; the result is in the order given. */
    public List<ResolvedToponym> resolve(AnnotatedArticle article, List<Toponym> toponyms) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        Reading[] readingOf = new Reading[toponyms.size()];
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            String key = t.isDemonym() ? "demonym:" + NameKey.of(t.text()) : readingKey(t.text());
            Reading r = readings.get(key);
            if (r == null) {
                r = new Reading(key, t);
                candidates(r, t);
                readings.put(key, r);
            }
            r.occurrences.add(t);
            readingOf[i] = r;
        }
        List<Reading> all = new ArrayList<>(readings.values());
        for (Reading r : all) {
            r.pickBest(r.prior);
        }
        List<Cue> cues = containmentCues(article, toponyms, readingOf);
        kindWords(article, toponyms, readingOf);
        lists(article, toponyms, readingOf);
        for (int round = 0; round < ROUNDS; round++) {
            Focus focus = Focus.of(all);
            for (Reading r : all) {
                r.rescore(focus, all, cues, gazetteer);
            }
            for (Reading r : all) {
                r.pickBest(r.score);
            }
        }
        List<ResolvedToponym> out = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Reading r = readingOf[i];
            out.add(r.best < 0 ? new ResolvedToponym(toponyms.get(i), null, 0)
                    : new ResolvedToponym(toponyms.get(i), r.entries[r.best], r.score[r.best]));
        }
        return out;
    }

    static String readingKey(String text) {
        String key = NameKey.of(text);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.endsWith(" s") && text.matches(".*['’]s$")) {
            key = key.substring(0, key.length() - 2);
        } else if (key.endsWith("s") && text.matches(".*['’]s$")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private void candidates(Reading r, Toponym t) {
        String key = r.key;
        int[] codes;
        if (t.isDemonym()) {
            GazetteerEntry country = gazetteer.demonym(t.text());
            if (country != null) {
                r.set(new GazetteerEntry[] {country}, new boolean[] {false});
                r.prior[0] = 10;
                return;
            }
            key = NameKey.of(t.text());
            codes = new int[0];
        } else {
            codes = gazetteer.lookupKey(key);
        }
        Feature wanted = null;
        if (!t.isDemonym() && codes.length == 0) {
            for (String prefix : GENERIC_PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length() + 2) {
                    codes = gazetteer.lookupKey(key.substring(prefix.length()));
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length == 0) {
            for (Map.Entry<String, Feature> suffix : SUFFIX_FEATURES.entrySet()) {
                if (key.endsWith(suffix.getKey()) && key.length() > suffix.getKey().length() + 2) {
                    codes = gazetteer.lookupKey(key.substring(0, key.length() - suffix.getKey().length()));
                    wanted = suffix.getValue();
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length > 0 && wanted == null) {
            for (Map.Entry<String, Feature> suffix : SUFFIX_FEATURES.entrySet()) {
                if (key.endsWith(suffix.getKey())) {
                    wanted = suffix.getValue();
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length == 0) {
            for (String suffix : GENERIC_SUFFIXES) {
                String stem = key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length()) : "";
                if (stem.length() > 2 && !DIRECTIONS.contains(stem)) { // not "North Island" -> "North"
                    codes = gazetteer.lookupKey(stem);
                    break;
                }
            }
        }
        if (codes.length == 0) {
            wanted = null;
            codes = demonymStemCodes(key);
        }
        List<GazetteerEntry> entries = new ArrayList<>(codes.length);
        List<Boolean> alternates = new ArrayList<>(codes.length);
        collect(codes, wanted, false, entries, alternates);
        if (entries.isEmpty() && wanted == Feature.ADMIN2) {
            // Kenya's, Norway's or Liberia's counties are first-level divisions
            collect(codes, wanted, true, entries, alternates);
        }
        boolean[] alt = new boolean[alternates.size()];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = alternates.get(i);
        }
        r.set(entries.toArray(new GazetteerEntry[0]), alt);
        boolean anyMainName = false;
        for (boolean a : alt) {
            anyMainName |= !a;
        }
        java.util.Set<String> capitalCountries = new java.util.HashSet<>();
        for (GazetteerEntry e : r.entries) {
            if ("PPLC".equals(e.featureCode())) {
                capitalCountries.add(e.country());
            }
        }
        for (int i = 0; i < r.entries.length; i++) {
            r.prior[i] = prior(r.entries[i], alt[i], t.source(), wanted != null, t.text());
            if (alt[i] && anyMainName && r.entries[i].population() < 1_000_000) {
                r.prior[i] -= ALTERNATE_WHEN_MAIN_EXISTS; // old or foreign names ("Paris" for Swainsboro) yield
            }
            if (r.entries[i].feature() == Feature.ADMIN1 && capitalCountries.contains(r.entries[i].country())
                    && wanted != Feature.ADMIN1) {
                r.prior[i] -= CAPITAL_OVER_DIVISION; // "Washington" is the capital unless called a state
            }
        }
    }

    /**
     * The candidates of {@code codes} that agree with the kind of place a suffix wants ("X Province": a
     * division), a first-level division also for "county" when {@code countyIsAdmin1}.
     */
    private void collect(int[] codes, Feature wanted, boolean countyIsAdmin1, List<GazetteerEntry> entries,
                         List<Boolean> alternates) {
        for (int code : codes) {
            GazetteerEntry e = gazetteer.entry(code >>> 1);
            if (wanted != null && e.feature() != wanted && !(wanted == Feature.CITY && e.feature() == Feature.CITY)) {
                if (!(wanted == Feature.ADMIN1 && e.feature() == Feature.ADMIN2)
                        && !(countyIsAdmin1 && e.feature() == Feature.ADMIN1)) {
                    continue;
                }
            }
            entries.add(e);
            alternates.add((code & 1) == 1);
        }
    }

    /** Generic words before a place's own name ("Town of Groton", "City of Richmond"). */
    private static final List<String> GENERIC_PREFIXES = List.of("town of ", "city of ", "village of ", "township of ",
            "greater ");
    /**
     * Generic words after a name the gazetteer only knows without them: the valley, island or airport is
     * placed at the town it is named after ("Salinas Valley", "Da Nang International Airport").
     */
    private static final List<String> GENERIC_SUFFIXES = List.of(" international airport", " airport", " valley",
            " island");

    /**
     * The gazetteer codes of the place an inhabitant word names ("Ohioans", "Minnesotan", "South Ossetian",
     * "Ontarians", "Texan", "Dagestani", "New Londoners", "Richmondites"), by the regular English ways of
     * forming them; only a country, first-level division, region or populated place under its main name
     * counts, and only when one of them is more than a small town (all same-named towns then compete in
     * context). Empty when no stem is known.
     */
    /** Inhabitant names are coined for towns of some size, not for hamlets that happen to match a stem. */
    private static final long DEMONYM_TOWN_POPULATION = 20_000;

    int[] demonymStemCodes(String key) {
        String s = key.endsWith("s") && key.length() > 5 ? key.substring(0, key.length() - 1) : key;
        List<String> stems = new ArrayList<>(3);
        int n = s.length();
        if (s.endsWith("ian")) {
            stems.add(s.substring(0, n - 1)); // Ossetian -> Ossetia
            stems.add(s.substring(0, n - 2) + "o"); // Ontarian -> Ontario
        } else if (s.endsWith("an")) {
            stems.add(s.substring(0, n - 1)); // Minnesotan -> Minnesota
            stems.add(s.substring(0, n - 2)); // Ohioan -> Ohio
            stems.add(s.substring(0, n - 1) + "s"); // Texan -> Texas
        } else if (s.endsWith("i")) {
            stems.add(s.substring(0, n - 1)); // Dagestani -> Dagestan
        } else if (s.endsWith("ite")) {
            stems.add(s.substring(0, n - 3)); // Richmondite -> Richmond
        } else if (s.endsWith("er")) {
            stems.add(s.substring(0, n - 2)); // New Londoner -> New London
        }
        for (String stem : stems) {
            if (stem.length() < 4) {
                continue;
            }
            int[] codes = gazetteer.lookupKey(stem);
            int kept = 0;
            boolean notable = false;
            int[] out = new int[codes.length];
            for (int code : codes) {
                GazetteerEntry e = gazetteer.entry(code >>> 1);
                Feature f = e.feature();
                if ((code & 1) == 0 && (f == Feature.COUNTRY || f == Feature.ADMIN1 || f == Feature.REGION
                        || f == Feature.CITY)) {
                    out[kept++] = code;
                    notable |= f != Feature.CITY || e.population() >= DEMONYM_TOWN_POPULATION;
                }
            }
            if (notable) {
                return java.util.Arrays.copyOf(out, kept);
            }
        }
        return new int[0];
    }

    private static final Map<String, Feature> SUFFIX_FEATURES = suffixes();

    private static Map<String, Feature> suffixes() {
        Map<String, Feature> m = new LinkedHashMap<>();
        m.put(" county", Feature.ADMIN2);
        m.put(" parish", Feature.ADMIN2);
        m.put(" co", Feature.ADMIN2); // "Platte Co."
        m.put(" township", Feature.CITY); // a US township is named after its town
        m.put(" twp", Feature.CITY);
        m.put(" province", Feature.ADMIN1);
        m.put(" governorate", Feature.ADMIN1);
        m.put(" oblast", Feature.ADMIN1);
        m.put(" prefecture", Feature.ADMIN1);
        m.put(" state", Feature.ADMIN1);
        m.put(" city", Feature.CITY);
        return m;
    }

    static double prior(GazetteerEntry e, boolean alternate, String source, boolean suffixed, String text) {
        double s = alternate ? 0 : 0.8;
        if (!alternate && e.name().equals(text)) {
            s += 0.2;
        }
        // a division's population is the sum of its towns': weigh it less than a city's own
        s += (e.feature() == Feature.ADMIN1 || e.feature() == Feature.ADMIN2 ? 0.35 : 0.45)
                * Math.log10(1 + e.population());
        s += switch (e.feature()) {
            case REGION -> 4.5;
            case COUNTRY -> 4.5;
            // a former division (historical GeoNames ADM1H or curated) yields to a current one of its name
            case ADMIN1 -> Gazetteer.FORMER_DIVISION.equals(e.featureCode()) ? 2.0 - FORMER_DIVISION_PENALTY : 2.0;
            case ADMIN2 -> suffixed ? 3.0 : -0.8;
            case CITY -> switch (e.featureCode()) {
                case "PPLC" -> 2.2;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.4;
                case "PPLH", "PPLQ", "PPLW", "PPLCH" -> -2.5;
                default -> 0;
            };
            case NEIGHBORHOOD -> "SUPPLEMENT".equals(e.featureCode()) ? 3.5 : -1.5;
            case SITE -> 3.5;
        };
        if (source != null) {
            switch (source) {
                case "COUNTRY" -> s += e.feature() == Feature.COUNTRY ? 2 : -1;
                case "STATE_OR_PROVINCE" -> s += e.feature() == Feature.ADMIN1 ? 1.0
                        : e.feature() == Feature.COUNTRY ? -1 : 0;
                case "CITY" -> s += e.feature() == Feature.CITY ? 1.0
                        : e.feature() == Feature.COUNTRY || e.feature() == Feature.ADMIN1 ? -0.8 : 0;
                default -> { }
            }
        }
        return s;
    }

    /** "X, Y", "X in Y", "Y's X" (Y contains X) and "X, south of Y", "near Y" (X lies near Y). */
    private static List<Cue> containmentCues(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        List<Cue> cues = new ArrayList<>();
        Map<Long, Integer> byPosition = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() >= 0 && t.startToken() >= 0) {
                byPosition.put(((long) t.sentence() << 32) | t.startToken(), i);
            }
        }
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() < 0 || t.startToken() < 0 || t.isDemonym()) {
                continue;
            }
            Sentence s = article.sentences().get(t.sentence());
            List<Token> tokens = s.tokens();
            int k = t.endToken();
            boolean near = false;
            boolean comma = k < tokens.size() && ",".equals(tokens.get(k).word());
            if (comma) {
                k++;
            }
            int gap = 0;
            while (k < tokens.size() && gap < 6) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (DIRECTIONS.contains(w)) {
                    near = true;
                } else if (!(w.equals("in") || w.equals("of") || w.equals("about") || w.equals("some")
                        || w.equals("km") || w.equals("kilometers") || w.equals("kilometres") || w.equals("miles")
                        || w.equals("mi") || CONTAINER_GAP.contains(w) || tokens.get(k).pos().equals("CD"))) {
                    break;
                }
                if (gap == 0 && !comma && !(w.equals("in") || near)) {
                    break;
                }
                k++;
                gap++;
            }
            Integer other = byPosition.get(((long) t.sentence() << 32) | k);
            if (other != null && other != i && (comma || gap > 0)) {
                cues.add(new Cue(readingOf[i], readingOf[other], near));
            }
            // "Y's X" and "Y's X region"
            int p = t.startToken() - 1;
            if (p >= 1 && (tokens.get(p).word().equals("'s") || tokens.get(p).word().equals("’s"))) {
                for (int j = 0; j < toponyms.size(); j++) {
                    Toponym y = toponyms.get(j);
                    if (y.sentence() == t.sentence() && y.endToken() == p && !y.isDemonym()) {
                        cues.add(new Cue(readingOf[i], readingOf[j], false));
                    }
                }
            }
        }
        return cues;
    }

    /** Lower-case words that say what kind of place the name next to them is. */
    private static final Map<String, Feature> KIND_AFTER = Map.of("state", Feature.ADMIN1, "province",
            Feature.ADMIN1, "governorate", Feature.ADMIN1, "region", Feature.ADMIN1, "county", Feature.ADMIN2,
            "city", Feature.CITY, "town", Feature.CITY);
    private static final Map<String, Feature> KIND_BEFORE = Map.of("state", Feature.ADMIN1, "province",
            Feature.ADMIN1, "governorate", Feature.ADMIN1, "county", Feature.ADMIN2, "city", Feature.CITY,
            "town", Feature.CITY, "village", Feature.CITY, "country", Feature.COUNTRY);

    /**
     * "Washington state", "the state of Victoria", "the city of Buffalo": a lower-case generic word right
     * after the name, or "the WORD of" right before it, says what kind of place is meant.
     */
    private static void kindWords(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() < 0 || t.startToken() < 0 || t.isDemonym()) {
                continue;
            }
            List<Token> tokens = article.sentences().get(t.sentence()).tokens();
            Feature kind = null;
            if (t.endToken() < tokens.size()) {
                String next = tokens.get(t.endToken()).word();
                kind = next.equals(next.toLowerCase(Locale.ROOT)) ? KIND_AFTER.get(next) : null;
            }
            int b = t.startToken();
            if (kind == null && b >= 2 && tokens.get(b - 1).word().equals("of")) {
                String word = tokens.get(b - 2).word();
                kind = word.equals(word.toLowerCase(Locale.ROOT)) ? KIND_BEFORE.get(word) : null;
            }
            if (kind != null) {
                readingOf[i].kindWords.add(kind);
            }
        }
    }

    /**
     * Places listed together ("in British Columbia, Alberta, Manitoba and New Brunswick") are usually of one
     * kind and, below the country level, in one country. A list is three or more names separated by commas,
     * or names joined by "and"/"or"; "Paris, Texas" (two names and a comma) is a containment, not a list.
     */
    private static void lists(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() >= 0 && t.startToken() >= 0 && !t.isDemonym()) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.<Integer>comparingInt(i -> toponyms.get(i).sentence())
                .thenComparingInt(i -> toponyms.get(i).startToken()));
        List<Integer> group = new ArrayList<>();
        boolean conjunction = false;
        for (int n = 0; n <= order.size(); n++) {
            Integer i = n < order.size() ? order.get(n) : null;
            if (i != null && !group.isEmpty()) {
                Toponym prev = toponyms.get(group.get(group.size() - 1));
                Toponym t = toponyms.get(i);
                String joint = t.sentence() == prev.sentence() ? between(article, prev, t) : null;
                if (joint != null) {
                    conjunction |= !joint.equals(",");
                    group.add(i);
                    continue;
                }
            }
            if (group.size() >= 3 || (group.size() == 2 && conjunction)) {
                List<Reading> members = new ArrayList<>();
                for (int g : group) {
                    if (!members.contains(readingOf[g])) {
                        members.add(readingOf[g]);
                    }
                }
                Feature kind = listKind(article, toponyms.get(group.get(0)), toponyms.get(group.get(group.size() - 1)));
                for (Reading r : members) {
                    if (kind != null) {
                        r.kindWords.add(kind);
                    }
                    for (Reading o : members) {
                        if (o != r && !r.siblings.contains(o)) {
                            r.siblings.add(o);
                        }
                    }
                }
            }
            group.clear();
            conjunction = false;
            if (i != null) {
                group.add(i);
            }
        }
    }

    private static final Map<String, Feature> KIND_PLURAL = Map.of("states", Feature.ADMIN1, "provinces",
            Feature.ADMIN1, "governorates", Feature.ADMIN1, "regions", Feature.ADMIN1, "counties", Feature.ADMIN2,
            "parishes", Feature.ADMIN2, "cities", Feature.CITY, "towns", Feature.CITY, "villages", Feature.CITY,
            "countries", Feature.COUNTRY);
    private static final Set<String> LIST_OPENERS = Set.of("of", "including", "like", "as", "in", ":");

    /**
     * The kind a plural generic word gives a whole list: after it ("Jackson and Barrow counties") or just
     * before it ("states including Georgia, Oklahoma and Utah", "the provinces of A and B").
     */
    private static Feature listKind(AnnotatedArticle article, Toponym first, Toponym last) {
        List<Token> tokens = article.sentences().get(first.sentence()).tokens();
        if (last.endToken() < tokens.size()) {
            Feature after = KIND_PLURAL.get(tokens.get(last.endToken()).word());
            if (after != null) {
                return after;
            }
        }
        int k = first.startToken() - 1;
        int openers = 0;
        while (k >= 0 && openers < 2 && LIST_OPENERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
            openers++;
        }
        return openers > 0 && k >= 0 ? KIND_PLURAL.get(tokens.get(k).word()) : null;
    }

    /** The words between two toponyms of a sentence when they only join a list (",", "and", ", and", "or"). */
    private static String between(AnnotatedArticle article, Toponym a, Toponym b) {
        List<Token> tokens = article.sentences().get(a.sentence()).tokens();
        StringBuilder joint = new StringBuilder();
        for (int k = a.endToken(); k < b.startToken(); k++) {
            String w = tokens.get(k).word();
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("&"))) {
                return null;
            }
            joint.append(joint.length() == 0 ? "" : " ").append(w);
        }
        return joint.length() == 0 ? null : joint.toString();
    }

    /** The inner reading lies within (or, if {@code near}, close to) the outer one. */
    private record Cue(Reading inner, Reading outer, boolean near) {
    }

    /** Where the article's places lie, by country and first-level division. */
    private record Focus(Map<String, Double> countries, Map<String, Double> admin1s, double total) {
        static Focus of(List<Reading> readings) {
            Map<String, Double> countries = new HashMap<>();
            Map<String, Double> admin1s = new HashMap<>();
            double total = 0;
            for (Reading r : readings) {
                if (r.best < 0) {
                    continue;
                }
                GazetteerEntry e = r.entries[r.best];
                if (e.country() == null) {
                    continue;
                }
                double w = r.focusWeight();
                countries.merge(e.country(), w, Double::sum);
                if (e.admin1() != null && e.feature().ordinal() >= Feature.ADMIN1.ordinal()) {
                    admin1s.merge(e.country() + "." + e.admin1(), w, Double::sum);
                }
                total += w;
            }
            return new Focus(countries, admin1s, total);
        }

        /** Share of the other readings' weight in the candidate's country (the reading's own left out). */
        double country(GazetteerEntry e, Reading self) {
            double own = self.focusWeight();
            GazetteerEntry mine = self.best < 0 ? null : self.entries[self.best];
            double rest = total - (mine != null && mine.country() != null ? own : 0);
            if (rest <= 0 || e.country() == null) {
                return 0;
            }
            double w = countries.getOrDefault(e.country(), 0.0);
            if (mine != null && e.country().equals(mine.country())) {
                w -= own;
            }
            return Math.max(0, w) / rest;
        }

        double admin1(GazetteerEntry e, Reading self) {
            double own = self.focusWeight();
            GazetteerEntry mine = self.best < 0 ? null : self.entries[self.best];
            double rest = total - (mine != null && mine.country() != null ? own : 0);
            if (rest <= 0 || e.admin1() == null) {
                return 0;
            }
            String key = e.country() + "." + e.admin1();
            double w = admin1s.getOrDefault(key, 0.0);
            if (mine != null && mine.admin1() != null && mine.feature().ordinal() >= Feature.ADMIN1.ordinal()
                    && key.equals(mine.country() + "." + mine.admin1())) {
                w -= own;
            }
            return Math.max(0, w) / rest;
        }
    }

    /** One distinct name of the article with its candidates and their scores. */
    private static final class Reading {
        final String key;
        final Toponym first;
        final List<Toponym> occurrences = new ArrayList<>(2);
        /** Kinds of place that generic words around an occurrence name ("the state of X"). */
        final java.util.EnumSet<Feature> kindWords = java.util.EnumSet.noneOf(Feature.class);
        /** Other names listed with this one ("Ohio, Oregon and Utah"). */
        final List<Reading> siblings = new ArrayList<>(0);
        GazetteerEntry[] entries;
        boolean[] alternate;
        double[] prior;
        double[] score;
        int best = -1;
        double margin;

        Reading(String key, Toponym first) {
            this.key = key;
            this.first = first;
        }

        void set(GazetteerEntry[] e, boolean[] alt) {
            entries = e;
            alternate = alt;
            prior = new double[e.length];
            score = new double[e.length];
        }

        void pickBest(double[] values) {
            best = -1;
            double top = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < values.length; i++) {
                if (values[i] > top) {
                    second = top;
                    top = values[i];
                    best = i;
                } else if (values[i] > second) {
                    second = values[i];
                }
            }
            margin = best < 0 ? 0 : second == Double.NEGATIVE_INFINITY ? 3 : top - second;
        }

        double focusWeight() {
            return occurrences.size() * (first.isDemonym() ? 0.5 : 1.0) * confidence();
        }

        /** 0.3 .. 1: how much this reading's current choice should steer the others. */
        double confidence() {
            return 0.3 + 0.7 * Math.min(1, margin / 3);
        }

        void rescore(Focus focus, List<Reading> all, List<Cue> cues, Gazetteer gazetteer) {
            for (int c = 0; c < entries.length; c++) {
                GazetteerEntry e = entries[c];
                double s = prior[c];
                if (e.feature() != Feature.COUNTRY && e.feature() != Feature.REGION) {
                    s += COUNTRY_FOCUS * focus.country(e, this);
                    if (e.feature() != Feature.ADMIN1) {
                        s += ADMIN1_FOCUS * focus.admin1(e, this);
                    }
                }
                s += context(e, all);
                if (kindWords.contains(e.feature())) {
                    s += KIND_WORD;
                }
                s += LIST_AGREEMENT * listAgreement(e);
                for (Cue cue : cues) {
                    if (cue.inner == this && cue.outer != this && cue.outer.best >= 0) {
                        GazetteerEntry outer = cue.outer.entries[cue.outer.best];
                        s += fits(e, outer, cue.near) ? 4.0 : -0.5;
                    } else if (cue.outer == this && cue.inner != this && cue.inner.best >= 0) {
                        // the container is whatever contains the inner's candidates best
                        double fit = 0;
                        for (GazetteerEntry inner : cue.inner.entries) {
                            if (fits(inner, e, cue.near)) {
                                fit = 3.0;
                                break;
                            }
                        }
                        s += fit;
                    }
                }
                score[c] = s;
            }
        }

        /** Weighted share of the listed names whose current choice is of this kind and, below a country, country. */
        private double listAgreement(GazetteerEntry e) {
            double agree = 0;
            double total = 0;
            for (Reading o : siblings) {
                if (o.best < 0) {
                    continue;
                }
                GazetteerEntry c = o.entries[o.best];
                double w = o.confidence();
                total += w;
                boolean sameKind = c.feature() == e.feature();
                boolean sameCountry = e.feature() == Feature.COUNTRY || e.feature() == Feature.REGION
                        || (e.country() != null && e.country().equals(c.country()));
                if (sameKind && sameCountry) {
                    agree += w;
                }
            }
            return total == 0 ? 0 : agree / total;
        }

        /** Closeness to the other places the article names. */
        private double context(GazetteerEntry e, List<Reading> all) {
            double s = 0;
            boolean local = e.feature().ordinal() >= Feature.ADMIN2.ordinal();
            double nearest = Double.MAX_VALUE;
            for (Reading r : all) {
                if (r == this || r.best < 0 || r.first.isDemonym()) {
                    continue;
                }
                GazetteerEntry o = r.entries[r.best];
                if (o == e) {
                    continue;
                }
                double w = r.confidence();
                if (o.feature() == Feature.ADMIN1 || o.feature() == Feature.ADMIN2) {
                    if (e.within(o)) {
                        s += 1.2 * w;
                    } else if (o.within(e)) {
                        s += 0.8 * w;
                    }
                } else if (o.feature().ordinal() >= Feature.CITY.ordinal()) {
                    if (local) {
                        nearest = Math.min(nearest, e.distanceKm(o));
                    } else if (o.within(e)) {
                        s += 0.8 * w;
                    }
                }
            }
            if (nearest < 50) {
                s += 1.5;
            } else if (nearest < 150) {
                s += 0.8;
            }
            if (local) {
                s += Math.min(2.0, cluster(e, all));
            }
            return s;
        }

        /** Support from other names that could be places close to this candidate, whatever they resolve to now. */
        private double cluster(GazetteerEntry e, List<Reading> all) {
            double support = 0;
            for (Reading r : all) {
                if (r == this || r.first.isDemonym() || r.entries.length == 0 || r.entries.length > 80) {
                    continue;
                }
                for (GazetteerEntry o : r.entries) {
                    if (o.feature().ordinal() < Feature.ADMIN2.ordinal() || o == e) {
                        continue;
                    }
                    if (Math.abs(o.lat() - e.lat()) < 0.5 && Math.abs(o.lon() - e.lon()) < 0.8
                            && e.distanceKm(o) < 40) {
                        support += 0.7;
                        break;
                    }
                }
            }
            return support;
        }

        private static boolean fits(GazetteerEntry inner, GazetteerEntry outer, boolean near) {
            if (near) {
                return inner.distanceKm(outer) < 150;
            }
            if (inner.within(outer)) {
                return true;
            }
            return outer.feature().ordinal() >= Feature.CITY.ordinal()
                    && inner.feature().ordinal() >= Feature.CITY.ordinal() && inner.distanceKm(outer) < 30;
        }
    }
}
