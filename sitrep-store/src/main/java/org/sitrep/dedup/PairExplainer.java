package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.GeoSql;
import org.sitrep.model.EventDate;

/**
 * Explains the dedup evaluation pair by pair: for every gold pair that should merge, every incident and
 * near-miss pair that must stay apart, and every wrong merge, what was coded on each side (CAMEO, actors,
 * place, date, factuality) and which merge-rule condition decided. Read by {@code sitrep eval dedup --explain}.
 */
final class PairExplainer {
    private final MergeRule rule;
    private final Map<String, String> labelOf;
    private final Map<String, String> clusterOf;

    PairExplainer(MergeRule rule, Map<String, String> labelOf, Map<String, String> clusterOf) {
        this.rule = rule;
        this.labelOf = labelOf;
        this.clusterOf = clusterOf;
    }

    List<String> explain(List<DedupGold.GoldArticle> gold, Map<String, Event> codedOfGold,
                         Map<String, List<Event>> codedByArticle, List<Event[]> wrongMerges) {
        List<String> out = new ArrayList<>();
        List<String[]> goldEvents = new ArrayList<>();
        Map<String, Event> goldById = new java.util.HashMap<>();
        for (DedupGold.GoldArticle g : gold) {
            for (DedupGold.GoldEvent ge : g.events()) {
                goldEvents.add(new String[] {g.article().id(), ge.event().id(), ge.incident()});
                goldById.put(ge.event().id(), ge.event());
            }
        }
        for (int i = 0; i < goldEvents.size(); i++) {
            for (int j = i + 1; j < goldEvents.size(); j++) {
                String[] a = goldEvents.get(i);
                String[] b = goldEvents.get(j);
                if (a[0].equals(b[0])) {
                    continue;
                }
                boolean same = a[2].equals(b[2]) && incident(a[2]);
                boolean nearMiss = nearMiss(a[2], b[2]);
                if (!same && !nearMiss) {
                    continue;
                }
                Event ca = codedOfGold.get(a[1]);
                Event cb = codedOfGold.get(b[1]);
                boolean merged = ca != null && cb != null && clusterOf.get(ca.id()).equals(clusterOf.get(cb.id()));
                String outcome = same ? (merged ? "merged (right)" : "MISSED") : (merged ? "MERGED (wrong)" : "apart (right)");
                out.add(a[2] + (same ? "" : "/" + b[2]) + "  " + a[1] + " ~ " + b[1] + "  "
                        + (same ? "should merge" : "must stay apart") + ": " + outcome);
                out.add("    " + side(a, ca, goldById, codedByArticle));
                out.add("    " + side(b, cb, goldById, codedByArticle));
                if (ca != null && cb != null) {
                    out.add("    rule: " + rule.explain(ca, cb, distance(ca, cb)).reason());
                }
            }
        }
        for (Event[] w : wrongMerges) {
            out.add("wrong merge  " + w[0].id() + " [" + labelOf.getOrDefault(w[0].id(), "-") + "] ~ " + w[1].id()
                    + " [" + labelOf.getOrDefault(w[1].id(), "-") + "]");
            out.add("    " + describe(w[0]));
            out.add("    " + describe(w[1]));
            out.add("    rule: " + rule.explain(w[0], w[1], distance(w[0], w[1])).reason());
        }
        return out;
    }

    /** Incident labels (I1, H2, ...) as opposed to near-misses (N...) and side events (S...). */
    private static boolean incident(String label) {
        return !label.startsWith("N") && !label.startsWith("S");
    }

    /** A near-miss label N<i>k</i> against the incident (I<i>k</i>, H<i>k</i>) it must not join (either order). */
    private static boolean nearMiss(String a, String b) {
        return a.startsWith("N") && incident(b) && b.substring(1).equals(a.substring(1))
                || b.startsWith("N") && incident(a) && a.substring(1).equals(b.substring(1));
    }

    private String side(String[] goldEvent, Event coded, Map<String, Event> goldById,
                        Map<String, List<Event>> codedByArticle) {
        if (coded != null) {
            return describe(coded);
        }
        Event g = goldById.get(goldEvent[1]);
        StringBuilder s = new StringBuilder(goldEvent[1] + " NOT CODED (gold " + g.cameo() + " \""
                + g.evidence().trigger() + "\"); coded in that sentence:");
        boolean any = false;
        for (Event e : codedByArticle.getOrDefault(goldEvent[0], List.of())) {
            String sentence = e.evidence().sentence().replaceAll("\\s+", " ").strip();
            String goldSentence = g.evidence().sentence().replaceAll("\\s+", " ").strip();
            if (sentence.contains(goldSentence) || goldSentence.contains(sentence)) {
                s.append(' ').append(e.cameo()).append(" \"").append(e.evidence().trigger()).append('"');
                any = true;
            }
        }
        return any ? s.toString() : s.append(" nothing").toString();
    }

    static String describe(Event e) {
        return String.format(Locale.ROOT, "%s %s \"%s\" src %s tgt %s @ %s | %s | %s", e.id(), e.cameo(),
                e.evidence() == null ? "" : e.evidence().trigger(), actor(e.source()), actor(e.target()),
                place(e.location()), date(e.date()), e.factuality() == null ? "-" : e.factuality().label());
    }

    private static String actor(Actor a) {
        if (a == null) {
            return "-";
        }
        return (a.code() == null || a.code().isBlank() ? "(no code)" : a.code()) + "{" + a.text() + "}";
    }

    private static String place(Location l) {
        if (l == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%s [%s %.3f,%.3f %s%s]", l.name(), l.precision().label(), l.lat(), l.lon(),
                l.country(), l.text() == null ? ", inferred" : ", \"" + l.text() + "\"");
    }

    private static String date(EventDate d) {
        if (d == null) {
            return "no date";
        }
        return (d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end()) + " "
                + d.precision().label() + (d.text() == null ? "" : " \"" + d.text() + "\"");
    }

    static Double distance(Event a, Event b) {
        if (a.location() == null || b.location() == null) {
            return null;
        }
        return GeoSql.haversineKm(a.location().lat(), a.location().lon(), b.location().lat(), b.location().lon());
    }
}
