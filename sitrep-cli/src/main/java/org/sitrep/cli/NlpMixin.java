package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.nlp.ParserChoice;
import org.sitrep.runtime.BatchCoder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by every command that reads and codes articles, and their limits (docs/limits.md). */
public final class NlpMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Same as setting {@code SITREP_KNOWLEDGE}: a directory whose files add rows to the built-in knowledge. */
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "a directory of your own knowledge files (actors/*.tsv, places/*.tsv) added to the built-in ones;"
                    + " same as SITREP_KNOWLEDGE, which it overrides")
    void knowledge(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--knowledge " + dir + ": not a directory");
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

    @Option(names = "--max-words", paramLabel = "N",
            description = "reject an article of more words than this (default ${DEFAULT-VALUE})")
    int maxWords = IngestOptions.DEFAULT_MAX_WORDS;

    @Option(names = "--max-word-chars", paramLabel = "N",
            description = "leave out of coding a word longer than this, with a warning (default ${DEFAULT-VALUE})")
    int maxWordChars = IngestOptions.DEFAULT_MAX_WORD_CHARS;

    @Option(names = "--max-run-words", paramLabel = "N",
            description = "cut text with no sentence end for this many words into pieces, with a warning (default ${DEFAULT-VALUE})")
    int maxRunWords = IngestOptions.DEFAULT_MAX_RUN_WORDS;

    @Option(names = "--article-seconds", paramLabel = "S",
            description = "give up an article still being coded after this many seconds (default ${DEFAULT-VALUE})")
    int articleSeconds = (int) BatchCoder.DEFAULT_BUDGET.toSeconds();

    @Option(names = "--parser", description = "dependency parser: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ParserChoice parser = NlpOptions.defaults().parser();

    @Option(names = "--bidirectional-pos", description = "use CoreNLP's slower bidirectional POS tagger")
    boolean bidirectionalPos;

    @Option(names = "--parse-all", description = "parse every sentence, not only those the coder reads a parse of")
    boolean parseAll;

    @Option(names = "--max-parse-tokens", paramLabel = "N",
            description = "do not parse sentences longer than this (default ${DEFAULT-VALUE})")
    int maxParseTokens = NlpOptions.DEFAULT_MAX_PARSE_TOKENS;

    /** Checks every value before any work; a bad one is a usage error naming the option. */
    public void validate() {
        positive("--threads", threads);
        positive("--max-bytes", maxBytes);
        positive("--max-words", maxWords);
        positive("--max-word-chars", maxWordChars);
        positive("--article-seconds", articleSeconds);
        positive("--max-parse-tokens", maxParseTokens);
        if (maxRunWords < 2) {
            throw usage("--max-run-words must be at least 2, not " + maxRunWords);
        }
    }

    private void positive(String option, long value) {
        if (value < 1) {
            throw usage(option + " must be at least 1, not " + value);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }

    public IngestOptions ingestOptions() {
        return new IngestOptions(maxBytes, published, maxWordChars, maxRunWords, maxWords);
    }

    public NlpOptions nlpOptions() {
        return new NlpOptions(parser, bidirectionalPos, true, parseAll, Math.max(1, maxParseTokens));
    }

    public Duration articleBudget() {
        return Duration.ofSeconds(articleSeconds);
    }

    public int threads() {
        return Math.max(1, threads);
    }
}
