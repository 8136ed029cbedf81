package org.sitrep.geo.eval;

/** Exact-span recognition counts and their precision, recall and F1. */
public record SpanScore(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
