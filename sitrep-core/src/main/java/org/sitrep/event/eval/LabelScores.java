package org.sitrep.event.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classification scores over a label set. Only items whose gold label is in the set are scored; a
 * prediction outside the set counts as wrong (a false negative for the gold label, no false positive).
 * Per label: precision, recall, F1 and support. Micro F1 pools true positives over the set; macro F1 is
 * the unweighted mean of per-label F1 over the labels with gold support; weighted F1 weights each of those
 * by its support (as scikit-learn's {@code average="weighted"}).
 *
 * @param labels     the label set scored
 * @param items      number of items scored (gold in the set)
 * @param correct    items predicted right
 * @param accuracy   correct / items
 * @param microF1    micro-averaged F1
 * @param macroF1    macro-averaged F1
 * @param weightedF1 support-weighted F1
 * @param perLabel   per-label scores, in label order
 * @param confusions (gold, predicted) pairs that differ, most frequent first
 */
public record LabelScores(List<String> labels, int items, int correct, double accuracy, double microF1,
                          double macroF1, double weightedF1, Map<String, PerLabel> perLabel,
                          List<Confusion> confusions) {

    /** Scores of one label. */
    public record PerLabel(String label, int support, int predicted, int truePositives, double precision,
                           double recall, double f1) {
    }

    /** How often gold label {@code gold} was predicted as {@code predicted}. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /**
     * Scores parallel lists of gold and predicted labels over a label set.
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static LabelScores score(List<String> gold, List<String> predicted, Collection<String> labelSet) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length: " + gold.size() + " vs "
                    + predicted.size());
        }
        Set<String> labels = new LinkedHashSet<>(labelSet);
        Map<String, int[]> counts = new LinkedHashMap<>(); // support, predicted, tp
        for (String l : labels) {
            counts.put(l, new int[3]);
        }
        Map<String, Integer> confusionCounts = new LinkedHashMap<>();
        int items = 0;
        int correct = 0;
        int predictedInSet = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            if (!labels.contains(g)) {
                continue;
            }
            items++;
            counts.get(g)[0]++;
            if (p != null && labels.contains(p)) {
                counts.get(p)[1]++;
                predictedInSet++;
            }
            if (Objects.equals(g, p)) {
                correct++;
                counts.get(g)[2]++;
            } else {
                confusionCounts.merge(g + "\t" + p, 1, Integer::sum);
            }
        }
        Map<String, PerLabel> per = new LinkedHashMap<>();
        double macroSum = 0;
        double weightedSum = 0;
        int withSupport = 0;
        for (String l : labels) {
            int[] c = counts.get(l);
            double precision = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double recall = c[0] == 0 ? 0 : (double) c[2] / c[0];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            per.put(l, new PerLabel(l, c[0], c[1], c[2], precision, recall, f1));
            if (c[0] > 0) {
                withSupport++;
                macroSum += f1;
                weightedSum += f1 * c[0];
            }
        }
        double accuracy = items == 0 ? 0 : (double) correct / items;
        double microP = predictedInSet == 0 ? 0 : (double) correct / predictedInSet;
        double microR = accuracy;
        double micro = microP + microR == 0 ? 0 : 2 * microP * microR / (microP + microR);
        List<Confusion> confusions = new ArrayList<>();
        confusionCounts.forEach((k, v) -> {
            String[] parts = k.split("\t", 2);
            confusions.add(new Confusion(parts[0], "null".equals(parts[1]) ? null : parts[1], v));
        });
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed()
                .thenComparing(Confusion::gold).thenComparing(c -> String.valueOf(c.predicted())));
        return new LabelScores(List.copyOf(labels), items, correct, accuracy, micro,
                withSupport == 0 ? 0 : macroSum / withSupport, items == 0 ? 0 : weightedSum / items, per,
                List.copyOf(confusions));
    }
}
