package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.cli.Main;
import org.sitrep.cli.TestAnnotator;
import picocli.CommandLine;

/** {@code sitrep eval events} on a small gold file written here, annotated once through the annotation cache. */
class EvalEventsCommandIT {
    @TempDir
    Path dir;

    private static final String[][] SNIPPETS = {
        {"a", "Police fired tear gas at protesters in the capital on Monday.", "PROTEST_WITH_INTER"},
        {"b", "A roadside bomb killed three soldiers near the border.", "REM_EXPLOS"},
        {"c", "A strong earthquake struck the region, flattening hundreds of homes.", "NATURAL_DISASTER"},
        {"d", "Rebels seized control of the town after heavy fighting.", "ARMED_CLASH"},
    };

    private Path goldFile() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<AnnotatedArticle> annotated = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String[] s : SNIPPETS) {
            sb.append(json.writeValueAsString(java.util.Map.of("id", s[0], "text", s[1], "label", s[2])))
                    .append('\n');
            annotated.add(TestAnnotator.shared().apply(new Article(s[0], null, null, null, null, "en", s[1], s[0])));
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, sb.toString());
        AnnotationCache.write(dir.resolve("cache.jsonl"), annotated);
        return gold;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void scoresTheSnippetsAndWritesJson() throws Exception {
        Path gold = goldFile();
        Path scores = dir.resolve("scores.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "eval", "events", gold.toString(), "--annotations", dir.resolve("cache.jsonl").toString(),
                "--json", scores.toString(), "--speed-rounds", "1");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("25 ACLED", "all 30", "weighted-F1", "sentences/s");
        JsonNode root = new ObjectMapper().readTree(scores.toFile());
        assertThat(root.get("snippets").asInt()).isEqualTo(4);
        assertThat(root.at("/all30/items").asInt()).isEqualTo(4);
        assertThat(root.at("/acled25/items").asInt()).isEqualTo(3);
        JsonNode preds = root.get("predictions");
        assertThat(preds.get(0).get("predicted").asText()).isEqualTo("PROTEST_WITH_INTER");
        assertThat(preds.get(1).get("predicted").asText()).isEqualTo("REM_EXPLOS");
        assertThat(preds.get(2).get("predicted").asText()).isEqualTo("NATURAL_DISASTER");
        double accuracy = root.at("/all30/accuracy").asDouble();
        long right = 0;
        for (JsonNode p : preds) {
            right += p.get("gold").asText().equals(p.get("predicted").asText()) ? 1 : 0;
        }
        assertThat(accuracy).isEqualTo(right / 4.0);
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "eval", "events", dir.resolve("none.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("none.jsonl").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"1\", \"text\": \"x\", \"label\": \"OTHER\"}\n{not json\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "eval", "events", bad.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.jsonl:2");
    }
}
