package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

class EvalGeoCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingCorpusIsOneLineAndExitCodeTwo() {
        String err = stderrOf(() -> assertThat(Main.run("eval", "geo", dir.resolve("absent.jsonl").toString())).isEqualTo(2));
        assertThat(err).contains("absent.jsonl").contains("no such gold corpus").doesNotContain("Exception");
    }

    @Test
    void aToponymWhoseOffsetsMissItsPhraseNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"a\",\"text\":\"Fire in Hasaka.\",\"toponyms\":[]}\n"
                + "{\"id\":\"b\",\"text\":\"Fire in Hasaka.\",\"toponyms\":[{\"start\":0,\"end\":4,\"phrase\":\"Hasaka\","
                + "\"lat\":36.5,\"lon\":40.7}]}\n");
        String err = stderrOf(() -> assertThat(Main.run("eval", "geo", bad.toString())).isEqualTo(2));
        assertThat(err).contains("bad.jsonl:2").contains("does not match");
    }

    @Test
    void anXmlCorpusIsReadAsThePublishedXml() throws Exception {
        Path bad = dir.resolve("corpus.xml");
        Files.writeString(bad, "<articles><article><title>no text</title></article></articles>");
        String err = stderrOf(() -> assertThat(Main.run("eval", "geo", bad.toString())).isEqualTo(2));
        assertThat(err).contains("corpus.xml: article 1").contains("has no <text>").doesNotContain("Exception");
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
