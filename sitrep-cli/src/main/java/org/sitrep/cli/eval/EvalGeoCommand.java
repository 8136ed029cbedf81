package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.eval.GeoEvaluation;
import org.sitrep.geo.eval.GeoGold;
import org.sitrep.geo.eval.GeoXmlCorpus;
import org.sitrep.geo.eval.GeoReport;
import org.sitrep.geo.eval.GoldArticle;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval geo}: toponym recognition and resolution scored on geoparsing gold corpora (LGL,
 * GeoVirus). Each corpus is annotated once; the geocoder then runs on the annotations.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Score toponym recognition and resolution on geoparsing gold sets (LGL, GeoVirus).",
                "Recognition: exact-span precision/recall/F1. Resolution: accuracy within 161 km, mean and median",
                "error, AUC of the log-error curve; for the gold spans and end to end."})
public final class EvalGeoCommand implements Callable<Integer> {
    static final List<String> DEFAULT_CORPORA = List.of("../shared/eval/geoparsing/lgl.jsonl",
            "../shared/eval/geoparsing/geovirus.jsonl");

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "gold corpora (default: ../shared/eval/geoparsing/lgl.jsonl and geovirus.jsonl)")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N articles of each corpus")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--annotations", paramLabel = "DIR",
            description = "keep the CoreNLP annotations of each corpus in DIR and reuse them on later runs")
    Path annotations;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "write gold-span resolutions off by more than 161 km to FILE (TSV), for error analysis")
    Path misses;

    @Option(names = "--unfound", paramLabel = "FILE",
            description = "write the gold toponyms the recognizer did not find, with their NER tags and sentence, "
                    + "to FILE (TSV)")
    Path unfound;

    @Mixin
    NlpMixin nlp;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        List<Path> files = corpora.isEmpty() ? DEFAULT_CORPORA.stream().map(Path::of).toList() : corpora;
        List<List<GoldArticle>> golds = new ArrayList<>();
        try {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new InputException(f.toString(), "no such gold corpus");
                }
                List<GoldArticle> g = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                        ? GeoXmlCorpus.read(f) : GeoGold.read(f);
                golds.add(g.subList(0, Math.min(limit, g.size())));
            }
        } catch (InputException e) {
            System.err.println("sitrep: eval geo: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        Geocoder geocoder = Geocoder.load();
        System.err.printf(Locale.ROOT, "gazetteer loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        CoreNlpAnnotator annotator = null;
        List<GeoReport> reports = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        PrintWriter missWriter = misses == null ? null
                : new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8));
        PrintWriter unfoundWriter = unfound == null ? null
                : new PrintWriter(Files.newBufferedWriter(unfound, StandardCharsets.UTF_8));
        try {
            for (int c = 0; c < files.size(); c++) {
                String corpus = name(files.get(c));
                List<GoldArticle> gold = golds.get(c);
                long a0 = System.nanoTime();
                List<AnnotatedArticle> annotated = cached(corpus, gold);
                double annotateSeconds = 0;
                if (annotated == null) {
                    if (annotator == null) {
                        annotator = new CoreNlpAnnotator(nlp.nlpOptions());
                    }
                    a0 = System.nanoTime();
                    annotated = annotate(annotator, corpus, gold);
                    annotateSeconds = (System.nanoTime() - a0) / 1e9;
                    store(corpus, annotated);
                }
                GeoReport report = new GeoEvaluation(geocoder).evaluate(corpus, gold, annotated);
                reports.add(report);
                System.out.print(report.table());
                if (annotateSeconds > 0) {
                    System.out.printf(Locale.ROOT, "  annotation time %.1f s; geocoding is %.1f%% of the two%n",
                            annotateSeconds, 100 * report.geocodeSeconds() / (annotateSeconds + report.geocodeSeconds()));
                }
                Map<String, Object> summary = report.summary();
                if (annotateSeconds > 0) {
                    summary.put("annotate_seconds", Math.round(annotateSeconds * 100) / 100.0);
                }
                out.put(corpus, summary);
                if (missWriter != null) {
                    for (GeoReport.Miss m : report.misses()) {
                        missWriter.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f,%.4f\t%s\t%.0f%n", corpus, m.article(), m.phrase(),
                                m.lat(), m.lon(), m.resolvedTo(), m.errorKm());
                    }
                }
                if (unfoundWriter != null) {
                    for (GeoReport.Unfound u : report.unfound()) {
                        unfoundWriter.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s%n", corpus, u.article(),
                                u.phrase(), u.ner(), u.overlap(), u.context());
                    }
                }
            }
        } finally {
            if (missWriter != null) {
                missWriter.close();
            }
            if (unfoundWriter != null) {
                unfoundWriter.close();
            }
        }
        JsonReport.write(json, JSON.writeValueAsString(out));
        return 0;
    }

    private List<AnnotatedArticle> annotate(CoreNlpAnnotator annotator, String corpus, List<GoldArticle> gold)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nlp.threads());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (GoldArticle g : gold) {
                futures.add(pool.submit(() -> {
                    AnnotatedArticle a = annotator.apply(g.article(corpus + ":" + g.id()));
                    int n = done.incrementAndGet();
                    if (n % 50 == 0) {
                        System.err.printf(Locale.ROOT, "%s: annotated %d/%d%n", corpus, n, gold.size());
                    }
                    return a;
                }));
            }
            List<AnnotatedArticle> out = new ArrayList<>(gold.size());
            for (Future<AnnotatedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Path cacheFile(String corpus) {
        return annotations == null ? null : annotations.resolve(corpus + ".annotated.jsonl");
    }

    private List<AnnotatedArticle> cached(String corpus, List<GoldArticle> gold) throws IOException {
        Path f = cacheFile(corpus);
        if (f == null || !Files.isRegularFile(f)) {
            return null;
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < gold.size()) {
                out.add(JSON.readValue(line, AnnotatedArticle.class));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (i >= out.size() || !out.get(i).article().text().equals(gold.get(i).text())) {
                return null; // the cache is for other articles: annotate again
            }
        }
        return out;
    }

    private void store(String corpus, List<AnnotatedArticle> annotated) throws IOException {
        Path f = cacheFile(corpus);
        if (f == null) {
            return;
        }
        Files.createDirectories(f.getParent());
        ObjectMapper compact = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (AnnotatedArticle a : annotated) {
                w.write(compact.writeValueAsString(a));
                w.newLine();
            }
        }
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
