package org.sitrep.event.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link FactualityScorer} found: accuracy per gold label and per class, the confusion table (gold by
 * predicted, "none" = no event coded at the word), forbidden events (not asserted in gold, coded asserted) and
 * lost events (asserted in gold, not coded asserted).
 */
public record FactualityScores(List<FactualityScorer.Outcome> outcomes) {
    public int items() {
        return outcomes.size();
    }

    public int correct() {
        return (int) outcomes.stream().filter(FactualityScorer.Outcome::right).count();
    }

    public int forbidden() {
        return (int) outcomes.stream().filter(FactualityScorer.Outcome::forbidden).count();
    }

    public int notAsserted() {
        return (int) outcomes.stream().filter(o -> !o.gold().asserted()).count();
    }

    public int lost() {
        return (int) outcomes.stream().filter(FactualityScorer.Outcome::lost).count();
    }

    public int asserted() {
        return outcomes.size() - notAsserted();
    }

    /** Count of items with this gold label and this prediction. */
    public int cell(String gold, String predicted) {
        return (int) outcomes.stream().filter(o -> o.gold().expected().equals(gold) && o.predicted().equals(predicted))
                .count();
    }

    /** Per gold label or per class: [items, right]. */
    private Map<String, int[]> by(boolean byClass) {
        Map<String, int[]> m = byClass ? new TreeMap<>() : new LinkedHashMap<>();
        if (!byClass) {
            FactualityGold.LABELS.forEach(l -> m.put(l, new int[2]));
        }
        for (FactualityScorer.Outcome o : outcomes) {
            int[] c = m.computeIfAbsent(byClass ? o.gold().kind() : o.gold().expected(), k -> new int[2]);
            c[0]++;
            if (o.right()) {
                c[1]++;
            }
        }
        m.values().removeIf(c -> c[0] == 0);
        return m;
    }

    public String table(String set) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "factuality on %s: %d events%n", set, items()));
        b.append(String.format(Locale.ROOT, "  %-34s %5d / %-5d %s%n", "accuracy", correct(), items(),
                FactualityScorer.pct(correct(), items())));
        b.append(String.format(Locale.ROOT, "  %-34s %5d / %-5d %s%n", "forbidden (not asserted, coded asserted)",
                forbidden(), notAsserted(), FactualityScorer.pct(forbidden(), notAsserted())));
        b.append(String.format(Locale.ROOT, "  %-34s %5d / %-5d %s%n", "lost (asserted, not coded asserted)", lost(),
                asserted(), FactualityScorer.pct(lost(), asserted())));
        b.append("  accuracy by gold label:\n");
        by(false).forEach((k, c) -> b.append(String.format(Locale.ROOT, "    %-12s %4d / %-4d %s%n", k, c[1], c[0],
                FactualityScorer.pct(c[1], c[0]))));
        b.append("  accuracy by class:\n");
        by(true).forEach((k, c) -> b.append(String.format(Locale.ROOT, "    %-12s %4d / %-4d %s%n", k, c[1], c[0],
                FactualityScorer.pct(c[1], c[0]))));
        b.append("  confusion (rows gold, columns coded; none = no event at the word):\n");
        b.append(String.format(Locale.ROOT, "    %-10s", ""));
        FactualityGold.LABELS.forEach(l -> b.append(String.format(Locale.ROOT, "%9s", l)));
        b.append('\n');
        for (String g : FactualityGold.LABELS) {
            b.append(String.format(Locale.ROOT, "    %-10s", g));
            for (String p : FactualityGold.LABELS) {
                b.append(String.format(Locale.ROOT, "%9d", cell(g, p)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Every wrong item, one line each: where, gold, predicted, word, coded trigger, sentence. */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        for (FactualityScorer.Outcome o : outcomes) {
            if (!o.right()) {
                FactualityGold g = o.gold();
                out.add(String.format(Locale.ROOT, "%s  %s/%s -> %s  '%s'%s  %s", g.where(), g.expected(), g.kind(),
                        o.predicted(), g.word(), o.trigger() == null ? "" : " (" + o.trigger() + ")", g.sentence()));
            }
        }
        return out;
    }

    /** The scores as a JSON-ready map. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", items());
        m.put("correct", correct());
        m.put("accuracy", items() == 0 ? null : correct() / (double) items());
        m.put("not_asserted", notAsserted());
        m.put("forbidden", forbidden());
        m.put("asserted", asserted());
        m.put("lost", lost());
        Map<String, Object> labels = new LinkedHashMap<>();
        by(false).forEach((k, c) -> labels.put(k, Map.of("events", c[0], "correct", c[1])));
        m.put("by_label", labels);
        Map<String, Object> classes = new LinkedHashMap<>();
        by(true).forEach((k, c) -> classes.put(k, Map.of("events", c[0], "correct", c[1])));
        m.put("by_class", classes);
        Map<String, Object> confusion = new LinkedHashMap<>();
        for (String g : FactualityGold.LABELS) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String p : FactualityGold.LABELS) {
                row.put(p, cell(g, p));
            }
            confusion.put(g, row);
        }
        m.put("confusion", confusion);
        m.put("errors", errors());
        return m;
    }
}
