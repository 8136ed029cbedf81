package org.sitrep.geo.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geoparsing scores of one corpus.
 *
 * @param corpus          corpus name ("lgl", "geovirus")
 * @param articles        number of articles
 * @param goldToponyms    number of gold toponyms
 * @param names           recognition on exact spans, place names only
 * @param withDemonyms    recognition on exact spans, demonyms counted as toponyms too
 * @param endToEnd        resolution errors of the gold toponyms the recognizer found (either kind)
 * @param endToEndAcc161  share of all gold toponyms found and resolved within 161 km
 * @param goldSpans       resolution errors when the resolver is given the gold spans
 * @param geocodeSeconds  time spent recognising and resolving (annotation excluded)
 * @param goldSpansAreaAware share of gold spans resolved within 161 km, or to a country or first-level
 *                        division that holds the gold point (by the nearest gazetteer city): the headline
 *                        acc@161, since corpora put a country's point in different places (the plain
 *                        point-distance figure is {@code goldSpans.accuracy161()})
 * @param misses          gold-span resolutions off by more than 161 km, for error analysis
 * @param unfound         gold toponyms the recognizer did not find at all, for error analysis
 */
public record GeoReport(String corpus, int articles, int goldToponyms, SpanScore names, SpanScore withDemonyms,
                        ErrorCurve endToEnd, double endToEndAcc161, ErrorCurve goldSpans, double goldSpansAreaAware,
                        double geocodeSeconds,
                        List<Miss> misses, List<Unfound> unfound) {

    /** One gold toponym resolved too far away. */
    public record Miss(String article, String phrase, double lat, double lon, String resolvedTo, double errorKm) {
    }

    /**
     * One gold toponym the recognizer did not find as a place name or demonym.
     *
     * @param article  article id
     * @param phrase   the gold phrase
     * @param ner      the NER tags of its tokens, space-separated
     * @param overlap  the recognized toponym overlapping the gold span with other bounds, or "" when none
     * @param context  the sentence's words around it, the phrase in [brackets]
     */
    public record Unfound(String article, String phrase, String ner, String overlap, String context) {
    }

    /** A summary for JSON output (misses left out). */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", corpus);
        m.put("articles", articles);
        m.put("gold_toponyms", goldToponyms);
        m.put("accuracy_161km_headline", round(goldSpansAreaAware));
        m.put("toponym_recall", round(toponymRecall()));
        m.put("recognition", span(names));
        m.put("recognition_with_demonyms", span(withDemonyms));
        Map<String, Object> e2e = curve(endToEnd);
        e2e.put("accuracy_161km_of_all_gold", round(endToEndAcc161));
        m.put("resolution_end_to_end", e2e);
        Map<String, Object> spans = curve(goldSpans);
        spans.put("accuracy_161km_or_inside_resolved_area", round(goldSpansAreaAware));
        m.put("resolution_gold_spans", spans);
        m.put("geocode_seconds", round(geocodeSeconds));
        return m;
    }

    private static Map<String, Object> span(SpanScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        m.put("tp", s.truePositives());
        m.put("fp", s.falsePositives());
        m.put("fn", s.falseNegatives());
        return m;
    }

    private static Map<String, Object> curve(ErrorCurve c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("toponyms", c.count());
        m.put("accuracy_161km", round(c.accuracy161()));
        m.put("mean_error_km", round(c.meanKm()));
        m.put("median_error_km", round(c.medianKm()));
        m.put("auc", round(c.auc()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /**
     * Share of all gold toponyms the recognizer found at all (as a place name or as an adjectival or
     * demonym reference), whatever their resolution.
     */
    public double toponymRecall() {
        return goldToponyms == 0 ? 0 : (double) endToEnd.count() / goldToponyms;
    }

    /** Table rows for a terminal, one block per corpus. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d articles, %d gold toponyms%n", corpus, articles, goldToponyms));
        b.append(String.format(Locale.ROOT, "  %-34s %6s %6s %6s%n", "recognition (exact span)", "P", "R", "F1"));
        b.append(String.format(Locale.ROOT, "  %-34s %6.3f %6.3f %6.3f%n", "place names", names.precision(),
                names.recall(), names.f1()));
        b.append(String.format(Locale.ROOT, "  %-34s %6.3f %6.3f %6.3f%n", "place names + demonyms",
                withDemonyms.precision(), withDemonyms.recall(), withDemonyms.f1()));
        b.append(String.format(Locale.ROOT, "  %-34s %6s %8s %9s %9s %6s%n", "resolution", "n", "acc@161",
                "mean km", "median km", "AUC"));
        b.append(String.format(Locale.ROOT, "  %-34s %6d %8.3f%n", "gold spans, containment (headline)", goldToponyms,
                goldSpansAreaAware));
        row(b, "gold spans, point distance only", goldSpans);
        row(b, "end to end (found toponyms)", endToEnd);
        b.append(String.format(Locale.ROOT, "  %-34s %6d %8.3f%n", "end to end (all gold toponyms)", goldToponyms,
                endToEndAcc161));
        b.append(String.format(Locale.ROOT, "  %-34s %6d %8.3f%n", "toponym recall (found at all)", goldToponyms,
                toponymRecall()));
        b.append(String.format(Locale.ROOT, "  geocoding time %.2f s (annotation excluded)%n", geocodeSeconds));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, ErrorCurve c) {
        b.append(String.format(Locale.ROOT, "  %-34s %6d %8.3f %9.1f %9.1f %6.3f%n", label, c.count(), c.accuracy161(),
                c.meanKm(), c.medianKm(), c.auc()));
    }
}
