package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad factuality gold input or --half is one line on stderr and exit code 2, before any model is loaded. */
class EvalFactualityCommandTest {
    private static String runErr(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new EvalFactualityCommand()).execute(args);
            return code + " " + err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void missingFileIsExitTwoNamingTheFile() {
        String out = runErr("no/such/sentences.tsv");
        assertThat(out).startsWith("2 ").contains("no/such/sentences.tsv").doesNotContain("Exception");
        assertThat(out.strip().lines()).hasSize(1);
    }

    @Test
    void badLineAndBadHalfAreExitTwo(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("g.tsv");
        Files.writeString(gold, "factuality\tclass\tevent\tsentence\nasserted\tplain\tattack\tThey attack.\nsure\tplain\tattack\tThey attack.\n");
        assertThat(runErr(gold.toString())).startsWith("2 ").contains("g.tsv:3").contains("unknown factuality");
        assertThat(runErr(gold.toString(), "--half", "middle")).startsWith("2 ").contains("--half");
    }
}
