package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.nlp.ParserChoice;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by every command that reads and codes articles. */
public final class NlpMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Same as setting {@code SITREP_KNOWLEDGE}: a directory whose files add rows to the built-in knowledge. */
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "a directory of your own knowledge files (actors/*.tsv, places/*.tsv) added to the built-in ones;"
                    + " same as SITREP_KNOWLEDGE, which it overrides")
    void knowledge(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--knowledge " + dir + ": not a directory");
        }
        System.setProperty(Knowledge.PROPERTY, dir.toString());
    }

    @Option(names = "--threads", description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date for inputs that carry none (plain text)")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", description = "reject inputs larger than this (default ${DEFAULT-VALUE})")
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--parser", description = "dependency parser: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ParserChoice parser = NlpOptions.defaults().parser();

    @Option(names = "--bidirectional-pos", description = "use CoreNLP's slower bidirectional POS tagger")
    boolean bidirectionalPos;

    @Option(names = "--parse-all", description = "parse every sentence, not only those the coder reads a parse of")
    boolean parseAll;

    @Option(names = "--max-parse-tokens", paramLabel = "N",
            description = "do not parse sentences longer than this (default ${DEFAULT-VALUE})")
    int maxParseTokens = NlpOptions.DEFAULT_MAX_PARSE_TOKENS;

    public IngestOptions ingestOptions() {
        return new IngestOptions(maxBytes, published);
    }

    public NlpOptions nlpOptions() {
        return new NlpOptions(parser, bidirectionalPos, true, parseAll, Math.max(1, maxParseTokens));
    }

    public int threads() {
        return Math.max(1, threads);
    }
}
