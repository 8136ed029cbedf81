package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.testing.Annotators;

/** {@code eval articles --coded FILE}: every coded article is written, one contract JSON line each, in gold order. */
class EvalArticlesCodedTest {
    @TempDir
    Path dir;

    @Test
    void writesOneCodedArticlePerGoldArticle() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("town-01", "Farmers marched through the town on Monday.") + "\n"
                + line("town-02", "The council met on Tuesday.") + "\n");
        EvalArticlesCommand command = new EvalArticlesCommand(Annotators.of(a -> new AnnotatedArticle(a, List.of(), List.of())));
        command.file = gold;
        command.coded = dir.resolve("coded.jsonl");
        command.json = dir.resolve("scores.json").toString();
        assertThat(command.call()).isZero();
        List<String> lines = Files.readAllLines(command.coded);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.path("article").path("id").asText()).isEqualTo("town-01");
        assertThat(first.path("events").isArray()).isTrue();
        assertThat(json.readTree(lines.get(1)).path("article").path("id").asText()).isEqualTo("town-02");
    }

    private static String line(String id, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"t\", \"published\": \"2025-03-11\", \"region\": \"Europe\", "
                + "\"type\": \"protest\", \"text\": \"" + text + "\", \"events\": [], \"forbidden\": [], \"quotes\": []}";
    }
}
