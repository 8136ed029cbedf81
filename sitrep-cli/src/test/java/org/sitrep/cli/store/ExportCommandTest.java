package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.Main;
import org.sitrep.export.EventExport;

/** What {@code sitrep export --help} promises about versions and file names, and the side file's name. */
class ExportCommandTest {
    @Test
    void helpListsEveryFormatWithItsSchemaVersionAndFileName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run("export", "--help")).isZero();
        } finally {
            System.setOut(old);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        for (EventExport f : EventExport.values()) {
            assertThat(help).as(f.label()).containsPattern("(?m)^\\s*" + f.label() + "\\s+v" + f.version() + "\\s+"
                    + f.suggestedFileName().replace(".", "\\.") + "\\s");
        }
        assertThat(help).contains("--since");
    }

    @Test
    void theFactualitySideFileSitsBesideTheEventFile() {
        assertThat(ExportCommand.factualityFile(Path.of("/out/gdelt-events.v2.export.tsv")))
                .isEqualTo(Path.of("/out/gdelt-events.v2.export.factuality.tsv"));
        assertThat(ExportCommand.factualityFile(Path.of("events"))).isEqualTo(Path.of("events.factuality.tsv"));
    }
}
