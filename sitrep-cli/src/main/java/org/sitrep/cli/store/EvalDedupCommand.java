package org.sitrep.cli.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.dedup.DedupEvaluation;
import org.sitrep.dedup.DedupGold;
import org.sitrep.dedup.MergeRule;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval dedup}: precision and recall of cross-article merges on the dedup gold set, for the
 * merge rule alone (gold coding) and, with {@code --code}, for the whole chain (the pipeline codes the
 * articles, then the store merges).
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Score cross-article dedup on gold/dedup: precision and recall of merged event pairs.")
public final class EvalDedupCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", description = "gold set directory (default ${DEFAULT-VALUE})")
    Path gold = Path.of("gold", "dedup");

    @Option(names = "--code", description = "also code the articles with the pipeline and score the whole chain")
    boolean code;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the scores as JSON to FILE (- for standard output)")
    String json;

    @Option(names = "--pairs", description = "list every merged pair, marked correct or WRONG")
    boolean pairs;

    @Option(names = "--explain", description = "for every gold pair, near-miss pair and wrong merge: what was coded"
            + " on each side and which merge-rule condition decided")
    boolean explain;

    @Mixin
    NlpMixin nlp;

    @Override
    public Integer call() throws Exception {
        List<DedupGold.GoldArticle> articles;
        try {
            articles = DedupGold.load(gold);
        } catch (InputException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        DedupEvaluation evaluation = new DedupEvaluation(MergeRule.standard());
        DedupEvaluation.MergeScore rule = evaluation.scoreRule(articles);
        DedupEvaluation.MergeScore chain = null;
        if (code) {
            Pipeline pipeline = StandardPipeline.standard(nlp.nlpOptions());
            chain = evaluation.score(articles, pipeline::run);
        }
        if (json != null) {
            String text = "{\"articles\":" + articles.size() + ",\"rule\":" + json(rule)
                    + (chain == null ? "" : ",\"pipeline\":" + json(chain)) + "}";
            if ("-".equals(json)) {
                System.out.println(text);
            } else {
                java.nio.file.Files.writeString(java.nio.file.Path.of(json), text + "\n");
            }
        }
        if (!"-".equals(json)) {
            System.out.printf(Locale.ROOT, "dedup gold set: %s, %d articles, %d gold events, %d gold merge pairs%n", gold,
                    articles.size(), rule.goldEvents(), rule.goldPairs());
            System.out.printf("%-28s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "merged", "correct");
            row("merge rule on gold events", rule);
            if (chain != null) {
                row("pipeline + merge rule", chain);
                System.out.printf(Locale.ROOT, "pipeline coded %d events; %d of %d gold events found (same sentence, CAMEO family)%n",
                        chain.storedEvents(), chain.alignedGoldEvents(), chain.goldEvents());
            }
            if (pairs) {
                System.out.println("merged pairs, rule on gold events:");
                rule.merges().forEach(m -> System.out.println("  " + m));
                if (chain != null) {
                    System.out.println("merged pairs, pipeline:");
                    chain.merges().forEach(m -> System.out.println("  " + m));
                }
            }
            if (explain) {
                System.out.println("pairs explained, rule on gold events:");
                rule.explanations().forEach(m -> System.out.println("  " + m));
                if (chain != null) {
                    System.out.println("pairs explained, pipeline:");
                    chain.explanations().forEach(m -> System.out.println("  " + m));
                }
            }
        }
        return 0;
    }

    private static void row(String name, DedupEvaluation.MergeScore s) {
        System.out.printf(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %9d %9d%n", name, s.precision(), s.recall(), s.f1(),
                s.predictedPairs(), s.correctPairs());
    }

    private static String json(DedupEvaluation.MergeScore s) {
        return String.format(Locale.ROOT, "{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"predicted_pairs\":%d,"
                        + "\"correct_pairs\":%d,\"gold_pairs\":%d,\"found_pairs\":%d,\"gold_events\":%d,"
                        + "\"aligned_gold_events\":%d,\"stored_events\":%d}", s.precision(), s.recall(), s.f1(),
                s.predictedPairs(), s.correctPairs(), s.goldPairs(), s.foundPairs(), s.goldEvents(),
                s.alignedGoldEvents(), s.storedEvents());
    }
}
