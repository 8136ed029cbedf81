package org.sitrep.cli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.model.Event;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.nlp.ParserChoice;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.time.EventDater;
import org.sitrep.time.eval.GoldAnchors;
import org.sitrep.time.eval.GoldArticle;
import org.sitrep.time.eval.TimeGold;
import org.sitrep.time.eval.TimeReport;
import org.sitrep.time.eval.TimeScore;
import org.sitrep.time.eval.TimeScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval time}: scores event dates on the time gold set, twice — the dater alone on
 * events anchored at the gold triggers, and the whole pipeline (event coder, then dater) with its
 * events matched to the gold ones by trigger position.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score event dates on the time gold set (default gold/time/dev.jsonl).")
public final class EvalTimeCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "gold file (default ${DEFAULT-VALUE})")
    Path gold = Path.of("gold/time/dev.jsonl");

    @Option(names = "--parser", description = "dependency parser: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ParserChoice parser = NlpOptions.defaults().parser();

    @Option(names = "--misses", description = "list the events whose predicted date is not inside the gold one")
    boolean misses;

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    private final Stage<Article, AnnotatedArticle> annotator;

    public EvalTimeCommand() {
        this(null);
    }

    /** With a ready annotator (tests share one); null builds CoreNLP from the options. */
    public EvalTimeCommand(Stage<Article, AnnotatedArticle> annotator) {
        this.annotator = annotator;
    }

    @Override
    public Integer call() throws java.io.IOException {
        List<GoldArticle> articles;
        try {
            articles = TimeGold.read(gold);
        } catch (InputException e) {
            System.err.println("sitrep: eval time: " + e.getMessage());
            return 2;
        }
        Map<String, TimeScore> scores = evaluate(articles);
        JsonReport.write(json, TimeReport.json(gold.toString(), scores));
        if (!"-".equals(json)) {
            System.out.print(TimeReport.table(gold.toString(), articles.size(), scores));
            if (misses) {
                for (Map.Entry<String, TimeScore> e : scores.entrySet()) {
                    System.out.println("misses, " + e.getKey() + ":");
                    System.out.print(TimeReport.misses(e.getValue()));
                }
            }
        }
        return 0;
    }

    /** Scores both modes on the gold articles. */
    public Map<String, TimeScore> evaluate(List<GoldArticle> articles) {
        Stage<Article, AnnotatedArticle> nlp = annotator != null ? annotator
                : new CoreNlpAnnotator(new NlpOptions(parser, false, true));
        EventDater dater = EventDater.load();
        List<Stage<CodedArticle, CodedArticle>> stages = new ArrayList<>(StandardPipeline.extractionStages());
        if (stages.stream().noneMatch(s -> s.name().equals(dater.name()))) {
            stages.add(dater);
        }
        TimeScorer anchored = new TimeScorer();
        TimeScorer pipeline = new TimeScorer();
        for (GoldArticle g : articles) {
            AnnotatedArticle annotated = nlp.apply(g.toArticle(gold + "#" + g.id()));
            List<Event> atGold = GoldAnchors.events(annotated, g);
            anchored.add(g, annotated, dater.apply(CodedArticle.of(annotated).withEvents(atGold)).events());
            CodedArticle coded = CodedArticle.of(annotated);
            for (Stage<CodedArticle, CodedArticle> stage : stages) {
                coded = stage.apply(coded);
            }
            pipeline.add(g, annotated, coded.events());
        }
        Map<String, TimeScore> out = TimeReport.modes();
        out.put("dater on gold anchors", anchored.score());
        out.put("pipeline (coder+dater)", pipeline.score());
        return out;
    }
}
