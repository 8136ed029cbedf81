package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Geo;
import org.sitrep.geo.GazetteerEntry;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.NameKey;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.Toponym;

/**
 * Scores the geocoder on one gold corpus, given the articles already annotated (annotation is the
 * slow part and is done once by the caller). Three views: recognition on exact spans (place names
 * only, and with demonyms counted, since some corpora tag "American" as a toponym); resolution
 * end to end (errors of the gold toponyms the recognizer found; unresolved ones count as the largest
 * error); and resolution of the gold spans themselves, which isolates the resolver.
 */
public final class GeoEvaluation {
    private final Geocoder geocoder;
    private final NearestPlace nearest;

    public GeoEvaluation(Geocoder geocoder) {
        this.geocoder = geocoder;
        this.nearest = new NearestPlace(geocoder.gazetteer());
    }

    public GeoReport evaluate(String corpus, List<GoldArticle> gold, List<AnnotatedArticle> annotated) {
        if (gold.size() != annotated.size()) {
            throw new IllegalArgumentException("gold and annotated article counts differ");
        }
        int tp = 0, fp = 0, fn = 0, tpD = 0, fpD = 0, fnD = 0;
        List<Double> endToEnd = new ArrayList<>();
        List<Double> goldSpans = new ArrayList<>();
        List<GeoReport.Miss> misses = new ArrayList<>();
        List<GeoReport.Unfound> unfound = new ArrayList<>();
        int goldCount = 0;
        int areaAware = 0;
        long nanos = 0;
        for (int a = 0; a < gold.size(); a++) {
            GoldArticle g = gold.get(a);
            AnnotatedArticle ann = annotated.get(a);
            goldCount += g.toponyms().size();
            long t0 = System.nanoTime();
            List<Toponym> found = geocoder.recognizer().recognize(ann);
            List<ResolvedToponym> resolved = geocoder.resolver().resolve(ann, found);
            nanos += System.nanoTime() - t0;

            Map<Long, ResolvedToponym> names = new HashMap<>();
            Map<Long, ResolvedToponym> withDemonyms = new HashMap<>();
            for (ResolvedToponym r : resolved) {
                long span = span(r.toponym().start(), r.toponym().end());
                withDemonyms.put(span, r);
                if (!r.toponym().isDemonym()) {
                    names.put(span, r);
                }
            }
            int hit = 0, hitD = 0;
            for (GoldToponym t : g.toponyms()) {
                long span = span(t.start(), t.end());
                if (names.containsKey(span)) {
                    hit++;
                }
                ResolvedToponym r = withDemonyms.get(span);
                if (r != null) {
                    hitD++;
                    endToEnd.add(error(r.entry(), t));
                } else {
                    unfound.add(unfound(g.id(), ann, t, resolved));
                }
            }
            tp += hit;
            fn += g.toponyms().size() - hit;
            fp += names.size() - hit;
            tpD += hitD;
            fnD += g.toponyms().size() - hitD;
            fpD += withDemonyms.size() - hitD;

            List<Toponym> given = new ArrayList<>();
            for (GoldToponym t : g.toponyms()) {
                given.add(givenToponym(ann, t, geocoder.gazetteer()));
            }
            List<ResolvedToponym> fromGold = geocoder.resolver().resolve(ann, given);
            for (int i = 0; i < given.size(); i++) {
                GoldToponym t = g.toponyms().get(i);
                GazetteerEntry e = fromGold.get(i).entry();
                double err = error(e, t);
                goldSpans.add(err);
                if (err <= ErrorCurve.ACCURACY_KM || nearest.inside(e, t.lat(), t.lon())) {
                    areaAware++;
                }
                if (err > ErrorCurve.ACCURACY_KM) {
                    misses.add(new GeoReport.Miss(g.id(), t.phrase(), t.lat(), t.lon(),
                            e == null ? null : e.name() + " (" + e.country() + "." + e.admin1() + ", "
                                    + e.feature().label() + ")", err));
                }
            }
        }
        double[] e2e = endToEnd.stream().mapToDouble(Double::doubleValue).toArray();
        int within = 0;
        for (double e : e2e) {
            if (e <= ErrorCurve.ACCURACY_KM) {
                within++;
            }
        }
        return new GeoReport(corpus, gold.size(), goldCount, new SpanScore(tp, fp, fn), new SpanScore(tpD, fpD, fnD),
                ErrorCurve.of(e2e), goldCount == 0 ? 0 : (double) within / goldCount,
                ErrorCurve.of(goldSpans.stream().mapToDouble(Double::doubleValue).toArray()),
                goldCount == 0 ? 0 : (double) areaAware / goldCount, nanos / 1e9, misses, unfound);
    }

    /** A gold toponym not found: its NER tags, a found toponym overlapping it, and its sentence. */
    static GeoReport.Unfound unfound(String article, AnnotatedArticle ann, GoldToponym t,
                                     List<ResolvedToponym> resolved) {
        String overlap = "";
        for (ResolvedToponym r : resolved) {
            if (r.toponym().end() > t.start() && r.toponym().start() < t.end()) {
                overlap = r.toponym().text();
                break;
            }
        }
        StringBuilder ner = new StringBuilder();
        StringBuilder context = new StringBuilder();
        for (Sentence s : ann.sentences()) {
            if (t.end() <= s.start() || t.start() >= s.end()) {
                continue;
            }
            boolean open = false;
            for (Token k : s.tokens()) {
                boolean inside = k.end() > t.start() && k.start() < t.end();
                if (inside && !open) {
                    context.append('[');
                    open = true;
                } else if (!inside && open) {
                    context.setLength(context.length() - 1);
                    context.append("] ");
                    open = false;
                }
                if (inside) {
                    ner.append(ner.isEmpty() ? "" : " ").append(k.ner());
                }
                context.append(k.word()).append(' ');
            }
            if (open) {
                context.setLength(context.length() - 1);
                context.append(']');
            }
            break;
        }
        return new GeoReport.Unfound(article, t.phrase(), ner.toString(), overlap, context.toString().strip());
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static double error(GazetteerEntry e, GoldToponym t) {
        return e == null ? Geo.MAX_ERROR_KM : Geo.distanceKm(e.lat(), e.lon(), t.lat(), t.lon());
    }

    /** A gold span as a toponym of the annotated article, tied to the tokens it covers. */
    static Toponym givenToponym(AnnotatedArticle ann, GoldToponym t, Gazetteer gazetteer) {
        Toponym.Kind kind = Toponym.Kind.NAME;
        for (Sentence s : ann.sentences()) {
            if (t.end() <= s.start() || t.start() >= s.end()) {
                continue;
            }
            int first = -1;
            int last = -1;
            String ner = "GIVEN";
            for (Token k : s.tokens()) {
                if (k.end() > t.start() && k.start() < t.end()) {
                    if (first < 0) {
                        first = k.index();
                        if (k.ner() != null && !"O".equals(k.ner())) {
                            ner = k.ner();
                        }
                    }
                    last = k.index();
                }
            }
            if (first >= 0) {
                boolean placeTag = ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE") || ner.equals("COUNTRY")
                        || ner.equals("LOCATION");
                if (gazetteer.demonym(t.phrase()) != null && (!placeTag || !gazetteer.knows(NameKey.of(t.phrase())))) {
                    kind = Toponym.Kind.DEMONYM;
                }
                return new Toponym(t.phrase(), t.start(), t.end(), s.index(), first, last + 1, kind, ner);
            }
        }
        return new Toponym(t.phrase(), t.start(), t.end(), -1, -1, -1, kind, "GIVEN");
    }
}
