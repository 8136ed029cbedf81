package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.testing.Annotators;
import picocli.CommandLine;

/**
 * No two inputs share an id by accident: same-named files in different folders, a text and an HTML sibling,
 * two articles piped in one after the other, and a JSON Lines record reusing an id from another file are all
 * stored; only a new version from the same source replaces. Identity is decided before any NLP, so the
 * annotator here gives an article no sentences (no models needed).
 */
class IngestIdentityTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Run ingest(String stdin, String... args) {
        IngestCommand command = new IngestCommand();
        command.annotators = options -> Annotators.of(a -> new AnnotatedArticle(a, List.of(), List.of()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int exit = new CommandLine(command).execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    private static List<String> storedIds(Path db) throws java.sql.SQLException {
        List<String> ids = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT article_id FROM articles")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    @Test
    void sameNamedFilesSiblingsAndPipedInputsAreAllStored() throws Exception {
        Path root = Files.createDirectories(dir.resolve("scrape"));
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/report.txt"), "date 2024-03-14 A\nRebels attacked Goma.\n");
        Files.writeString(root.resolve("b/report.txt"), "date 2024-03-15 B\nPolice arrested protesters.\n");
        Files.writeString(root.resolve("b/report.html"), "<html><head><title>C</title></head><body><p>"
                + "Soldiers clashed with militants near Mosul on Monday, officials said.</p></body></html>");
        Path db = dir.resolve("ids.duckdb");

        Run first = ingest(null, "--db", db.toString(), root.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("3 stored, 0 replaced, 0 unchanged");
        Run piped1 = ingest("date 2024-03-16 D\nA first piped article.\n", "--db", db.toString(), "-");
        Run piped2 = ingest("date 2024-03-16 E\nA second piped article.\n", "--db", db.toString(), "-");
        assertThat(piped1.err()).contains("1 stored, 0 replaced");
        assertThat(piped2.err()).contains("1 stored, 0 replaced").contains("database now 5 articles");

        List<String> ids = storedIds(db);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(ids).contains("a/report", "b/report");
        assertThat(ids.stream().filter(id -> id.startsWith("b/report"))).as("the text and the HTML sibling").hasSize(2);
        assertThat(ids.stream().filter(id -> id.startsWith("stdin#"))).hasSize(2);

        Run again = ingest(null, "--db", db.toString(), root.toString());
        assertThat(again.err()).contains("0 stored, 0 replaced, 3 unchanged");
    }

    @Test
    void onlyTheSameSourceReplacesAndAnotherSourceWithTheSameIdIsStoredBeside() throws Exception {
        Path db = dir.resolve("jsonl.duckdb");
        Path wire = dir.resolve("wire.jsonl");
        Path other = dir.resolve("other.jsonl");
        Files.writeString(wire, "{\"id\":\"w1\",\"published\":\"2024-03-14\",\"text\":\"Rebels attacked Goma.\"}\n");
        Files.writeString(other, "{\"id\":\"w1\",\"published\":\"2024-03-14\",\"text\":\"Police arrested protesters.\"}\n");
        assertThat(ingest(null, "--db", db.toString(), wire.toString()).err()).contains("1 stored");

        Run clash = ingest(null, "--db", db.toString(), other.toString());
        assertThat(clash.err()).contains("1 stored, 0 replaced").contains("id 'w1' is already held by an article from "
                + wire + ":1; stored as 'w1#");

        Files.writeString(wire, "\n{\"id\":\"w1\",\"published\":\"2024-03-14\",\"text\":\"Rebels attacked Goma again.\"}\n");
        Run update = ingest(null, "--db", db.toString(), wire.toString());
        assertThat(update.err()).contains("0 stored, 1 replaced").contains("sitrep: replaced w1 (stored from " + wire
                + ":1) with the new version from " + wire + ":2");
        assertThat(storedIds(db)).hasSize(2);
    }
}
