package org.sitrep.coding.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article-level figures: counts, and the shares derived from them. Precision is over coded asserted
 * events not matched to an optional gold event; recall over required gold events; code, date, location and
 * actor shares over the matched required events; speaker accuracy over the quotes found.
 */
public record ArticleScores(int articles, int gold, int optionalGold, int coded, int matched, int optionalMatched,
                            int codeExact, int dateInside, int locationGold, int locationRight, int sourceGold,
                            int sourceRight, int targetGold, int targetRight, int forbiddenEntries, int forbiddenHits,
                            int nonAsserted, int nonAssertedFound, int quotes, int quotesFound, int speakersRight,
                            List<Miss> misses) {
    public ArticleScores {
        misses = List.copyOf(misses);
    }

    /** One thing the coder got wrong: the article, the kind of error and what it was. */
    public record Miss(String article, String kind, String what) {
    }

    /** Coded asserted events that count for precision (those matched to optional gold events do not). */
    public int counted() {
        return coded - optionalMatched;
    }

    public double precision() {
        return share(matched, counted());
    }

    public double recall() {
        return share(matched, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double codeExactShare() {
        return share(codeExact, matched);
    }

    public double dateShare() {
        return share(dateInside, matched);
    }

    public double locationShare() {
        return share(locationRight, locationGold);
    }

    public double sourceShare() {
        return share(sourceRight, sourceGold);
    }

    public double targetShare() {
        return share(targetRight, targetGold);
    }

    public double quoteRecall() {
        return share(quotesFound, quotes);
    }

    public double speakerShare() {
        return share(speakersRight, quotesFound);
    }

    private static double share(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    /** The figures as ordered name → value pairs (for JSON). */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("gold_events", gold);
        m.put("optional_gold_events", optionalGold);
        m.put("coded_asserted_events", coded);
        m.put("matched", matched);
        m.put("matched_optional", optionalMatched);
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        m.put("code_exact", round(codeExactShare()));
        m.put("date_inside", round(dateShare()));
        m.put("location_50km", round(locationShare()));
        m.put("location_gold", locationGold);
        m.put("source_code", round(sourceShare()));
        m.put("target_code", round(targetShare()));
        m.put("forbidden_entries", forbiddenEntries);
        m.put("forbidden_hits", forbiddenHits);
        m.put("non_asserted_gold", nonAsserted);
        m.put("non_asserted_found_with_factuality", nonAssertedFound);
        m.put("quotes", quotes);
        m.put("quote_recall", round(quoteRecall()));
        m.put("speaker_accuracy", round(speakerShare()));
        return m;
    }

    /** A readable table of the figures. */
    public String table(String set) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Article gold set %s: %d articles, %d gold events (+%d optional), %d coded asserted%n",
                set, articles, gold, optionalGold, coded));
        row(b, "event precision (root+date)", precision(), matched + "/" + counted());
        row(b, "event recall", recall(), matched + "/" + gold);
        row(b, "event F1", f1(), "");
        row(b, "exact CAMEO code", codeExactShare(), codeExact + "/" + matched);
        row(b, "date inside gold interval", dateShare(), dateInside + "/" + matched);
        row(b, "location within 50 km", locationShare(), locationRight + "/" + locationGold);
        row(b, "source actor code", sourceShare(), sourceRight + "/" + sourceGold);
        row(b, "target actor code", targetShare(), targetRight + "/" + targetGold);
        b.append(String.format(Locale.ROOT, "  %-30s %6d  (of %d forbidden entries, %d non-asserted gold events)%n",
                "forbidden events coded", forbiddenHits, forbiddenEntries, nonAsserted));
        b.append(String.format(Locale.ROOT, "  %-30s %6s  %d/%d%n", "non-asserted found as such", "",
                nonAssertedFound, nonAsserted));
        row(b, "quote recall", quoteRecall(), quotesFound + "/" + quotes);
        row(b, "speaker accuracy", speakerShare(), speakersRight + "/" + quotesFound);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double v, String counts) {
        b.append(String.format(Locale.ROOT, "  %-30s %6.3f  %s%n", name, v, counts));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
