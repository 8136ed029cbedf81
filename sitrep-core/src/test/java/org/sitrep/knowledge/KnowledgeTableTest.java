package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one knowledge-file reader: comment block, header line, rows by column name, overlay rows after built-in ones. */
class KnowledgeTableTest {
    @Test
    void rowsAreReadByColumnNameAfterTheCommentsAndHeader() {
        List<KnowledgeTable.Row> rows = KnowledgeTable.parse(List.of("# what this is", "# source: us",
                "term\tcameo", "", "attack \t 190", "# --- a section", "siege\t192"), "x.tsv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("term")).isEqualTo("attack");
        assertThat(rows.get(0).get("cameo")).isEqualTo("190");
        assertThat(rows.get(1).cell(1)).isEqualTo("192");
        assertThat(rows.get(1).line()).isEqualTo(7);
    }

    @Test
    void aRowOfTheWrongWidthOrAnUnknownColumnIsNamedWithFileAndLine() {
        assertThatThrownBy(() -> KnowledgeTable.parse(List.of("a\tb", "1\t2\t3"), "x.tsv"))
                .hasMessageContaining("x.tsv:2").hasMessageContaining("expected 2");
        List<KnowledgeTable.Row> rows = KnowledgeTable.parse(List.of("a\tb", "1\t2"), "x.tsv");
        assertThatThrownBy(() -> rows.get(0).get("c")).hasMessageContaining("x.tsv:2: missing column c");
        assertThatThrownBy(() -> KnowledgeTable.parse(List.of("a\ta", "1\t2"), "x.tsv"))
                .hasMessageContaining("x.tsv:1").hasMessageContaining("distinct column names");
    }

    @Test
    void theHeaderMustNameTheExpectedColumnsAndAMissingResourceIsNamed() {
        assertThat(KnowledgeTable.read("knowledge/events/nouns.tsv", 2)).isNotEmpty();
        assertThatThrownBy(() -> KnowledgeTable.read("knowledge/events/nouns.tsv", 3)).hasMessageContaining("expected 3");
        assertThatThrownBy(() -> KnowledgeTable.read("lexicon/none.tsv")).hasMessageContaining("lexicon/none.tsv");
    }

    @Test
    void overlayRowsFollowTheBuiltInRows(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("events"));
        Path own = Files.writeString(dir.resolve("events/nouns.tsv"), "# mine\nterm\tcameo\nrazzia\t190\n");
        List<KnowledgeTable.Row> builtIn = KnowledgeTable.read("knowledge/events/nouns.tsv");
        List<KnowledgeTable.Row> all = KnowledgeTable.read("knowledge/events/nouns.tsv", new Knowledge(dir), "events", "nouns.tsv");
        assertThat(all).hasSize(builtIn.size() + 1);
        KnowledgeTable.Row last = all.get(all.size() - 1);
        assertThat(last.get("term")).isEqualTo("razzia");
        assertThat(last.origin()).isEqualTo(own.toString());

        System.setProperty(Knowledge.PROPERTY, dir.toString());
        try {
            List<KnowledgeTable.Row> overlaid = KnowledgeTable.read("knowledge/events/nouns.tsv", 2);
            assertThat(overlaid).hasSize(builtIn.size() + 1);
            assertThat(overlaid.get(overlaid.size() - 1).get("term")).isEqualTo("razzia");
        } finally {
            System.clearProperty(Knowledge.PROPERTY);
        }
        assertThat(KnowledgeTable.read("knowledge/events/nouns.tsv", 2)).hasSize(builtIn.size());
    }
}
