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

/** Bad gold input is one line on stderr and exit code 2, before any model is loaded. */
class EvalTimeCommandTest {
    private static String runErr(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new EvalTimeCommand()).execute(args);
            return code + " " + err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void missingGoldFileIsExitTwoNamingTheFile() {
        String out = runErr("--gold", "no/such/gold.jsonl");
        assertThat(out).startsWith("2 ").contains("no/such/gold.jsonl").doesNotContain("Exception");
        assertThat(out.strip().lines()).hasSize(1);
    }

    @Test
    void malformedGoldLineIsExitTwoNamingTheLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"published\":\"2021-07-08\",\"text\":\"x\",\"events\":[]}\n{oops\n");
        String out = runErr("--gold", gold.toString());
        assertThat(out).startsWith("2 ").contains("g.jsonl:2").contains("not a JSON object");
    }
}
