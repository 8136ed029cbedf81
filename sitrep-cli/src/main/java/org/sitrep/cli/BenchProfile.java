package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.nlp.AnnotationProfile;

/** Prints where annotation time went in a bench run, and the process's peak resident memory. */
final class BenchProfile {
    private BenchProfile() {
    }

    static void print(AnnotationProfile p, String taggerTimings) {
        double tagging = p.taggingNanos() / 1e9;
        double parsing = 0;
        for (int b = 0; b < AnnotationProfile.BUCKETS.length; b++) {
            parsing += p.parseNanos(b) / 1e9;
        }
        System.out.printf(Locale.ROOT, "  annotation        tagging (tokenize..ner) %.2f cpu-s, entity types %.2f cpu-s,"
                + " parsing %.2f cpu-s; %d sentences, %d over the length limit%n", tagging, p.typingNanos() / 1e9,
                parsing, p.sentences(), p.tooLong());
        System.out.printf(Locale.ROOT, "  tokens/sentence   parsed  skipped  parse cpu-s  ms/sentence%n");
        int lo = 1;
        for (int b = 0; b < AnnotationProfile.BUCKETS.length; b++) {
            int hi = AnnotationProfile.BUCKETS[b];
            String range = hi == Integer.MAX_VALUE ? lo + "+" : lo + "-" + hi;
            long n = p.parsed(b);
            System.out.printf(Locale.ROOT, "  %-16s %7d  %7d  %11.2f  %11.1f%n", range, n, p.skipped(b),
                    p.parseNanos(b) / 1e9, n == 0 ? 0 : p.parseNanos(b) / 1e6 / n);
            lo = hi + 1;
        }
        for (String line : taggerTimings.split("\n")) {
            System.out.println("  corenlp " + line.strip());
        }
    }

    /** VmHWM from /proc/self/status, or "unknown" off Linux. */
    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
