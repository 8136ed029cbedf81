package org.sitrep.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.InputException;

class GoldLinesTest {
    @TempDir
    Path dir;

    @Test
    void blankLinesAreSkippedAndEveryRecordKnowsItsLine() throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"id\":1}\n\n   \n{\"id\":2}\n");
        assertThat(GoldLines.read(file)).extracting(GoldLines.Line::where, GoldLines.Line::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(file + ":1", "{\"id\":1}"),
                        org.assertj.core.groups.Tuple.tuple(file + ":4", "{\"id\":2}"));
    }

    @Test
    void aMissingOrNonUtf8FileIsNamed() throws IOException {
        Path missing = dir.resolve("none.jsonl");
        assertThatThrownBy(() -> GoldLines.read(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such gold file");
        Path latin = dir.resolve("latin.jsonl");
        Files.write(latin, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertThatThrownBy(() -> GoldLines.read(latin)).isInstanceOf(InputException.class)
                .hasMessage(latin + ": not valid UTF-8 text");
    }
}
