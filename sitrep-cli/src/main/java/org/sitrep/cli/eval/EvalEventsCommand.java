package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.cli.NlpMixin;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.model.Event;
import org.sitrep.article.InputException;
import org.sitrep.event.eval.Case2021Labels;
import org.sitrep.event.eval.Case2021Snippets;
import org.sitrep.event.eval.Case2021Snippets.Snippet;
import org.sitrep.event.eval.LabelScores;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval events}: codes every snippet of the CASE 2021 task 2 set as an article through the real
 * pipeline, predicts its label from the main event ({@link Case2021Labels}) and prints accuracy, micro,
 * macro and weighted F1 and the top confusions over the 25 ACLED labels and over all 30.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event classification on CASE 2021 task 2 (ACLED sub-event types) snippets.")
public final class EvalEventsCommand implements java.util.concurrent.Callable<Integer> {
    /** Where the gold set lives relative to the repository root, when present. */
    public static final String DEFAULT_SET = "../shared/eval/case2021-task2/dev.jsonl";

    @Spec
    CommandSpec spec;

    @Mixin
    NlpMixin nlp;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "JSON Lines with id, text, label, or CASE 2021 task 2's own TSV (text and label columns) (default: " + DEFAULT_SET + ")")
    Path file;

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "cache of CoreNLP annotations: read when present, written after annotating")
    Path annotations;

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N snippets")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--errors", paramLabel = "N", description = "print up to N misclassified snippets")
    int errors;

    @Option(names = "--speed-rounds", paramLabel = "N",
            description = "after scoring, time the extraction stages alone over the annotated snippets N more times on one thread (default ${DEFAULT-VALUE}; 0 = off)")
    int speedRounds = 3;

    @Option(names = "--confusions", paramLabel = "N", description = "how many top confusions to print (default ${DEFAULT-VALUE})")
    int confusions = 10;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--half", paramLabel = "tune|frozen|tune-a|tune-b",
            description = "score only one fixed half of the set (tune or frozen), split by a hash of each snippet's id, "
                    + "or one of the two fixed parts of the tune half (tune-a, tune-b) by another bit of the same hash, "
                    + "to check a rule written on one part on the other (see Case2021Snippets.half and part)")
    String half;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path input = file != null ? file : Installation.resolve(DEFAULT_SET).normalize();
        List<Snippet> snippets;
        Case2021Labels labels = Case2021Labels.load();
        try {
            snippets = Case2021Snippets.read(input, new java.util.HashSet<>(labels.allLabels()));
            if (half != null) {
                snippets = Case2021Snippets.half(snippets, half);
            }
        } catch (InputException | IllegalArgumentException e) {
            err.println("sitrep eval events: " + e.getMessage());
            return 2;
        }
        if (snippets.size() > limit) {
            snippets = snippets.subList(0, limit);
        }
        long t0 = System.nanoTime();
        List<AnnotatedArticle> annotated = annotate(snippets, err);
        long t1 = System.nanoTime();
        List<Stage<CodedArticle, CodedArticle>> stages = StandardPipeline.extractionStagesThrough(Provision.ACTORS);
        List<String> gold = new ArrayList<>();
        List<Case2021Labels.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            CodedArticle coded = CodedArticle.of(annotated.get(i));
            for (Stage<CodedArticle, CodedArticle> stage : stages) {
                coded = stage.apply(coded);
            }
            gold.add(snippets.get(i).label());
            predictions.add(labels.predict(coded));
        }
        long t2 = System.nanoTime();
        List<String> predicted = Case2021Labels.labels(predictions);
        LabelScores acled = LabelScores.score(gold, predicted, labels.acledLabels());
        LabelScores all = LabelScores.score(gold, predicted, labels.allLabels());
        out.printf(Locale.ROOT, "CASE 2021 task 2, %s: %d snippets (annotation %.1f s, extraction %.2f s)%n",
                input.getFileName(), snippets.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        printSummary(out, acled, all);
        printPerLabel(out, all);
        printConfusions(out, "Top confusions over the 25 ACLED labels (gold -> predicted)", acled, confusions);
        printConfusions(out, "Top confusions over all 30 labels (gold -> predicted)", all, confusions);
        if (errors > 0) {
            printErrors(out, snippets, predictions, errors);
        }
        if (speedRounds > 0) {
            long sentences = 0;
            long[] perStage = new long[stages.size()];
            long start = System.nanoTime();
            for (int round = 0; round < speedRounds; round++) {
                for (AnnotatedArticle a : annotated) {
                    CodedArticle coded = CodedArticle.of(a);
                    for (int k = 0; k < stages.size(); k++) {
                        long t = System.nanoTime();
                        coded = stages.get(k).apply(coded);
                        perStage[k] += System.nanoTime() - t;
                    }
                    sentences += a.sentences().size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%nExtraction stages alone, one thread, %d rounds: %d sentences in %.2f s = %.0f sentences/s%n",
                    speedRounds, sentences, seconds, sentences / seconds);
            for (int k = 0; k < stages.size(); k++) {
                out.printf(Locale.ROOT, "  %-10s %8.0f sentences/s%n", stages.get(k).name(),
                        sentences / (perStage[k] / 1e9));
            }
        }
        if (json != null) {
            ObjectNode root = JSON.createObjectNode();
            root.put("set", input.toString());
            root.put("snippets", snippets.size());
            root.put("half", half);
            root.put("main_event", "highest ranked by MainEvent: factuality, ACLED type, sentence, clause depth, confidence");
            root.set("acled25", toJson(acled));
            root.set("all30", toJson(all));
            ArrayNode preds = root.putArray("predictions");
            for (int i = 0; i < snippets.size(); i++) {
                ObjectNode p = preds.addObject();
                p.put("id", snippets.get(i).id());
                p.put("gold", gold.get(i));
                p.put("predicted", predicted.get(i));
                p.put("basis", predictions.get(i).basis());
                Event e = predictions.get(i).event();
                p.put("cameo", e == null ? null : e.cameo());
                p.put("trigger", e == null ? null : e.evidence().trigger());
            }
            JsonReport.write(json, JSON.writeValueAsString(root));
        }
        out.flush();
        return 0;
    }

    private List<AnnotatedArticle> annotate(List<Snippet> snippets, PrintWriter err) throws Exception {
        Map<String, AnnotatedArticle> cache = annotations == null ? Map.of() : AnnotationCache.read(annotations);
        List<AnnotatedArticle> out = new ArrayList<>(snippets.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            AnnotatedArticle cached = cache.get(s.id());
            if (cached != null && cached.article().text().equals(s.text())) {
                out.add(cached);
            } else {
                out.add(null);
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(nlp.nlpOptions());
        ExecutorService pool = Executors.newFixedThreadPool(nlp.threads());
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (int i : missing) {
                Snippet s = snippets.get(i);
                Article a = new Article(s.id(), null, null, null, null, "en", s.text(), "case2021:" + s.id());
                futures.add(pool.submit(() -> annotator.apply(a)));
            }
            for (int k = 0; k < missing.size(); k++) {
                try {
                    out.set(missing.get(k), futures.get(k).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("snippet " + snippets.get(missing.get(k)).id()
                            + " could not be annotated: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (annotations != null) {
            AnnotationCache.write(annotations, out);
        }
        return out;
    }

    static void printSummary(PrintWriter out, LabelScores acled, LabelScores all) {
        out.printf(Locale.ROOT, "%n%-16s %6s %9s %9s %9s %12s%n", "labels", "items", "accuracy", "micro-F1",
                "macro-F1", "weighted-F1");
        for (Object[] row : new Object[][] {{"25 ACLED", acled}, {"all 30", all}}) {
            LabelScores s = (LabelScores) row[1];
            out.printf(Locale.ROOT, "%-16s %6d %9.3f %9.3f %9.3f %12.3f%n", row[0], s.items(), s.accuracy(),
                    s.microF1(), s.macroF1(), s.weightedF1());
        }
    }

    static void printPerLabel(PrintWriter out, LabelScores s) {
        out.printf(Locale.ROOT, "%n%-30s %7s %9s %9s %7s %7s%n", "label", "support", "predicted", "precision",
                "recall", "F1");
        for (LabelScores.PerLabel p : s.perLabel().values()) {
            out.printf(Locale.ROOT, "%-30s %7d %9d %9.3f %7.3f %7.3f%n", p.label(), p.support(), p.predicted(),
                    p.precision(), p.recall(), p.f1());
        }
    }

    static void printConfusions(PrintWriter out, String title, LabelScores s, int n) {
        out.printf(Locale.ROOT, "%n%s%n", title);
        s.confusions().stream().limit(n).forEach(c ->
                out.printf(Locale.ROOT, "  %4d  %-30s -> %s%n", c.count(), c.gold(), c.predicted()));
    }

    private static void printErrors(PrintWriter out, List<Snippet> snippets, List<Case2021Labels.Prediction> preds,
                                    int n) {
        out.printf(Locale.ROOT, "%nMisclassified snippets%n");
        int shown = 0;
        for (int i = 0; i < snippets.size() && shown < n; i++) {
            Case2021Labels.Prediction p = preds.get(i);
            if (p.label().equals(snippets.get(i).label())) {
                continue;
            }
            shown++;
            Event e = p.event();
            out.printf(Locale.ROOT, "  [%s] gold %s, predicted %s (%s%s)%n    %s%n", snippets.get(i).id(),
                    snippets.get(i).label(), p.label(), p.basis(),
                    e == null ? "" : ", " + e.cameo() + " '" + e.evidence().trigger() + "' " + e.factuality().label(),
                    snippets.get(i).text().length() > 300 ? snippets.get(i).text().substring(0, 300) + "..."
                            : snippets.get(i).text());
        }
    }

    static ObjectNode toJson(LabelScores s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("items", s.items());
        o.put("correct", s.correct());
        o.put("accuracy", s.accuracy());
        o.put("micro_f1", s.microF1());
        o.put("macro_f1", s.macroF1());
        o.put("weighted_f1", s.weightedF1());
        ObjectNode per = o.putObject("per_label");
        for (LabelScores.PerLabel p : s.perLabel().values()) {
            ObjectNode l = per.putObject(p.label());
            l.put("support", p.support());
            l.put("predicted", p.predicted());
            l.put("precision", p.precision());
            l.put("recall", p.recall());
            l.put("f1", p.f1());
        }
        ArrayNode conf = o.putArray("confusions");
        for (LabelScores.Confusion c : s.confusions()) {
            conf.addObject().put("gold", c.gold()).put("predicted", c.predicted()).put("count", c.count());
        }
        return o;
    }
}
