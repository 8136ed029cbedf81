package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.knowledge.Knowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the gazetteer's files (GeoNames extracts built by scripts/fetch-gazetteer.sh and the curated
 * place files) into entries and a name index: countries, divisions, places, curated supplements and
 * alternate names, each name also under its division-suffix and compass variants.
 */
final class GazetteerBuilder {
    private static final String DIR = "gazetteer/";
    /** How far a curated site may lie from the place named as its container to take that place's division. */
    private static final double CONTAINER_ADMIN1_KM = 150;
    private static final List<String> ADMIN1_SUFFIXES = List.of(" province", " governorate", " region", " state",
            " oblast", " prefecture", " department", " district", " municipality", " county", " territory");
    private static final List<String> ADMIN2_SUFFIXES = List.of(" county", " parish", " borough", " district",
            " municipality", " city", " census area");

    /** Generic words GeoNames puts before a division's own name ("Province of Nueva Ecija", "Departamento de Cusco"). */
    private static final List<String> ADMIN_PREFIXES = List.of("departamento de ", "departamento del ",
            "provincia de ", "provincia del ", "provincia di ", "province of ", "province du ", "province de ",
            "municipio de ", "municipality of ", "urban municipality of ", "partido de ", "distrito de ",
            "district of ", "regional district of ", "region of ", "state of ", "county of ", "city of ",
            "borough of ", "commune of ", "arrondissement de ", "governorate of ");
    /** Compass adjectives and the nouns English also uses in division names ("Southern Darfur", "South Darfur"). */
    private static final Map<String, String> COMPASS = Map.of("southern ", "south ", "northern ", "north ",
            "eastern ", "east ", "western ", "west ", "south ", "southern ", "north ", "northern ",
            "east ", "eastern ", "west ", "western ");

    private final Knowledge knowledge;

    GazetteerBuilder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    final List<GazetteerEntry> entries = new ArrayList<>(260_000);
    final NameIndex index = new NameIndex(1 << 19);
    final Map<String, GazetteerEntry> countries = new HashMap<>();
    final Map<String, String> iso3 = new HashMap<>();
    final Map<String, GazetteerEntry> admin1 = new HashMap<>();
    final Map<String, GazetteerEntry> admin2 = new HashMap<>();
    final Map<String, GazetteerEntry> demonyms = new HashMap<>();
    final java.util.Set<String> curatedDemonyms = new java.util.HashSet<>();
    final Map<String, List<String>> demonymChoices = new HashMap<>();
    final Map<Long, Integer> byGeonamesId = new HashMap<>(1 << 18);
    final Map<String, String> interned = new HashMap<>();

    String intern(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return interned.computeIfAbsent(s, k -> k);
    }

    GazetteerEntry add(Long id, String name, Feature feature, String code, String country, String a1, String a2,
                       long pop, double lat, double lon, String container) {
        GazetteerEntry e = entry(id, name, feature, code, country, a1, a2, pop, lat, lon, container);
        name(e, name, false);
        return e;
    }

    GazetteerEntry entry(Long id, String name, Feature feature, String code, String country, String a1, String a2,
                         long pop, double lat, double lon, String container) {
        GazetteerEntry e = new GazetteerEntry(entries.size(), id, name, feature, intern(code), intern(country),
                intern(a1), intern(a2), pop, lat, lon, container);
        entries.add(e);
        if (id != null) {
            byGeonamesId.put(id, e.index());
        }
        return e;
    }

    void name(GazetteerEntry e, String name, boolean alternate) {
        key(e, NameKey.of(name), alternate);
    }

    /** Indexes an already normalized key. */
    void key(GazetteerEntry e, String key, boolean alternate) {
        if (!key.isEmpty()) {
            index.add(key, e.index() << 1 | (alternate ? 1 : 0));
        }
    }

    void loadCountries() {
        read("countries.tsv", true, f -> {
            GazetteerEntry e = add(null, f[2], Feature.COUNTRY, "PCLI", f[0], null, null, 0,
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), null);
            countries.put(f[0], e);
            iso3.put(f[0], f[1]);
            name(e, f[3], true);
            for (String alt : split(f, 7)) {
                name(e, alt, true);
            }
            for (String d : split(f, 8)) {
                demonym(d, e, false);
            }
        });
    }

    /** Curated demonyms replace packaged ones; among packaged ones the more populous country wins later. */
    void demonym(String word, GazetteerEntry country, boolean curated) {
        String key = NameKey.of(word);
        add(key, country, curated);
        if (!key.endsWith("s") && !key.endsWith("sh") && !key.endsWith("ch") && !key.endsWith("ese")) {
            add(key + "s", country, curated);
        }
    }

    private void add(String key, GazetteerEntry country, boolean curated) {
        if (curated) {
            curatedDemonyms.add(key);
            demonyms.put(key, country);
            return;
        }
        if (curatedDemonyms.contains(key)) {
            return;
        }
        demonymChoices.computeIfAbsent(key, k -> new ArrayList<>()).add(country.country());
    }

    void loadAdmins(String file, Feature feature) {
        List<String> suffixes = feature == Feature.ADMIN1 ? ADMIN1_SUFFIXES : ADMIN2_SUFFIXES;
        read(file, true, f -> {
            String[] code = f[0].split("\\.");
            GazetteerEntry e = add(null, f[1], feature, feature == Feature.ADMIN1 ? "ADM1" : "ADM2", code[0],
                    code[1], feature == Feature.ADMIN2 ? code[2] : null, Long.parseLong(f[4]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), null);
            (feature == Feature.ADMIN1 ? admin1 : admin2).put(f[0], e);
            String key = NameKey.of(f[1]);
            for (String prefix : ADMIN_PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length() + 2) {
                    key = key.substring(prefix.length());
                    key(e, key, true);
                    break;
                }
            }
            for (String suffix : suffixes) {
                if (key.endsWith(suffix) && key.length() > suffix.length() + 2) {
                    key(e, key.substring(0, key.length() - suffix.length()), true);
                }
            }
            for (Map.Entry<String, String> c : COMPASS.entrySet()) {
                if (key.startsWith(c.getKey()) && key.length() > c.getKey().length() + 2) {
                    key(e, c.getValue() + key.substring(c.getKey().length()), true);
                    break;
                }
            }
        });
    }

    void loadPlaces() {
        read("places.tsv.gz", true, f -> {
            Feature feature = f[2].equals("PPLX") ? Feature.NEIGHBORHOOD : Feature.CITY;
            GazetteerEntry e = entry(Long.parseLong(f[0]), f[1], feature, f[2], f[3], f[4], f[5],
                    Long.parseLong(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]), null);
            String keys = f[9];
            int from = 0;
            boolean alternate = false;
            while (from < keys.length()) {
                int bar = keys.indexOf('|', from);
                int to = bar < 0 ? keys.length() : bar;
                key(e, keys.substring(from, to), alternate);
                alternate = true;
                from = to + 1;
            }
        });
    }

    /**
     * One curated file. Columns: name, alternates, feature, lat, lon, country, admin1 code, container,
     * GeoNames id, and optionally population (a division's approximate census population, weighed in
     * the resolver's prior like a GeoNames division's) and the year a former division or country ceased
     * (such a row gets GeoNames' historical feature code, ADM1H or PCLH). A site or district without an
     * admin1 code takes the one of its container, the nearest place of that name in its country. An
     * admin1 row whose code the packaged admin1 table lacks becomes that code's division.
     */
    void loadSupplement(String file) {
        readWithOverlay(file, f -> {
            Feature feature = Feature.of(f[2]);
            double lat = Double.parseDouble(f[3]);
            double lon = Double.parseDouble(f[4]);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new IllegalStateException("coordinates out of range: " + lat + "," + lon);
            }
            if (feature == Feature.COUNTRY) {
                GazetteerEntry old = countries.get(f[5]);
                if (old == null) {
                    throw new IllegalStateException(file + ": unknown country " + f[5]);
                }
                GazetteerEntry moved = new GazetteerEntry(old.index(), old.geonamesId(), old.name(), old.feature(),
                        old.featureCode(), old.country(), null, null, old.population(), lat, lon, null);
                entries.set(old.index(), moved);
                countries.put(f[5], moved);
                return;
            }
            String country = blank(f[5]);
            if (country != null && !countries.containsKey(country)) {
                throw new IllegalStateException(file + ": unknown country " + country);
            }
            Long id = f.length > 8 && blank(f[8]) != null ? Long.valueOf(f[8].trim()) : null;
            long population = f.length > 9 && blank(f[9]) != null ? Long.parseLong(f[9].trim()) : 0;
            boolean former = f.length > 10 && blank(f[10]) != null;
            String code = !former ? "SUPPLEMENT" : feature == Feature.ADMIN1 ? Gazetteer.FORMER_DIVISION : Gazetteer.FORMER_COUNTRY;
            String container = blank(f[7]);
            String a1 = blank(f[6]);
            if (a1 == null && country != null && container != null
                    && (feature == Feature.SITE || feature == Feature.NEIGHBORHOOD)) {
                a1 = containerAdmin1(container, country, lat, lon);
            }
            GazetteerEntry e = add(id, f[0], feature, code, country, a1, null, population, lat, lon, container);
            for (String alt : split(f, 1)) {
                name(e, alt, true);
            }
            if (feature == Feature.ADMIN1 && a1 != null && country != null) {
                admin1.putIfAbsent(country + "." + a1, e); // the places carry a code the packaged table lacks
            }
        });
    }

    /** The admin1 code of the nearest same-country place called {@code container}, or null. */
    String containerAdmin1(String container, String country, double lat, double lon) {
        String best = null;
        double nearest = CONTAINER_ADMIN1_KM;
        for (int code : index.get(NameKey.of(container))) {
            GazetteerEntry c = entries.get(code >>> 1);
            if (country.equals(c.country()) && c.admin1() != null && c.feature() != Feature.COUNTRY) {
                double km = c.distanceKm(lat, lon);
                if (km < nearest) {
                    nearest = km;
                    best = c.admin1();
                }
            }
        }
        return best;
    }

    void loadAlternates() {
        read("alternates.tsv", true, f -> {
            String target = f[0];
            int colon = target.indexOf(':');
            String kind = target.substring(0, colon);
            String ref = target.substring(colon + 1);
            GazetteerEntry e = switch (kind) {
                case "country", "demonym" -> countries.get(ref);
                case "adjective" -> region(ref);
                case "admin1" -> admin1.get(ref);
                case "geonames" -> byGeonamesId.containsKey(Long.valueOf(ref))
                        ? entries.get(byGeonamesId.get(Long.valueOf(ref))) : null;
                default -> throw new IllegalStateException("alternates.tsv: unknown target kind " + target);
            };
            if (e == null) {
                throw new IllegalStateException("alternates.tsv: unknown target " + target);
            }
            for (String alt : split(f, 1)) {
                if (kind.equals("demonym") || kind.equals("adjective")) {
                    demonym(alt, e, true);
                } else {
                    name(e, alt, true);
                }
            }
        });
    }

    /**
     * The region or first-level division whose main name is {@code name} ("Europe", "Caspian Sea", "Tibet"), a
     * region before a division; null if there is none.
     */
    GazetteerEntry region(String name) {
        GazetteerEntry division = null;
        for (int code : index.get(NameKey.of(name))) {
            GazetteerEntry e = entries.get(code >>> 1);
            if (!e.name().equals(name)) {
                continue;
            }
            if (e.feature() == Feature.REGION) {
                return e;
            }
            if (e.feature() == Feature.ADMIN1 && division == null) {
                division = e;
            }
        }
        return division;
    }

    Gazetteer build() {
        // countries carry the summed population of their places, so they rank by size like the rest
        long[] pop = new long[entries.size()];
        Map<String, Long> byCountry = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (e.feature() == Feature.CITY && e.country() != null) {
                byCountry.merge(e.country(), e.population(), Long::sum);
            }
        }
        for (Map.Entry<String, GazetteerEntry> c : countries.entrySet()) {
            GazetteerEntry old = c.getValue();
            GazetteerEntry e = new GazetteerEntry(old.index(), old.geonamesId(), old.name(), old.feature(),
                    old.featureCode(), old.country(), null, null, byCountry.getOrDefault(c.getKey(), 0L),
                    old.lat(), old.lon(), null);
            entries.set(e.index(), e);
            c.setValue(e);
        }
        demonyms.replaceAll((k, v) -> v.feature() == Feature.COUNTRY ? countries.get(v.country()) : v);
        for (Map.Entry<String, List<String>> d : demonymChoices.entrySet()) {
            if (curatedDemonyms.contains(d.getKey())) {
                continue;
            }
            GazetteerEntry best = null;
            for (String iso2 : d.getValue()) {
                GazetteerEntry c = countries.get(iso2);
                if (best == null || c.population() > best.population()) {
                    best = c;
                }
            }
            demonyms.put(d.getKey(), best);
        }
        return new Gazetteer(List.copyOf(entries), index, Map.copyOf(countries), Map.copyOf(iso3),
                Map.copyOf(admin1), Map.copyOf(admin2), Map.copyOf(demonyms));
    }

    static String blank(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s.trim();
    }

    static String[] split(String[] f, int column) {
        if (f.length <= column || f[column].isEmpty()) {
            return new String[0];
        }
        return f[column].split("\\|");
    }

    /** A curated file from the classpath, then the rows of the user's {@code places/} file of that name. */
    private void readWithOverlay(String file, Consumer<String[]> row) {
        read(file, true, row);
        Optional<Path> own = knowledge.file("places", file);
        if (own.isPresent()) {
            try {
                readRows(own.get().toString(), Files.newInputStream(own.get()), false, row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + own.get(), e);
            }
        }
    }

    static void read(String file, boolean required, Consumer<String[]> row) {
        String resource = DIR + file;
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath;"
                        + " build sitrep-geo with node and npm installed (scripts/fetch-gazetteer.sh makes it)");
            }
            return;
        }
        readRows(resource, in, file.endsWith(".gz"), row);
    }

    private static void readRows(String resource, InputStream in, boolean gzip, Consumer<String[]> row) {
        int lineNo = 0;
        try (InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                try {
                    row.accept(tabs(line));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String[] tabs(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        String[] out = new String[n];
        int from = 0;
        for (int k = 0; k < n; k++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                tab = line.length();
            }
            out[k] = line.substring(from, tab);
            from = tab + 1;
        }
        return out;
    }
}
