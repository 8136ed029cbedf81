package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * One mention as a {@link MentionIndex} holds it: the columns the filters read, on the heap, and its stored API
 * JSON and lowered evidence sentence as bytes, in the index's {@link PayloadFile} (mentions read at start) or
 * on the heap (mentions read by a refresh).
 */
final class IndexedMention {
    static final int NULL_DAY = Integer.MIN_VALUE;

    final String eventId;
    final String articleId;
    final String clusterId;
    final int dayStart;
    final int dayEnd;
    final String country;
    final String cameo;
    final String cameoRoot;
    final String acledType;
    final String acledLower;
    final String acledSubLower;
    final String factuality;
    final double lat;
    final double lon;
    /**
     * The mention's position in the newest index's by-cluster array, so a page finds its clusters' mentions without
     * a search; an older index checks the position and searches when it is not its own.
     */
    int clusterAt = -1;
    /** api_event, api_mention and the lowered sentence, one after the other: on the heap, or null and in the file. */
    private final byte[] heap;
    private final long at;
    private final int eventLength;
    private final int mentionLength;
    private final int sentenceLength;

    /** Shares the few distinct values of a column (countries, codes, article ids) between mentions. */
    static final class Strings {
        private final Map<String, String> seen = new HashMap<>();

        String of(String s) {
            return s == null ? null : seen.computeIfAbsent(s, k -> k);
        }
    }

    /** The mention of a row; its bytes appended to {@code file}, or kept on the heap when that is null. */
    IndexedMention(IndexRows.Row r, Strings strings, PayloadFile.Writer file) {
        eventId = r.eventId();
        articleId = strings.of(r.articleId());
        clusterId = r.clusterId().equals(r.eventId()) ? eventId : r.clusterId();
        dayStart = day(r.dateStart());
        dayEnd = day(r.dateEnd());
        country = strings.of(r.country());
        cameo = strings.of(r.cameo());
        cameoRoot = strings.of(r.cameoRoot());
        acledType = strings.of(r.acledType());
        acledLower = strings.of(r.acledLower());
        acledSubLower = strings.of(r.acledSubLower());
        factuality = strings.of(r.factuality());
        lat = r.lat() == null ? Double.NaN : r.lat();
        lon = r.lon() == null ? Double.NaN : r.lon();
        boolean json = r.apiEvent() != null && r.apiMention() != null;
        byte[] e = json ? r.apiEvent().getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] m = json ? r.apiMention().getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] s = r.sentenceLower().getBytes(StandardCharsets.UTF_8);
        eventLength = json ? e.length : -1;
        mentionLength = m.length;
        sentenceLength = s.length;
        byte[] all = new byte[e.length + m.length + s.length];
        System.arraycopy(e, 0, all, 0, e.length);
        System.arraycopy(m, 0, all, e.length, m.length);
        System.arraycopy(s, 0, all, e.length + m.length, s.length);
        if (file == null) {
            heap = all;
            at = -1;
        } else {
            heap = null;
            at = file.append(all);
        }
    }

    static int day(LocalDate d) {
        return d == null ? NULL_DAY : (int) d.toEpochDay();
    }

    boolean located() {
        return !Double.isNaN(lat);
    }

    /** Whether the store kept the API JSON of this mention (else it is built from the row when needed). */
    boolean hasJson() {
        return eventLength >= 0;
    }

    private byte[] bytes(PayloadFile file, int from, int length) {
        if (heap != null) {
            return java.util.Arrays.copyOfRange(heap, from, from + length);
        }
        return file.read(at + from, length);
    }

    /** The lowered evidence sentence, UTF-8. */
    byte[] sentence(PayloadFile file) {
        int from = Math.max(0, eventLength) + mentionLength;
        return bytes(file, from, sentenceLength);
    }

    /** The stored {@code api_event} and {@code api_mention}. */
    String[] json(PayloadFile file) {
        byte[] b = bytes(file, 0, eventLength + mentionLength);
        return new String[] {new String(b, 0, eventLength, StandardCharsets.UTF_8),
            new String(b, eventLength, mentionLength, StandardCharsets.UTF_8)};
    }

    long heapBytes() {
        return heap == null ? 0 : heap.length;
    }

    long fileBytes() {
        return heap == null ? Math.max(0, eventLength) + mentionLength + sentenceLength : 0;
    }

    /** Code point order: how DuckDB compares strings (their UTF-8 bytes). */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) && y >= 0xE000) {
                    return 1;
                }
                if (Character.isSurrogate(y) && x >= 0xE000) {
                    return -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Paging order: day (none first), cluster id, event id. */
    static final Comparator<IndexedMention> BY_KEY = (a, b) -> {
        int d = Integer.compare(a.dayStart, b.dayStart);
        if (d != 0) {
            return d;
        }
        int c = a.clusterId == b.clusterId ? 0 : compare(a.clusterId, b.clusterId);
        return c != 0 ? c : compare(a.eventId, b.eventId);
    };

    /** A cluster's mentions together, each cluster's in the order a page lists them: day (none last), event id. */
    static final Comparator<IndexedMention> BY_CLUSTER = (a, b) -> {
        int c = a.clusterId == b.clusterId ? 0 : compare(a.clusterId, b.clusterId);
        if (c != 0) {
            return c;
        }
        int d = Integer.compare(lastIfNull(a.dayStart), lastIfNull(b.dayStart));
        return d != 0 ? d : compare(a.eventId, b.eventId);
    };

    private static int lastIfNull(int day) {
        return day == NULL_DAY ? Integer.MAX_VALUE : day;
    }
}
