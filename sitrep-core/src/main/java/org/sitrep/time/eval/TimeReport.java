package org.sitrep.time.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.EventDate;

/** Prints time scores as a table, a list of misses, or JSON. */
public final class TimeReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimeReport() {
    }

    /** One line per mode: gold events, matched, inside, exact and the two shares. */
    public static String table(String goldName, int articles, Map<String, TimeScore> byMode) {
        StringBuilder out = new StringBuilder();
        int gold = byMode.values().stream().mapToInt(TimeScore::gold).findFirst().orElse(0);
        out.append(String.format(Locale.ROOT, "time gold: %s (%d articles, %d events)%n", goldName, articles, gold));
        out.append(String.format(Locale.ROOT, "%-26s %7s %8s %7s %6s %9s %9s%n", "mode", "gold", "matched", "inside",
                "exact", "inside%", "exact%"));
        for (Map.Entry<String, TimeScore> e : byMode.entrySet()) {
            TimeScore s = e.getValue();
            out.append(String.format(Locale.ROOT, "%-26s %7d %8d %7d %6d %8.1f%% %8.1f%%%n", e.getKey(), s.gold(),
                    s.matched(), s.inside(), s.exact(), 100 * s.insideShare(), 100 * s.exactShare()));
        }
        out.append("inside% and exact% are shares of the matched events; gold anchors match every gold event.\n");
        return out.toString();
    }

    /** The matched events whose prediction is not inside the gold interval. */
    public static String misses(TimeScore score) {
        StringBuilder out = new StringBuilder();
        for (TimeScore.Outcome o : score.outcomes()) {
            if (o.matched() && !o.inside()) {
                out.append(String.format(Locale.ROOT, "  %s %-12s gold %s  predicted %s%n    %s%n", o.article(),
                        o.event().trigger(), show(o.event().date()), show(o.predicted()), o.event().sentence()));
            }
        }
        return out.toString();
    }

    public static String json(String goldName, Map<String, TimeScore> byMode) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gold", goldName);
        ObjectNode modes = root.putObject("modes");
        for (Map.Entry<String, TimeScore> e : byMode.entrySet()) {
            TimeScore s = e.getValue();
            ObjectNode m = modes.putObject(e.getKey());
            m.put("gold", s.gold());
            m.put("matched", s.matched());
            m.put("inside", s.inside());
            m.put("exact", s.exact());
            m.put("inside_share", round(s.insideShare()));
            m.put("exact_share", round(s.exactShare()));
            m.put("matched_share", round(s.matchedShare()));
            ArrayNode missed = m.putArray("misses");
            for (TimeScore.Outcome o : s.outcomes()) {
                if (o.matched() && !o.inside()) {
                    ObjectNode x = missed.addObject();
                    x.put("article", o.article());
                    x.put("trigger", o.event().trigger());
                    x.put("gold", show(o.event().date()));
                    x.put("predicted", show(o.predicted()));
                }
            }
        }
        return root.toString();
    }

    /** Modes in insertion order. */
    public static Map<String, TimeScore> modes() {
        return new LinkedHashMap<>();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static String show(EventDate d) {
        if (d == null) {
            return "none";
        }
        String span = d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end();
        return span + " " + d.precision().label();
    }
}
