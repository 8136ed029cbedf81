package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.Knowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every place Sitrep can resolve a toponym to: GeoNames' populated places (cities500), countries,
 * first- and second-level divisions, plus the curated supplement (city districts, bases, camps,
 * crossings, regions). Names are indexed under {@link NameKey} with their alternate names and
 * transliterations; a lookup costs one key string and returns a shared int array. Immutable and
 * thread-safe once loaded.
 */
public final class Gazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    /**
     * The team-written place files, all in the supplement's columns: districts, bases and regions that
     * conflict reporting names; former first-level divisions and countries; world and news regions; lakes,
     * seas and straits; refugee camps and informal settlements; military, nuclear and biodefence sites.
     */
    static final List<String> CURATED_FILES = List.of("supplement.tsv", "historical_divisions.tsv",
            "regions.tsv", "waters.tsv", "features.tsv", "camps.tsv", "sites.tsv");
    /** Feature code of a curated first-level division that no longer exists (GeoNames' ADM1H). */
    public static final String FORMER_DIVISION = "ADM1H";
    /** Feature code of a curated former country, kept as a region (GeoNames' PCLH). */
    public static final String FORMER_COUNTRY = "PCLH";

    private final List<GazetteerEntry> entries;
    private final NameIndex index;
    private final Map<String, GazetteerEntry> countries;
    private final Map<String, String> iso3;
    private final Map<String, GazetteerEntry> admin1;
    private final Map<String, GazetteerEntry> admin2;
    private final Map<String, GazetteerEntry> demonyms;

    Gazetteer(List<GazetteerEntry> entries, NameIndex index, Map<String, GazetteerEntry> countries,
                      Map<String, String> iso3, Map<String, GazetteerEntry> admin1, Map<String, GazetteerEntry> admin2,
                      Map<String, GazetteerEntry> demonyms) {
        this.entries = entries;
        this.index = index;
        this.countries = countries;
        this.iso3 = iso3;
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.demonyms = demonyms;
    }

    /**
     * Loads the gazetteer from this module's classpath resources (built by scripts/fetch-gazetteer.sh),
     * with the rows of any user files under {@code $SITREP_KNOWLEDGE/places/}.
     */
    public static Gazetteer load() {
        return load(Knowledge.fromEnvironment());
    }

    /** Loads the gazetteer, adding the rows of the overlay's {@code places/} files to the curated files of their names. */
    public static Gazetteer load(Knowledge knowledge) {
        long t0 = System.nanoTime();
        GazetteerBuilder b = new GazetteerBuilder(knowledge);
        b.loadCountries();
        b.loadAdmins("admin1.tsv", Feature.ADMIN1);
        b.loadAdmins("admin2.tsv", Feature.ADMIN2);
        b.loadPlaces();
        for (String file : CURATED_FILES) {
            b.loadSupplement(file);
        }
        b.loadAlternates();
        Gazetteer g = b.build();
        LOG.debug("gazetteer: {} places, {} names in {} ms", g.size(), g.index.size(), (System.nanoTime() - t0) / 1_000_000);
        return g;
    }

    public int size() {
        return entries.size();
    }

    public GazetteerEntry entry(int index) {
        return entries.get(index);
    }

    /**
     * Candidates for a name, as codes: {@code entryIndex << 1 | 1} when the name is an alternate
     * name of the entry, {@code entryIndex << 1} when it is its main name. The array is shared: do not
     * modify it. Empty when the name is unknown.
     */
    public int[] lookupKey(String key) {
        return index.get(key);
    }

    /** Candidates for a name as written. */
    public List<GazetteerEntry> candidates(CharSequence name) {
        int[] codes = lookupKey(NameKey.of(name));
        List<GazetteerEntry> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(entries.get(c >>> 1));
        }
        return out;
    }

    public boolean knows(String key) {
        return index.contains(key);
    }

    /** The country with an ISO alpha-2 code, or null. */
    public GazetteerEntry country(String iso2) {
        return iso2 == null ? null : countries.get(iso2);
    }

    public List<GazetteerEntry> countries() {
        return List.copyOf(countries.values());
    }

    /** ISO alpha-3 for an alpha-2 code, or null. */
    public String iso3(String iso2) {
        return iso2 == null ? null : iso3.get(iso2);
    }

    /** The first-level division of an entry, or null. */
    public GazetteerEntry admin1Of(GazetteerEntry e) {
        if (e.country() == null || e.admin1() == null) {
            return null;
        }
        return admin1.get(e.country() + "." + e.admin1());
    }

    public GazetteerEntry admin1(String country, String code) {
        return admin1.get(country + "." + code);
    }

    public GazetteerEntry admin2(String country, String a1, String a2) {
        return admin2.get(country + "." + a1 + "." + a2);
    }

    /** The country a demonym ("Iraqi", "Americans") refers to, or null. */
    public GazetteerEntry demonym(CharSequence word) {
        return demonyms.get(NameKey.of(word));
    }

    /** All entries with the given feature (used by tests and diagnostics). */
    public List<GazetteerEntry> entries(Feature feature) {
        return entries.stream().filter(e -> e.feature() == feature).toList();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Gazetteer[%d places, %d names]", entries.size(), index.size());
    }
}
