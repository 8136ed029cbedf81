package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.feed.FeedParser;

/**
 * Property-based fuzzing of every reader (text with a dateline, plain text, JSON Lines, HTML, WARC through
 * {@link ArticleReader}; RSS and Atom through {@link FeedParser}): mutations of the corpus in
 * {@code src/test/resources/fuzz/} and random text. Each input must be read or rejected with a message that
 * names it and says what is wrong (no Java class name), within 10 s; nothing else may escape. Bounded tries,
 * so it runs in CI in seconds; the counts are printed at the end.
 */
class ReaderFuzzTest {
    private static final String[] CORPUS = {"seed.txt", "plain.txt", "wire.jsonl", "page.html", "legacy.html",
        "archive.warc", "longword.txt", "unpunctuated.txt", "bom.txt", "nul.txt", "baddate.txt", "feed.rss", "feed.atom"};
    private static final String[] EXTENSIONS = {".txt", ".jsonl", ".html", ".warc", ""};
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger READ = new AtomicInteger();
    private static final Map<String, Integer> REJECTIONS = new TreeMap<>();

    private static byte[] corpus(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/fuzz/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A corpus file, cut, with bytes inserted, or a stretch repeated, by up to four mutations. */
    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> seed = Arbitraries.of(CORPUS).map(ReaderFuzzTest::corpus);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(1, 40)).as((op, at, b, len) -> new int[] {op, at, b, len}).list().ofMaxSize(4);
        return Combinators.combine(seed, edits).as(ReaderFuzzTest::apply);
    }

    private static byte[] apply(byte[] seed, List<int[]> edits) {
        List<Byte> out = new ArrayList<>();
        for (byte b : seed) {
            out.add(b);
        }
        for (int[] e : edits) {
            int at = out.isEmpty() ? 0 : e[1] % (out.size() + 1);
            switch (e[0]) {
                case 0 -> { // cut here
                    out.subList(at, out.size()).clear();
                }
                case 1 -> { // insert bytes
                    for (int i = 0; i < e[3]; i++) {
                        out.add(at, (byte) (e[2] + i * 31));
                    }
                }
                case 2 -> { // delete a stretch
                    out.subList(at, Math.min(out.size(), at + e[3])).clear();
                }
                default -> { // repeat a stretch many times
                    List<Byte> stretch = new ArrayList<>(out.subList(at, Math.min(out.size(), at + e[3])));
                    for (int i = 0; i < 50; i++) {
                        out.addAll(at, stretch);
                    }
                }
            }
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }

    @Property(tries = 300, seed = "1414")
    void everyMutatedInputIsReadOrRejectedByName(@ForAll("mutated") byte[] input,
                                                 @ForAll("extensions") String extension) throws Exception {
        readOne(input, extension);
    }

    @Property(tries = 150, seed = "1415")
    void everyRandomTextIsReadOrRejectedByName(@ForAll("texts") String text, @ForAll("extensions") String extension)
            throws Exception {
        readOne(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), extension);
    }

    @Property(tries = 200, seed = "1416")
    void everyFeedIsParsedOrRejectedByName(@ForAll("mutated") byte[] input) throws Exception {
        TRIED.incrementAndGet();
        Future<String> f = POOL.submit(() -> {
            try {
                FeedParser.parse(input, "application/rss+xml", "https://example.org/feed");
                return null;
            } catch (InputException e) {
                return e.getMessage();
            }
        });
        String problem = f.get(10, TimeUnit.SECONDS);
        if (problem == null) {
            READ.incrementAndGet();
        } else {
            named(problem, "https://example.org/feed", "feed");
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(3000);
        Arbitrary<String> wordy = Arbitraries.strings().withChars("abc .,\n\"{}<>:").ofMaxLength(3000);
        Arbitrary<String> dated = wordy.map(s -> "date 2024-03-14 t\n" + s);
        Arbitrary<String> json = wordy.map(s -> "{\"id\":\"x\",\"text\":\"" + s + "\"}");
        return Arbitraries.oneOf(any, wordy, dated, json);
    }

    private static void readOne(byte[] input, String extension) throws Exception {
        TRIED.incrementAndGet();
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("input" + extension);
        Files.write(file, input);
        List<String> problems = new ArrayList<>();
        int[] read = {0};
        try {
            Future<?> f = POOL.submit(() -> new ArticleReader(IngestOptions.defaults()).read(List.of(file.toString()),
                    new ArticleSink() {
                        @Override
                        public void accept(Article article) {
                            assertThat(article.text()).isNotBlank();
                            read[0]++;
                        }

                        @Override
                        public void reject(InputException problem) {
                            problems.add(problem.getMessage());
                        }
                    }));
            f.get(10, TimeUnit.SECONDS);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (read[0] > 0) {
            READ.incrementAndGet();
        }
        for (String p : problems) {
            named(p, file.toString(), extension.isEmpty() ? "sniffed" : extension.substring(1));
        }
    }

    private static void named(String problem, String origin, String reader) {
        assertThat(problem).startsWith(origin).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContainPattern("\\bnull\\b$");
        String what = problem.substring(origin.length()).replaceFirst("^(@\\d+|:\\d+)*( \\([^)]*\\))?:\\s*", "");
        assertThat(what).as(problem).isNotBlank();
        String kind = reader + ": " + what.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N")
                .replaceAll("\\(.*", "").strip();
        synchronized (REJECTIONS) {
            REJECTIONS.merge(kind.length() > 90 ? kind.substring(0, 90) : kind, 1, Integer::sum);
        }
    }

    @AfterContainer
    static void report() {
        int rejected = REJECTIONS.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("reader fuzz: %d inputs tried, %d read, %d rejections, 0 crashes, 0 hangs%n",
                TRIED.get(), READ.get(), rejected);
        REJECTIONS.forEach((k, v) -> System.out.printf("  %5d  %s%n", v, k));
    }
}
