package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.knowledge.Knowledge;
import picocli.CommandLine;

/** {@code --knowledge DIR} overlays the user's files as SITREP_KNOWLEDGE does; a bad directory is one line, exit 2. */
class KnowledgeOptionTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(Knowledge.PROPERTY);
    }

    @Test
    void theOptionMakesTheOverlayReadByTheActorLexicon() throws Exception {
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/organisations.tsv"), "# my own armed groups\n"
                + "name\taliases\tcountry\trole\tcode\tbasis\nZawiya Brigade\tZawiya Brigades\tLBY\tREB\tLBYREB\tlocal reporting\n");
        assertThat(ActorLexicon.load().organisation("Zawiya Brigade")).isNull();

        new CommandLine(new CodeCommand()).parseArgs("--knowledge", dir.toString(), "examples");

        assertThat(Knowledge.fromEnvironment().directory()).isEqualTo(dir);
        assertThat(ActorLexicon.load().organisation("Zawiya Brigade").code()).isEqualTo("LBYREB");
    }

    @Test
    void aDirectoryThatIsNotOneIsNamedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("code", "--knowledge", file.toString(), dir.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--knowledge " + file + ": not a directory")
                .doesNotContain("Exception");
        assertThat(System.getProperty(Knowledge.PROPERTY)).isNull();
    }
}
