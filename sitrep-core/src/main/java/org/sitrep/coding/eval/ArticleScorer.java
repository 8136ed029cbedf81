package org.sitrep.coding.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores coded articles against the article gold set, one article at a time.
 *
 * <p>Only <b>asserted</b> coded events are coded events here; negated, possible and future ones are
 * ignored, except that a non-asserted gold event is found when some coded event of its root in its
 * sentence carries its factuality. Within one article, a coded asserted event can match a gold asserted
 * event when its CAMEO root is one of the gold event's accepted roots and its date interval overlaps the
 * gold one. Matching is greedy and one-to-one: of all candidate pairs, required gold events go first, then
 * the pair with the date inside the gold interval, then the location within 50 km, then the exact code,
 * then the coded event stated in the gold event's own sentence (so that the statement, not a nominal echo,
 * takes the match), then the smaller distance, then text order. A coded event matched to a required gold event is a true
 * positive; one matched to an optional gold event counts neither way; an unmatched one is a false positive,
 * and a <i>forbidden hit</i> when its root and sentence are those of a forbidden entry (or of a non-asserted
 * gold event).
 */
public final class ArticleScorer {
    /** How far a coded location may be from the gold place and still be right. */
    public static final double LOCATION_KM = 50;

    private int articles;
    private int gold;
    private int optionalGold;
    private int coded;
    private int matched;
    private int optionalMatched;
    private int codeExact;
    private int dateInside;
    private int locationGold;
    private int locationRight;
    private int sourceGold;
    private int sourceRight;
    private int targetGold;
    private int targetRight;
    private int forbiddenEntries;
    private int forbiddenHits;
    private int nonAsserted;
    private int nonAssertedFound;
    private int quotes;
    private int quotesFound;
    private int speakersRight;
    private final List<ArticleScores.Miss> misses = new ArrayList<>();

    private record Pair(int gold, int coded, boolean required, boolean inside, boolean near, boolean exact,
                        boolean sentence, double km) {
    }

    /** Scores one article. */
    public void add(ArticleGold g, CodedView c) {
        articles++;
        List<ArticleGold.Event> asserted = g.events().stream().filter(ArticleGold.Event::asserted).toList();
        List<CodedView.Event> codedAsserted = c.events().stream().filter(CodedView.Event::asserted).toList();
        coded += codedAsserted.size();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < asserted.size(); i++) {
            ArticleGold.Event ge = asserted.get(i);
            for (int j = 0; j < codedAsserted.size(); j++) {
                CodedView.Event ce = codedAsserted.get(j);
                if (!ge.roots().contains(ce.root()) || !overlaps(ge, ce)) {
                    continue;
                }
                double km = distanceKm(ge, ce);
                pairs.add(new Pair(i, j, !ge.optional(), inside(ge, ce), km <= LOCATION_KM,
                        ge.cameo().contains(ce.cameo()), sameSentence(ce.sentence(), ge.evidence()), km));
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> !p.required()).thenComparing(p -> !p.inside())
                .thenComparing(p -> !p.near()).thenComparing(p -> !p.exact()).thenComparing(p -> !p.sentence())
                .thenComparingDouble(Pair::km)
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::coded));
        int[] goldTo = new int[asserted.size()];
        int[] codedTo = new int[codedAsserted.size()];
        java.util.Arrays.fill(goldTo, -1);
        java.util.Arrays.fill(codedTo, -1);
        for (Pair p : pairs) {
            if (goldTo[p.gold()] < 0 && codedTo[p.coded()] < 0) {
                goldTo[p.gold()] = p.coded();
                codedTo[p.coded()] = p.gold();
            }
        }
        for (int i = 0; i < asserted.size(); i++) {
            ArticleGold.Event ge = asserted.get(i);
            if (ge.optional()) {
                optionalGold++;
                if (goldTo[i] >= 0) {
                    optionalMatched++;
                }
                continue;
            }
            gold++;
            if (goldTo[i] < 0) {
                miss(g, "missed", ge.cameo().get(0) + " " + ge.start() + ".." + ge.end() + ": " + ge.evidence());
                continue;
            }
            matched++;
            scoreMatch(g, ge, codedAsserted.get(goldTo[i]));
        }
        List<ArticleGold.Forbidden> forbidden = new ArrayList<>(g.forbidden());
        for (ArticleGold.Event ge : g.events()) {
            if (!ge.asserted()) {
                for (String root : ge.roots()) {
                    forbidden.add(new ArticleGold.Forbidden(root, ge.evidence(), ge.factuality() + " event"));
                }
                nonAsserted++;
                if (c.events().stream().anyMatch(ce -> ge.roots().contains(ce.root())
                        && sameSentence(ce.sentence(), ge.evidence()) && ge.factuality().equals(ce.factuality()))) {
                    nonAssertedFound++;
                }
            }
        }
        forbiddenEntries += g.forbidden().size();
        for (int j = 0; j < codedAsserted.size(); j++) {
            if (codedTo[j] >= 0) {
                continue;
            }
            CodedView.Event ce = codedAsserted.get(j);
            ArticleGold.Forbidden hit = forbidden.stream()
                    .filter(f -> f.root().equals(ce.root()) && sameSentence(ce.sentence(), f.evidence()))
                    .findFirst().orElse(null);
            if (hit != null) {
                forbiddenHits++;
                miss(g, "forbidden", ce.cameo() + " '" + ce.trigger() + "' (" + hit.why() + "): " + hit.evidence());
            } else {
                miss(g, "spurious", ce.cameo() + " '" + ce.trigger() + "' " + ce.start() + ".." + ce.end() + ": "
                        + ce.sentence());
            }
        }
        scoreQuotes(g, c);
    }

    private void scoreMatch(ArticleGold g, ArticleGold.Event ge, CodedView.Event ce) {
        if (ge.cameo().contains(ce.cameo())) {
            codeExact++;
        }
        if (inside(ge, ce)) {
            dateInside++;
        } else {
            miss(g, "date", ce.cameo() + " coded " + ce.start() + ".." + ce.end() + ", gold " + ge.start() + ".."
                    + ge.end() + ": " + ge.evidence());
        }
        if (ge.place() != null) {
            locationGold++;
            double km = distanceKm(ge, ce);
            if (km <= LOCATION_KM) {
                locationRight++;
            } else {
                miss(g, "location", ce.cameo() + " " + (Double.isInfinite(km) ? "no location"
                        : String.format(Locale.ROOT, "%.0f km off", km)) + ", gold " + ge.place().name() + ": "
                        + ge.evidence());
            }
        }
        if (ge.source() != null && ge.source().code() != null) {
            sourceGold++;
            if (ge.source().code().equals(ce.sourceCode())) {
                sourceRight++;
            } else {
                miss(g, "source", ce.cameo() + " coded " + ce.sourceCode() + ", gold " + ge.source().code() + " '"
                        + ge.source().text() + "': " + ge.evidence());
            }
        }
        if (ge.target() != null && ge.target().code() != null) {
            targetGold++;
            if (ge.target().code().equals(ce.targetCode())) {
                targetRight++;
            } else {
                miss(g, "target", ce.cameo() + " coded " + ce.targetCode() + ", gold " + ge.target().code() + " '"
                        + ge.target().text() + "': " + ge.evidence());
            }
        }
    }

    private void scoreQuotes(ArticleGold g, CodedView c) {
        boolean[] used = new boolean[c.quotes().size()];
        for (ArticleGold.Quote q : g.quotes()) {
            quotes++;
            String starts = normal(q.starts());
            int found = -1;
            for (int k = 0; k < c.quotes().size() && found < 0; k++) {
                String text = normal(c.quotes().get(k).text());
                if (!used[k] && !text.isEmpty() && (text.startsWith(starts) || text.contains(starts)
                        || starts.startsWith(text))) {
                    found = k;
                }
            }
            if (found < 0) {
                miss(g, "quote", "not found: " + q.starts());
                continue;
            }
            used[found] = true;
            quotesFound++;
            CodedView.Quote cq = c.quotes().get(found);
            if (speakerRight(q, cq)) {
                speakersRight++;
            } else {
                miss(g, "speaker", "'" + q.starts() + "' gold " + q.speaker() + ", coded "
                        + (cq.speakerName() != null ? cq.speakerName() : cq.speakerText()));
            }
        }
    }

    static boolean speakerRight(ArticleGold.Quote q, CodedView.Quote cq) {
        List<String> names = new ArrayList<>();
        names.add(q.speaker());
        names.addAll(q.alt());
        for (String coded : new String[] {cq.speakerName(), cq.speakerText()}) {
            String c = normal(coded);
            if (c.length() < 3) {
                continue;
            }
            for (String n : names) {
                String gold = normal(n);
                if (gold.length() >= 3 && (c.contains(gold) || gold.contains(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void miss(ArticleGold g, String kind, String what) {
        misses.add(new ArticleScores.Miss(g.id(), kind, what));
    }

    /** The figures over every article added so far. */
    public ArticleScores score() {
        return new ArticleScores(articles, gold, optionalGold, coded, matched, optionalMatched, codeExact, dateInside,
                locationGold, locationRight, sourceGold, sourceRight, targetGold, targetRight, forbiddenEntries,
                forbiddenHits, nonAsserted, nonAssertedFound, quotes, quotesFound, speakersRight, misses);
    }

    static boolean overlaps(ArticleGold.Event g, CodedView.Event c) {
        return c.start() != null && c.end() != null && !c.start().isAfter(g.end()) && !c.end().isBefore(g.start());
    }

    static boolean inside(ArticleGold.Event g, CodedView.Event c) {
        return c.start() != null && c.end() != null && !c.start().isBefore(g.start()) && !c.end().isAfter(g.end());
    }

    /** Great-circle distance from the gold place to the coded location; infinite when either is missing. */
    static double distanceKm(ArticleGold.Event g, CodedView.Event c) {
        if (g.place() == null || c.lat() == null || c.lon() == null) {
            return Double.POSITIVE_INFINITY;
        }
        double p1 = Math.toRadians(g.place().lat());
        double p2 = Math.toRadians(c.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(c.lon() - g.place().lon());
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Whether a coded event's sentence is the sentence a gold fragment comes from. */
    static boolean sameSentence(String sentence, String fragment) {
        String s = normal(sentence);
        String f = normal(fragment);
        return !s.isEmpty() && !f.isEmpty() && (s.contains(f) || f.contains(s));
    }

    static String normal(String s) {
        if (s == null) {
            return "";
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"\u201c\u201d\u2018\u2019']", "")
                .replaceAll("\\s+", " ").strip();
    }
}
