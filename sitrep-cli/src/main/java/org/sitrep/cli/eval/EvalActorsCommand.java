package org.sitrep.cli.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.eval.ActorGold;
import org.sitrep.actor.eval.ActorGoldSet;
import org.sitrep.actor.eval.ActorScorer;
import org.sitrep.actor.eval.ActorScores;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval actors}: runs the real pipeline (CoreNLP, event coder, quote extractor, actor
 * resolver) over the actor gold set and prints mention, event-argument and quote-speaker accuracy.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Score actor codes and quote speakers on the actor gold set (default gold/actors/dev.jsonl).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", "2:bad gold file", "1:failure"})
public final class EvalActorsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "GOLD", description = "gold file (default ${DEFAULT-VALUE})")
    Path gold = Path.of("gold/actors/dev.jsonl");

    @Option(names = "--json", paramLabel = "FILE", description = JsonReport.OPTION_HELP)
    String json;

    @Option(names = "--errors", description = "also list every mismatch")
    boolean errors;

    @Mixin
    NlpMixin nlp;

    @Override
    public Integer call() throws java.io.IOException {
        List<ActorGold> items;
        try {
            items = ActorGoldSet.read(gold);
        } catch (InputException e) {
            System.err.println("sitrep: eval actors: " + e.getMessage());
            return 2;
        }
        ActorLexicon lexicon = ActorLexicon.load();
        List<Stage<CodedArticle, CodedArticle>> stages = StandardPipeline.extractionStagesThrough(Provision.ACTORS);
        Pipeline pipeline = new Pipeline(new CoreNlpAnnotator(nlp.nlpOptions()), stages);
        ActorScores scores = score(pipeline, new ActorScorer(lexicon), items);
        if (!"-".equals(json)) {
            System.out.print(scores.table());
        }
        JsonReport.write(json, scores.toJson().toString());
        if (errors) {
            scores.errors().forEach(e -> System.out.println("  " + e));
        }
        return 0;
    }

    /** Codes every gold item with the pipeline and scores it. */
    public static ActorScores score(Pipeline pipeline, ActorScorer scorer, List<ActorGold> items) {
        ActorScores scores = new ActorScores();
        for (ActorGold g : items) {
            Article article = new Article(g.id(), null, g.published(), null, null, "en", g.text(), g.id());
            CodedArticle coded = pipeline.run(article);
            scorer.score(g, coded, scores);
        }
        return scores;
    }

    /** Scores already annotated items (tests reuse one annotator this way). */
    public static ActorScores score(Stage<Article, AnnotatedArticle> annotator, ActorLexicon lexicon,
                                    List<ActorGold> items) {
        List<Stage<CodedArticle, CodedArticle>> stages = StandardPipeline.extractionStagesThrough(Provision.ACTORS);
        return score(new Pipeline(annotator, stages), new ActorScorer(lexicon), items);
    }
}
