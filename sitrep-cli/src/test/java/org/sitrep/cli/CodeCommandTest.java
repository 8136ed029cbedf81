package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code command on a directory mixing good and bad input: good articles coded, bad ones named, exit 2. */
class CodeCommandTest {
    @TempDir
    Path dir;

    @Test
    void badInputIsNamedTheRestIsCodedAndTheExitCodeIsTwo() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "date 2024-03-14 Clash\nSoldiers attacked rebels near Goma on Monday.\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("blob.bin"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1});
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"Police arrested ten protesters in Lagos.\","
                + "\"published\":\"2024-01-02\"}\n{\"id\":\"j2\" oops\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("code", "--format", "jsonl", "--threads", "2", dir.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(2);
        assertThat(stdout.lines()).hasSize(2);
        assertThat(stdout).contains("\"id\":\"j1\"").contains("\"id\":\"good\"");
        assertThat(stderr).contains(dir.resolve("empty.txt") + ": empty file")
                .contains(dir.resolve("blob.bin") + ": binary file")
                .contains(dir.resolve("feed.jsonl") + ":2: malformed JSON")
                .contains("2 article(s) coded, 3 input(s) rejected")
                .doesNotContain("Exception");
    }
}
