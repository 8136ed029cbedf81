package org.sitrep.store;

import static org.sitrep.store.IndexedMention.BY_CLUSTER;
import static org.sitrep.store.IndexedMention.BY_KEY;
import static org.sitrep.store.IndexedMention.NULL_DAY;
import static org.sitrep.store.IndexedMention.compare;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.model.Factuality;
import org.sitrep.store.StoreReader.JsonCluster;
import org.sitrep.store.StoreReader.JsonMention;
import org.sitrep.store.StoreReader.JsonPage;
import org.sitrep.store.StoreReader.PageKey;

/**
 * The store's mentions in memory, for the HTTP API: each mention's filter columns on the heap, its stored API JSON
 * and lowered evidence sentence in a memory-mapped temporary file ({@link PayloadFile}), sorted by the paging key
 * (earliest day, cluster id) overall, per country and per word of the sentence, and by cluster. It answers
 * {@code /events} counts and pages and {@code /stats} for the filters from, to, country, cameo, acled, bbox,
 * factuality and text exactly as the SQL of {@link EventQuery}, {@link EventPages} and {@link StoreStats} does
 * (strings ordered by code point, as DuckDB orders them); actor and since, and a text with LIKE's wildcards, are
 * left to SQL ({@link #covers}). An index is immutable: {@link #refresh} makes a new one with the articles stored
 * since replaced.
 */
public final class MentionIndex {
    /** Above this many candidate mentions, counts and stats walk the mentions by cluster instead of hashing ids. */
    private static final int HASH_LIMIT = 50_000;

    private final PayloadFile file;
    private final IndexedMention[] byKey;
    private final IndexedMention[] byCluster;
    private final Map<String, IndexedMention[]> byCountry;
    private final Map<String, IndexedMention[]> byWord;
    private final int nullDays;
    private final int maxSpan;
    private final long clusters;
    private final LocalDateTime lastStored;

    private MentionIndex(PayloadFile file, IndexedMention[] byKey, IndexedMention[] byCluster,
                         Map<String, IndexedMention[]> byCountry, Map<String, IndexedMention[]> byWord,
                         LocalDateTime lastStored) {
        this.file = file;
        this.byKey = byKey;
        this.byCluster = byCluster;
        this.byCountry = byCountry;
        this.byWord = byWord;
        this.lastStored = lastStored;
        int nulls = 0;
        int span = 0;
        for (IndexedMention m : byKey) {
            if (m.dayStart == NULL_DAY) {
                nulls++;
            } else if (m.dayEnd != NULL_DAY) {
                span = Math.max(span, m.dayEnd - m.dayStart);
            }
        }
        this.nullDays = nulls;
        this.maxSpan = span;
        long distinct = 0;
        for (int i = 0; i < byCluster.length; i++) {
            if (i == 0 || !sameCluster(byCluster[i], byCluster[i - 1])) {
                distinct++;
            }
        }
        this.clusters = distinct;
        for (int i = 0; i < byCluster.length; i++) {
            byCluster[i].clusterAt = i;
        }
    }

    private static boolean sameCluster(IndexedMention a, IndexedMention b) {
        return a.clusterId == b.clusterId || a.clusterId.equals(b.clusterId);
    }

    // ---------------------------------------------------------------- reading and refreshing

    /**
     * Reads every mention of the store, a chunk of {@value IndexRows#CHUNK_DAYS} days per read (a reader that
     * opens the file per read holds it only that long), then the articles stored meanwhile.
     */
    public static MentionIndex load(StoreReader reader) {
        for (int attempt = 1; ; attempt++) {
            MentionIndex index = loadOnce(reader);
            if (index != null) {
                return index;
            }
            if (attempt == 3) {
                throw new StoreException(reader.location().display(), "the store changed in another way than by"
                        + " storing articles while it was read into memory, three times");
            }
        }
    }

    private static MentionIndex loadOnce(StoreReader reader) {
        IndexRows.Extent extent = reader.withConnection(IndexRows::extent);
        List<LocalDate> chunks = new ArrayList<>();
        chunks.add(null); // the undated mentions
        if (extent.firstDay() != null) {
            for (LocalDate d = extent.firstDay(); !d.isAfter(extent.lastDay()); d = d.plusDays(IndexRows.CHUNK_DAYS)) {
                chunks.add(d);
            }
        }
        IndexedMention.Strings strings = new IndexedMention.Strings();
        PayloadFile.Writer writer = new PayloadFile.Writer();
        List<IndexedMention> ms = new ArrayList<>();
        PayloadFile file;
        try {
            for (LocalDate from : chunks) {
                reader.withConnection(c -> {
                    IndexRows.days(c, from, from == null ? null : from.plusDays(IndexRows.CHUNK_DAYS),
                            r -> ms.add(new IndexedMention(r, strings, writer)));
                    return null;
                });
            }
            file = writer.finish();
        } catch (RuntimeException | Error e) {
            writer.abandon();
            throw e;
        }
        IndexedMention[] key = ms.toArray(new IndexedMention[0]);
        ms.clear();
        Arrays.parallelSort(key, BY_KEY);
        IndexedMention[] cluster = key.clone();
        Arrays.parallelSort(cluster, BY_CLUSTER);
        Map<String, List<IndexedMention>> countries = new HashMap<>();
        Map<String, List<IndexedMention>> words = new HashMap<>();
        for (IndexedMention m : key) {
            if (m.country != null) {
                countries.computeIfAbsent(m.country, k -> new ArrayList<>()).add(m);
            }
            for (String w : Words.of(m.sentence(file))) {
                words.computeIfAbsent(w, k -> new ArrayList<>()).add(m);
            }
        }
        MentionIndex first = new MentionIndex(file, key, cluster, arrays(countries), arrays(words), extent.lastStored());
        // Articles stored or replaced between two chunks are read again (rows read twice dropped with them).
        return first.refreshOrNull(reader);
    }

    private static Map<String, IndexedMention[]> arrays(Map<String, List<IndexedMention>> lists) {
        Map<String, IndexedMention[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray(new IndexedMention[0])));
        return out;
    }

    /**
     * This index brought up to date: the articles stored after the latest store time it has seen read again (a
     * replaced article's old mentions dropped); itself when nothing was stored. A store whose mention count then
     * differs from the index's (rows gone some other way) is read anew.
     */
    public MentionIndex refresh(StoreReader reader) {
        MentionIndex next = refreshOrNull(reader);
        return next != null ? next : load(reader);
    }

    /** A refreshed index, or null when the store's mention count then differs from its own. */
    private MentionIndex refreshOrNull(StoreReader reader) {
        Object[] changed = reader.withConnection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // the articles, their rows and the count from one snapshot
            try {
                LocalDateTime since = lastStored == null ? LocalDateTime.of(1, 1, 1, 0, 0) : lastStored;
                Set<String> ids = new HashSet<>();
                LocalDateTime latest = lastStored;
                for (Object[] a : IndexRows.articlesSince(c, since)) {
                    ids.add((String) a[0]);
                    LocalDateTime t = (LocalDateTime) a[1];
                    latest = latest == null || t.isAfter(latest) ? t : latest;
                }
                List<IndexRows.Row> rows = new ArrayList<>();
                IndexRows.ofArticles(c, ids, rows::add);
                return new Object[] {ids, rows, latest, IndexRows.mentions(c)};
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        });
        @SuppressWarnings("unchecked")
        Set<String> ids = (Set<String>) changed[0];
        @SuppressWarnings("unchecked")
        List<IndexRows.Row> rows = (List<IndexRows.Row>) changed[1];
        MentionIndex next = ids.isEmpty() ? this : replaced(ids, rows, (LocalDateTime) changed[2]);
        return next.size() == (Long) changed[3] ? next : null;
    }

    /** This index without the mentions of {@code articles}, plus {@code rows} (kept on the heap). */
    private MentionIndex replaced(Set<String> articles, List<IndexRows.Row> rows, LocalDateTime newLastStored) {
        IndexedMention.Strings strings = new IndexedMention.Strings();
        IndexedMention[] added = new IndexedMention[rows.size()];
        for (int i = 0; i < added.length; i++) {
            added[i] = new IndexedMention(rows.get(i), strings, null);
        }
        Arrays.sort(added, BY_KEY);
        Predicate<IndexedMention> dropped = m -> articles.contains(m.articleId);
        List<IndexedMention> gone = new ArrayList<>();
        for (IndexedMention m : byKey) {
            if (dropped.test(m)) {
                gone.add(m);
            }
        }
        // Only the lists that lose or gain a mention change; the others are shared with this index.
        Map<String, IndexedMention[]> countries = new HashMap<>(byCountry);
        Map<String, IndexedMention[]> words = new HashMap<>(byWord);
        Set<String> touchedCountries = new HashSet<>();
        Set<String> touchedWords = new HashSet<>();
        for (IndexedMention m : gone) {
            touchedCountries.add(m.country);
            touchedWords.addAll(Words.of(m.sentence(file)));
        }
        Map<String, List<IndexedMention>> addedByCountry = new HashMap<>();
        Map<String, List<IndexedMention>> addedByWord = new HashMap<>();
        for (IndexedMention m : added) {
            if (m.country != null) {
                addedByCountry.computeIfAbsent(m.country, k -> new ArrayList<>()).add(m);
            }
            for (String w : Words.of(m.sentence(file))) {
                addedByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(m);
            }
        }
        touchedCountries.addAll(addedByCountry.keySet());
        touchedWords.addAll(addedByWord.keySet());
        update(countries, touchedCountries, addedByCountry, dropped);
        update(words, touchedWords, addedByWord, dropped);
        Arrays.sort(added, BY_CLUSTER);
        IndexedMention[] cluster = merge(byCluster, dropped, added, BY_CLUSTER);
        Arrays.sort(added, BY_KEY);
        IndexedMention[] key = merge(byKey, dropped, added, BY_KEY);
        return new MentionIndex(file, key, cluster, countries, words, newLastStored);
    }

    private static void update(Map<String, IndexedMention[]> lists, Set<String> touched,
                               Map<String, List<IndexedMention>> added, Predicate<IndexedMention> dropped) {
        for (String k : touched) {
            if (k == null) {
                continue;
            }
            IndexedMention[] merged = merge(lists.getOrDefault(k, new IndexedMention[0]), dropped,
                    added.getOrDefault(k, List.of()).toArray(new IndexedMention[0]), BY_KEY);
            if (merged.length == 0) {
                lists.remove(k);
            } else {
                lists.put(k, merged);
            }
        }
    }

    /** {@code old} without the dropped mentions, with {@code add} (sorted by {@code order}) merged in. */
    private static IndexedMention[] merge(IndexedMention[] old, Predicate<IndexedMention> dropped, IndexedMention[] add,
                                          Comparator<IndexedMention> order) {
        IndexedMention[] out = new IndexedMention[old.length + add.length];
        int n = 0;
        int j = 0;
        for (IndexedMention m : old) {
            if (dropped.test(m)) {
                continue;
            }
            while (j < add.length && order.compare(add[j], m) < 0) {
                out[n++] = add[j++];
            }
            out[n++] = m;
        }
        while (j < add.length) {
            out[n++] = add[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Mentions held. */
    public int size() {
        return byKey.length;
    }

    /** Bytes of JSON and sentences held in the mapped file, and on the heap (mentions read by refreshes). */
    public long[] payloadBytes() {
        long inFile = 0;
        long onHeap = 0;
        for (IndexedMention m : byKey) {
            inFile += m.fileBytes();
            onHeap += m.heapBytes();
        }
        return new long[] {inFile, onHeap};
    }

    // ---------------------------------------------------------------- queries

    /** Whether this index answers the query (else SQL does). */
    public static boolean covers(EventQuery q) {
        return q.actor() == null && q.since() == null && q.limit() == null
                && (q.text() == null || q.text().chars().noneMatch(ch -> ch == '%' || ch == '_' || ch == '\\'));
    }

    /** The query's values prepared once: country upper-cased, ACLED type and text lowered as {@link EventQuery} does. */
    private final class Filter {
        final EventQuery q;
        final int from;
        final int to;
        final String country;
        final String acled;
        final Set<String> factualities = new HashSet<>();
        final byte[] text;

        Filter(EventQuery q) {
            this.q = q;
            from = IndexedMention.day(q.from());
            to = IndexedMention.day(q.to());
            country = q.country() == null ? null : q.country().toUpperCase(Locale.ROOT);
            acled = q.acledType() == null ? null : q.acledType().toLowerCase(Locale.ROOT);
            for (Factuality f : q.factuality()) {
                factualities.add(f.label());
            }
            text = q.text() == null ? null : q.text().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        }

        /** The filters but the text (cheap: heap fields only). */
        boolean columns(IndexedMention m) {
            if (q.from() != null && (m.dayEnd == NULL_DAY || m.dayEnd < from)) {
                return false;
            }
            if (q.to() != null && (m.dayStart == NULL_DAY || m.dayStart > to)) {
                return false;
            }
            if (country != null && !country.equals(m.country)) {
                return false;
            }
            if (q.cameo() != null && !m.cameo.startsWith(q.cameo())) {
                return false;
            }
            if (acled != null && !acled.equals(m.acledLower) && !acled.equals(m.acledSubLower)) {
                return false;
            }
            double[] b = q.bbox();
            if (b != null && !(m.lon >= b[0] && m.lon <= b[2] && m.lat >= b[1] && m.lat <= b[3])) {
                return false;
            }
            return factualities.isEmpty() || factualities.contains(m.factuality);
        }

        boolean test(IndexedMention m) {
            return columns(m) && (text == null || Words.contains(m.sentence(file), text));
        }
    }

    /**
     * Mentions that may match, in key order: a country's, or those holding a word of the text (its inner whole
     * words' shortest list; else every word containing its one word, merged), or all.
     */
    private IndexedMention[] source(Filter f) {
        IndexedMention[] from = byKey;
        if (f.country != null) {
            from = byCountry.getOrDefault(f.country, new IndexedMention[0]);
        }
        if (f.text != null) {
            IndexedMention[] words = wordSource(f.text, from.length);
            if (words != null && words.length < from.length) {
                from = words;
            }
        }
        return from;
    }

    private IndexedMention[] wordSource(byte[] text, int enough) {
        IndexedMention[] shortest = null;
        for (String w : Words.whole(text)) {
            IndexedMention[] ws = byWord.getOrDefault(w, new IndexedMention[0]);
            if (shortest == null || ws.length < shortest.length) {
                shortest = ws;
            }
        }
        if (shortest != null) {
            return shortest;
        }
        String only = Words.single(text);
        if (only == null) {
            return null;
        }
        // One word, maybe part of a longer one: the mentions of every word that contains it.
        List<IndexedMention[]> lists = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, IndexedMention[]> e : byWord.entrySet()) {
            if (e.getKey().contains(only)) {
                lists.add(e.getValue());
                total += e.getValue().length;
                if (total >= enough) {
                    return null;
                }
            }
        }
        Set<IndexedMention> union = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        lists.forEach(l -> union.addAll(Arrays.asList(l)));
        IndexedMention[] out = union.toArray(new IndexedMention[0]);
        Arrays.sort(out, BY_KEY);
        return out;
    }

    /** Calls {@code visit} with every matching mention in key order, until it answers false. */
    private void scan(Filter f, IndexedMention[] src, Predicate<IndexedMention> visit) {
        int nulls = lowerBound(src, NULL_DAY + 1);
        int lo = nulls;
        int hi = src.length;
        if (f.q.from() != null) {
            lo = Math.max(nulls, lowerBound(src, Math.max(NULL_DAY + 1, f.from - maxSpan)));
        }
        if (f.q.to() != null) {
            hi = lowerBound(src, f.to + 1);
        }
        for (int i = 0; i < nulls; i++) {
            if (f.test(src[i]) && !visit.test(src[i])) {
                return;
            }
        }
        for (int i = lo; i < hi; i++) {
            if (f.test(src[i]) && !visit.test(src[i])) {
                return;
            }
        }
    }

    /** First position in {@code src} whose day is at or after {@code day}. */
    private static int lowerBound(IndexedMention[] src, int day) {
        int lo = 0;
        int hi = src.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (src[mid].dayStart < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the walk over the candidates should go by cluster (no hashing) rather than in key order. */
    private boolean byClusterWalk(Filter f, IndexedMention[] src) {
        return src.length > HASH_LIMIT && f.text == null;
    }

    /** Real-world events matching (as {@link EventPages#count}). */
    public long count(EventQuery q) {
        if (isAll(q)) {
            return clusters;
        }
        Filter f = new Filter(q);
        IndexedMention[] src = source(f);
        if (byClusterWalk(f, src)) {
            long n = 0;
            IndexedMention counted = null;
            for (IndexedMention m : byCluster) {
                if ((counted == null || !sameCluster(counted, m)) && f.test(m)) {
                    n++;
                    counted = m;
                }
            }
            return n;
        }
        Set<String> seen = new HashSet<>();
        scan(f, src, m -> {
            seen.add(m.clusterId);
            return true;
        });
        return seen.size();
    }

    private static boolean isAll(EventQuery q) {
        return q.from() == null && q.to() == null && q.country() == null && q.cameo() == null && q.acledType() == null
                && q.bbox() == null && q.factuality().isEmpty() && q.text() == null;
    }

    private static PageKey keyOf(IndexedMention m) {
        return new PageKey(m.dayStart == NULL_DAY ? StoreReader.NO_DAY : LocalDate.ofEpochDay(m.dayStart), m.clusterId);
    }

    private static int compareKey(IndexedMention m, PageKey k) {
        int kd = k.day().equals(StoreReader.NO_DAY) ? NULL_DAY : (int) k.day().toEpochDay();
        int c = Integer.compare(m.dayStart, kd);
        return c != 0 ? c : compare(m.clusterId, k.clusterId());
    }

    /**
     * The page {@link StoreReader#jsonEvents} gives: the events after {@code after} in key order, each with its
     * matching mentions in the page's day window; {@code built} makes the JSON of mentions stored without it.
     */
    public JsonPage page(EventQuery q, int limit, PageKey after, long knownTotal,
                         Function<List<String>, Map<String, JsonMention>> built) {
        Filter f = new Filter(q);
        long total = knownTotal >= 0 ? knownTotal : count(q);
        // Clusters with a matching mention at or before the cursor (within a cluster's span of it) were shown.
        Set<String> shown = new HashSet<>();
        Map<String, IndexedMention> keys = new LinkedHashMap<>();
        int sinceDay = after == null || after.day().equals(StoreReader.NO_DAY) ? NULL_DAY
                : (int) after.day().minusDays(EventPages.CLUSTER_SPAN_DAYS).toEpochDay();
        scan(f, source(f), m -> {
            if (after != null && compareKey(m, after) <= 0) {
                if (m.dayStart >= sinceDay) {
                    shown.add(m.clusterId);
                }
                return true;
            }
            if (!shown.contains(m.clusterId)) {
                keys.putIfAbsent(m.clusterId, m);
            }
            return keys.size() <= limit;
        });
        List<IndexedMention> ordered = new ArrayList<>(keys.values());
        PageKey next = ordered.size() > limit ? keyOf(ordered.get(limit - 1)) : null;
        List<IndexedMention> page = ordered.subList(0, Math.min(limit, ordered.size()));
        return new JsonPage(total, clustersOf(f, page, built), next);
    }

    /** The page's clusters with their matching mentions inside the page's day window (as {@link EventPages}). */
    private List<JsonCluster> clustersOf(Filter f, List<IndexedMention> page,
                                         Function<List<String>, Map<String, JsonMention>> built) {
        if (page.isEmpty()) {
            return List.of();
        }
        boolean undatedFirst = page.get(0).dayStart == NULL_DAY;
        int first = page.get(0).dayStart;
        // the last key's day plus a cluster's span (an undated last key: the span from day 0001-01-01, as SQL's)
        int lastKey = page.get(page.size() - 1).dayStart;
        int last = (int) (lastKey == NULL_DAY ? StoreReader.NO_DAY : LocalDate.ofEpochDay(lastKey))
                .plusDays(EventPages.CLUSTER_SPAN_DAYS).toEpochDay();
        List<List<IndexedMention>> chosen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (IndexedMention k : page) {
            List<IndexedMention> ms = new ArrayList<>();
            for (int i = firstOfCluster(k); i < byCluster.length && sameCluster(byCluster[i], k); i++) {
                IndexedMention m = byCluster[i];
                boolean inWindow = undatedFirst ? m.dayStart == NULL_DAY || m.dayStart <= last
                        : m.dayStart != NULL_DAY && m.dayStart >= first && m.dayStart <= last;
                if (inWindow && f.test(m)) {
                    ms.add(m);
                    if (!m.hasJson()) {
                        missing.add(m.eventId);
                    }
                }
            }
            chosen.add(ms);
        }
        Map<String, JsonMention> made = missing.isEmpty() ? Map.of() : built.apply(missing);
        List<JsonCluster> out = new ArrayList<>();
        for (int c = 0; c < page.size(); c++) {
            List<JsonMention> ms = new ArrayList<>();
            for (IndexedMention m : chosen.get(c)) {
                if (m.hasJson()) {
                    String[] json = m.json(file);
                    ms.add(new JsonMention(m.eventId, m.articleId, m.clusterId, json[0], json[1]));
                } else {
                    ms.add(made.get(m.eventId));
                }
            }
            out.add(new JsonCluster(page.get(c).clusterId, ms));
        }
        return out;
    }

    /** The position of the first mention of {@code m}'s cluster in {@link #byCluster}. */
    private int firstOfCluster(IndexedMention m) {
        int at = m.clusterAt;
        if (at < 0 || at >= byCluster.length || byCluster[at] != m) {
            at = firstOfCluster(m.clusterId);
        }
        while (at > 0 && sameCluster(byCluster[at - 1], m)) {
            at--;
        }
        return at;
    }

    private int firstOfCluster(String clusterId) {
        int lo = 0;
        int hi = byCluster.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(byCluster[mid].clusterId, clusterId) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The facet counts {@link StoreStats#stats} gives. */
    public StoreStats.Stats stats(EventQuery q) {
        Filter f = new Filter(q);
        IndexedMention[] src = source(f);
        Facets facets = new Facets();
        if (byClusterWalk(f, src)) {
            // Every mention by cluster: a cluster's matching mentions are adjacent, no map of ids needed.
            IndexedMention[] agg = null;
            for (IndexedMention m : byCluster) {
                if (!f.test(m)) {
                    continue;
                }
                if (agg != null && sameCluster(agg[0], m)) {
                    add(agg, m);
                } else {
                    if (agg != null) {
                        facets.count(agg);
                    }
                    agg = start(m);
                }
            }
            if (agg != null) {
                facets.count(agg);
            }
        } else {
            Map<String, IndexedMention[]> perCluster = new HashMap<>();
            scan(f, src, m -> {
                IndexedMention[] agg = perCluster.get(m.clusterId);
                if (agg == null) {
                    perCluster.put(m.clusterId, start(m));
                } else {
                    add(agg, m);
                }
                return true;
            });
            perCluster.values().forEach(facets::count);
        }
        return facets.stats();
    }

    /** A cluster's aggregate: the mention with the smallest day, country, ACLED type, CAMEO root, factuality, and a located one. */
    private static IndexedMention[] start(IndexedMention m) {
        return new IndexedMention[] {m, m, m, m, m, m.located() ? m : null};
    }

    private static void add(IndexedMention[] agg, IndexedMention m) {
        if (m.dayStart != NULL_DAY && (agg[0].dayStart == NULL_DAY || m.dayStart < agg[0].dayStart)) {
            agg[0] = m; // SQL's min ignores NULL
        }
        agg[1] = smaller(agg[1], m, x -> x.country);
        agg[2] = smaller(agg[2], m, x -> x.acledType);
        agg[3] = smaller(agg[3], m, x -> x.cameoRoot);
        agg[4] = smaller(agg[4], m, x -> x.factuality);
        if (agg[5] == null && m.located()) {
            agg[5] = m;
        }
    }

    /** Of two mentions, the one whose value is smaller (SQL's min: nulls ignored). */
    private static IndexedMention smaller(IndexedMention a, IndexedMention b, Function<IndexedMention, String> value) {
        String x = value.apply(a);
        String y = value.apply(b);
        if (x == null) {
            return y == null ? a : b;
        }
        return y != null && compare(y, x) < 0 ? b : a;
    }

    /** Counts per facet value, days by number until the end. */
    private static final class Facets {
        private final Map<Integer, long[]> days = new HashMap<>();
        private final List<Map<String, long[]>> others = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>());
        private long total;
        private long located;

        void count(IndexedMention[] agg) {
            total++;
            if (agg[5] != null) {
                located++;
            }
            days.computeIfAbsent(agg[0].dayStart, k -> new long[1])[0]++;
            others.get(0).computeIfAbsent(agg[1].country, k -> new long[1])[0]++;
            others.get(1).computeIfAbsent(agg[2].acledType, k -> new long[1])[0]++;
            others.get(2).computeIfAbsent(agg[3].cameoRoot, k -> new long[1])[0]++;
            others.get(3).computeIfAbsent(agg[4].factuality, k -> new long[1])[0]++;
        }

        StoreStats.Stats stats() {
            List<Object[]> rows = new ArrayList<>();
            days.forEach((d, n) -> rows.add(new Object[] {StoreStats.FACETS[0],
                d == NULL_DAY ? null : LocalDate.ofEpochDay(d).toString(), n[0]}));
            for (int i = 0; i < others.size(); i++) {
                String facet = StoreStats.FACETS[i + 1];
                others.get(i).forEach((k, n) -> rows.add(new Object[] {facet, k, n[0]}));
            }
            return StoreStats.assemble(total, located, rows);
        }
    }
}
