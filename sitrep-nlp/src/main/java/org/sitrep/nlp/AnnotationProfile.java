package org.sitrep.nlp;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where annotation time goes, accumulated over every article: tagging (tokenize to NER) against
 * Sitrep's own fine entity typing against parsing, and the parser's time per sentence-length bucket. Thread-safe.
 */
public final class AnnotationProfile {
    /** Upper bounds (inclusive, in tokens) of the sentence-length buckets; the last is open. */
    public static final int[] BUCKETS = {10, 20, 30, 40, 60, Integer.MAX_VALUE};
    private final LongAdder taggingNanos = new LongAdder();
    private final LongAdder typingNanos = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tooLong = new LongAdder();
    private final LongAdder[] parseNanos = adders();
    private final LongAdder[] parsed = adders();
    private final LongAdder[] skipped = adders();

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[BUCKETS.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    static int bucket(int tokens) {
        int b = 0;
        while (tokens > BUCKETS[b]) {
            b++;
        }
        return b;
    }

    void tagged(long nanos, int sentenceCount) {
        taggingNanos.add(nanos);
        sentences.add(sentenceCount);
    }

    void typed(long nanos) {
        typingNanos.add(nanos);
    }

    void parsed(int tokens, long nanos) {
        parseNanos[bucket(tokens)].add(nanos);
        parsed[bucket(tokens)].increment();
    }

    void skipped(int tokens, boolean overLong) {
        skipped[bucket(tokens)].increment();
        if (overLong) {
            tooLong.increment();
        }
    }

    public long taggingNanos() {
        return taggingNanos.sum();
    }

    /** Time in Sitrep's fine entity typing ({@link org.sitrep.ner.FineEntityTypes}). */
    public long typingNanos() {
        return typingNanos.sum();
    }

    public long sentences() {
        return sentences.sum();
    }

    public long tooLong() {
        return tooLong.sum();
    }

    public long parseNanos(int bucket) {
        return parseNanos[bucket].sum();
    }

    public long parsed(int bucket) {
        return parsed[bucket].sum();
    }

    public long skipped(int bucket) {
        return skipped[bucket].sum();
    }

    /** Zeroes every figure (after a warm-up pass). */
    public void reset() {
        taggingNanos.reset();
        typingNanos.reset();
        sentences.reset();
        tooLong.reset();
        for (int i = 0; i < BUCKETS.length; i++) {
            parseNanos[i].reset();
            parsed[i].reset();
            skipped[i].reset();
        }
    }
}
