package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.output.ArticleTable;
import org.sitrep.output.ContractJson;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.runtime.BatchCoder;
import org.sitrep.runtime.BatchResult;

/** {@code sitrep code}: codes articles and prints the events, quotes and places. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles into events: files, directories (recursive) or - for standard input.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs coded", "2:some input was rejected (each named on stderr)", "1:failure of Sitrep itself (e.g. out of memory on an article)"})
public final class CodeCommand implements Callable<Integer> {
    enum Format { jsonl, pretty }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, directories or -")
    List<String> paths;

    @Option(names = "--format", description = "jsonl (the contract) or pretty (default on a terminal)")
    Format format;

    @Option(names = "--progress", negatable = true,
            description = "a progress line on stderr (default: only on a terminal)")
    Boolean progress;

    @Mixin
    NlpMixin nlp;

    @Override
    public Integer call() {
        Format fmt = format != null ? format : System.console() != null ? Format.pretty : Format.jsonl;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        nlp.validate();
        Pipeline pipeline = StandardPipeline.lazy(nlp.nlpOptions());
        CodeProgress bar = new CodeProgress(System.err, progress != null ? progress : System.console() != null,
                org.sitrep.cli.store.IngestCommand.countFiles(paths));
        int[] done = {0};
        BatchResult result = new BatchCoder(pipeline, nlp.threads(), nlp.articleBudget()).run(new ArticleReader(nlp.ingestOptions()), paths,
                coded -> {
                    out.println(fmt == Format.jsonl ? ContractJson.line(coded) : ArticleTable.render(coded));
                    out.flush();
                    bar.update(++done[0]);
                },
                bad -> System.err.println("sitrep: rejected " + bad.getMessage()),
                warning -> System.err.println("sitrep: warning: " + warning));
        out.flush();
        bar.finish();
        result.failures().forEach(f -> System.err.println("sitrep: error: " + f));
        if (result.rejected() > 0 || !result.failures().isEmpty()) {
            System.err.printf("sitrep: %d article(s) coded, %d input(s) rejected%s%n", result.coded(), result.rejected(),
                    result.failures().isEmpty() ? "" : ", " + result.failures().size() + " failed");
            return result.failures().isEmpty() ? 2 : 1;
        }
        return 0;
    }
}
