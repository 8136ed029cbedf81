package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.coding.eval.ArticleGold;
import org.sitrep.coding.eval.ArticleGoldSet;
import org.sitrep.coding.eval.ArticleScorer;
import org.sitrep.coding.eval.ArticleScores;
import org.sitrep.coding.eval.CodedView;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.output.ContractJson;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval articles}: codes every article of the article gold set through the standard pipeline
 * and scores its events, forbidden events and quotes ({@link ArticleScorer}).
 */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"Score whole articles on the article gold set (default gold/articles/tune.jsonl of the installation):",
                "event precision/recall/F1 (CAMEO root + date overlap, one-to-one), exact code, date inside gold,",
                "location within 50 km, forbidden events coded, quote recall, speaker accuracy.",
                "The frozen half (gold/articles/frozen.jsonl) is scored only when reporting."})
public final class EvalArticlesCommand implements Callable<Integer> {
    static final String DEFAULT_SET = "gold/articles/tune.jsonl";

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "article gold file (default: " + DEFAULT_SET + ")")
    Path file;

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    @Option(names = "--misses", description = "list every missed, spurious and forbidden event, wrong date, place, actor code and speaker")
    boolean misses;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "cache of CoreNLP annotations: read when present, written after annotating")
    Path annotations;

    @Option(names = "--coded", paramLabel = "FILE",
            description = "also write every coded article (contract JSON, one line each) to FILE, for error analysis")
    Path coded;

    @Mixin
    NlpMixin nlp;

    private final Stage<Article, AnnotatedArticle> annotator;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvalArticlesCommand() {
        this(null);
    }

    /** With a ready annotator (tests share one); null builds CoreNLP from the options. */
    public EvalArticlesCommand(Stage<Article, AnnotatedArticle> annotator) {
        this.annotator = annotator;
    }

    @Override
    public Integer call() throws Exception {
        Path input = file != null ? file : Installation.resolve(DEFAULT_SET);
        List<ArticleGold> gold;
        try {
            if (!Files.isRegularFile(input)) {
                throw new InputException(input.toString(), "no such gold file");
            }
            gold = ArticleGoldSet.read(input);
        } catch (InputException e) {
            System.err.println("sitrep: eval articles: " + e.getMessage());
            return 2;
        }
        ArticleScores scores = evaluate(gold, input.toString());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("set", input.toString());
        out.putAll(scores.summary());
        List<Map<String, String>> missList = new ArrayList<>();
        for (ArticleScores.Miss m : scores.misses()) {
            missList.add(Map.of("article", m.article(), "kind", m.kind(), "what", m.what()));
        }
        out.put("misses", missList);
        JsonReport.write(json, JSON.writeValueAsString(out));
        if (!"-".equals(json)) {
            System.out.print(scores.table(input.getFileName().toString()));
            if (misses) {
                for (ArticleScores.Miss m : scores.misses()) {
                    System.out.printf(Locale.ROOT, "  [%s] %-9s %s%n", m.article(), m.kind(), m.what());
                }
            }
        }
        return 0;
    }

    /** Codes the gold articles and scores them. */
    public ArticleScores evaluate(List<ArticleGold> gold, String origin) throws Exception {
        List<AnnotatedArticle> annotated = annotate(gold, origin);
        List<Stage<CodedArticle, CodedArticle>> stages = StandardPipeline.extractionStages();
        ArticleScorer scorer = new ArticleScorer();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < gold.size(); i++) {
            CodedArticle article = CodedArticle.of(annotated.get(i));
            for (Stage<CodedArticle, CodedArticle> stage : stages) {
                article = stage.apply(article);
            }
            scorer.add(gold.get(i), view(article));
            lines.append(ContractJson.line(article)).append('\n');
        }
        if (coded != null) {
            Files.writeString(coded, lines);
        }
        return scorer.score();
    }

    private List<AnnotatedArticle> annotate(List<ArticleGold> gold, String origin) throws Exception {
        Map<String, AnnotatedArticle> cache = annotations == null ? Map.of() : AnnotationCache.read(annotations);
        List<AnnotatedArticle> out = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            ArticleGold g = gold.get(i);
            AnnotatedArticle cached = cache.get(g.id());
            boolean same = cached != null && cached.article().text().equals(g.text())
                    && java.util.Objects.equals(cached.article().published(), g.published());
            out.add(same ? cached : null);
            if (!same) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Stage<Article, AnnotatedArticle> nlpStage = annotator != null ? annotator : new CoreNlpAnnotator(nlp.nlpOptions());
        ExecutorService pool = Executors.newFixedThreadPool(annotator != null ? 1 : nlp.threads());
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (int i : missing) {
                ArticleGold g = gold.get(i);
                Article a = new Article(g.id(), g.title(), g.published(), null, null, "en", g.text(), origin + "#" + g.id());
                futures.add(pool.submit(() -> nlpStage.apply(a)));
            }
            for (int k = 0; k < missing.size(); k++) {
                out.set(missing.get(k), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
        if (annotations != null) {
            AnnotationCache.write(annotations, out);
        }
        return out;
    }

    /** What the scorer reads of a coded article. */
    static CodedView view(CodedArticle coded) {
        List<CodedView.Event> events = new ArrayList<>();
        for (Event e : coded.events()) {
            events.add(new CodedView.Event(e.cameo(), e.factuality().label(),
                    e.date() == null ? null : e.date().start(), e.date() == null ? null : e.date().end(),
                    e.location() == null ? null : e.location().lat(), e.location() == null ? null : e.location().lon(),
                    e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
                    e.evidence().sentence(), e.evidence().trigger()));
        }
        List<CodedView.Quote> quotes = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            quotes.add(new CodedView.Quote(q.text(), q.speaker() == null ? null : q.speaker().name(),
                    q.speaker() == null ? null : q.speaker().text()));
        }
        return new CodedView(coded.article().id(), events, quotes);
    }
}
