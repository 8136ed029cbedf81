package org.sitrep.geo;

/** Hand-made gazetteer entries and readings for the resolver pieces' unit tests. */
final class GeoPieces {
    private GeoPieces() {
    }

    static GazetteerEntry place(String name, Feature feature, String country, String admin1, double lat, double lon) {
        return new GazetteerEntry(0, null, name, feature, null, country, admin1, null, 1000, lat, lon, null);
    }

    static Toponym name(String text, int sentence, int startToken, int endToken) {
        return new Toponym(text, 0, text.length(), sentence, startToken, endToken, Toponym.Kind.NAME, "test");
    }

    /** A reading of one occurrence that has settled on {@code chosen} with a clear margin (confidence 1). */
    static Reading settled(String text, GazetteerEntry... entries) {
        Reading r = reading(text, entries);
        double[] values = new double[entries.length];
        values[0] = 10;
        r.pickBest(values);
        return r;
    }

    static Reading reading(String text, GazetteerEntry... entries) {
        Toponym t = name(text, 0, 0, 1);
        Reading r = new Reading(text.toLowerCase(), t);
        r.occurrences.add(t);
        r.set(entries, new boolean[entries.length]);
        return r;
    }
}
