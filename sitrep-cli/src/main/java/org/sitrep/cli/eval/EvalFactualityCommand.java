package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.event.eval.FactualityGold;
import org.sitrep.event.eval.FactualityScorer;
import org.sitrep.event.eval.FactualityScores;
import org.sitrep.model.CodedArticle;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval factuality}: codes each sentence of the factuality gold set alone through the standard
 * pipeline (publication date {@link #PUBLISHED}) and scores the factuality of the event at each gold word
 * ({@link FactualityScorer}).
 */
@Command(name = "factuality", mixinStandardHelpOptions = true,
        description = {"Score event factuality on the sentence gold set (default gold/factuality/sentences.tsv of the installation):",
                "accuracy per gold label and class, confusion table, forbidden events (not asserted in gold, coded",
                "asserted) and lost events (asserted in gold, not coded asserted)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", "2:bad gold file or option", "1:failure"})
public final class EvalFactualityCommand implements Callable<Integer> {
    static final String DEFAULT_SET = "gold/factuality/sentences.tsv";
    /** The publication date every gold sentence is coded with. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "factuality gold file (default: " + DEFAULT_SET + ")")
    Path file;

    @Option(names = "--half", paramLabel = "tune|frozen",
            description = "score only one fixed half, split by the CRC-32 parity of each sentence (default: the whole file)")
    String half;

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    @Option(names = "--errors", description = "also list every event whose coded factuality differs from the gold")
    boolean errors;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "cache of CoreNLP annotations: read when present, written after annotating")
    Path annotations;

    @Mixin
    NlpMixin nlp;

    private final Stage<Article, AnnotatedArticle> annotator;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvalFactualityCommand() {
        this(null);
    }

    /** With a ready annotator (tests pass one); null builds CoreNLP from the options. */
    public EvalFactualityCommand(Stage<Article, AnnotatedArticle> annotator) {
        this.annotator = annotator;
    }

    @Override
    public Integer call() throws Exception {
        Path input = file != null ? file : Installation.resolve(DEFAULT_SET);
        if (half != null && !half.equals("tune") && !half.equals("frozen")) {
            System.err.println("sitrep: eval factuality: --half must be tune or frozen, not '" + half + "'");
            return 2;
        }
        List<FactualityGold> gold;
        try {
            gold = FactualityGold.read(input);
        } catch (InputException e) {
            System.err.println("sitrep: eval factuality: " + e.getMessage());
            return 2;
        }
        if (half != null) {
            gold = FactualityGold.half(gold, half);
        }
        FactualityScores scores = evaluate(gold);
        String set = input.getFileName() + (half == null ? "" : " (" + half + " half)");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("set", input.toString());
        out.put("half", half);
        out.putAll(scores.summary());
        JsonReport.write(json, JSON.writeValueAsString(out));
        if (!"-".equals(json)) {
            System.out.print(scores.table(set));
            if (errors) {
                scores.errors().forEach(e -> System.out.println("  " + e));
            }
        }
        return 0;
    }

    /** Annotates each distinct sentence once, codes it with the extraction stages and scores every gold event. */
    public FactualityScores evaluate(List<FactualityGold> gold) throws Exception {
        Map<String, AnnotatedArticle> cache = annotations == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(AnnotationCache.read(annotations));
        Stage<Article, AnnotatedArticle> nlpStage = null;
        boolean annotated = false;
        List<Stage<CodedArticle, CodedArticle>> stages = StandardPipeline.extractionStages();
        Map<String, CodedArticle> coded = new LinkedHashMap<>();
        FactualityScorer scorer = new FactualityScorer();
        for (FactualityGold g : gold) {
            String id = id(g.sentence());
            CodedArticle article = coded.get(id);
            if (article == null) {
                AnnotatedArticle a = cache.get(id);
                if (a == null || !a.article().text().equals(g.sentence())
                        || !PUBLISHED.equals(a.article().published())) {
                    if (nlpStage == null) {
                        nlpStage = annotator != null ? annotator : new CoreNlpAnnotator(nlp.nlpOptions());
                    }
                    a = nlpStage.apply(new Article(id, null, PUBLISHED, null, null, "en", g.sentence(), g.where()));
                    cache.put(id, a);
                    annotated = true;
                }
                article = CodedArticle.of(a);
                for (Stage<CodedArticle, CodedArticle> stage : stages) {
                    article = stage.apply(article);
                }
                coded.put(id, article);
            }
            scorer.add(g, article.annotated(), article.events());
        }
        if (annotations != null && annotated) {
            AnnotationCache.write(annotations, new ArrayList<>(cache.values()));
        }
        return scorer.score();
    }

    /** A stable article id for a sentence: "fact-" and its CRC-32 in hex. */
    static String id(String sentence) {
        CRC32 crc = new CRC32();
        crc.update(sentence.getBytes(StandardCharsets.UTF_8));
        return "fact-" + Long.toHexString(crc.getValue());
    }
}
