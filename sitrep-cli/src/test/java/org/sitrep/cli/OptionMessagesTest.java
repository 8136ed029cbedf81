package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every option value is checked before any work, with one line in the user's terms: no Java class name, no
 * SQL engine's text, exit 2; a read command never creates a database.
 */
class OptionMessagesTest {
    @TempDir
    static Path dir;

    private record Run(int exit, String err) {
    }

    private static Run sitrep(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void readCommandsRefuseADatabaseThatDoesNotExistAndCreateNothing() {
        Path typo = dir.resolve("typo.duckdb");
        for (String[] args : new String[][] {{"query", "--db", typo.toString()}, {"export", "--db", typo.toString(), "jsonl"},
            {"serve", "--db", typo.toString(), "--port", "0"}}) {
            Run r = sitrep(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(typo + ": no such database").contains("a read command never does");
            assertThat(Files.exists(typo)).as("nothing created by " + args[0]).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "query --limit -1|--limit must be at least 1, not -1",
        "query --limit abc|'abc' is not a whole number",
        "query --from 2024-13-01|'2024-13-01': no month 13",
        "query --from 2024-02-30|'2024-02-30': no such day",
        "query --to 14/03/2024|'14/03/2024': expected YYYY-MM-DD",
        "query --country Iraq|'Iraq' is not an ISO 3166 alpha-3 country code; for Iraq use IRQ",
        "query --country XYZ|'XYZ' is not an ISO 3166 alpha-3 country code",
        "query --from 2024-05-01 --to 2024-04-01|--from 2024-05-01 is after --to 2024-04-01",
        "query --bbox 50,10,40,20|the minimum longitude 50.0 is east of the maximum 40.0",
        "query --bbox 10,20,30,10|the minimum latitude 20.0 is north of the maximum 10.0",
        "query --bbox 10,-100,20,20|latitude -100.0 is outside -90..90",
        "query --bbox 190,0,200,10|longitude 190.0 is outside -180..180",
        "export --cameo 99x jsonl|is not a CAMEO code",
        "code --threads 0 x.txt|--threads must be at least 1, not 0",
        "ingest --max-words 0 x.txt|--max-words must be at least 1, not 0",
        "ingest --article-seconds -5 x.txt|--article-seconds must be at least 1, not -5",
        "code --max-bytes 1e9 x.txt|'1e9' is not a whole number",
    })
    void aBadValueIsOneLineNamingTheOptionAndExitTwo(String args, String expected) throws Exception {
        Path db = dir.resolve("empty.duckdb");
        if (!Files.exists(db)) {
            org.sitrep.store.EventStore.open(org.sitrep.store.StoreLocation.parse(db.toString())).close();
        }
        String[] words = args.split(" ");
        String[] full = words[0].equals("query") || words[0].equals("export")
                ? concat(new String[] {words[0], "--db", db.toString()}, java.util.Arrays.copyOfRange(words, 1, words.length))
                : words;
        Run r = sitrep(full);
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("Binder Error").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aFileErrorNamesTheFileAndWhatIsWrongWithIt() {
        assertThat(Main.userMessage(new java.nio.file.NoSuchFileException("/no/dir/unfound.tsv")))
                .isEqualTo("/no/dir/unfound.tsv: no such file or directory");
        assertThat(Main.userMessage(new java.nio.file.AccessDeniedException("/root/x.tsv")))
                .isEqualTo("/root/x.tsv: permission denied");
        assertThat(Main.userMessage(new IllegalStateException("the store is closed"))).isEqualTo("the store is closed");
    }
}
