package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.InputException;
import org.sitrep.model.CodedArticle;
import org.sitrep.output.ContractJson;

class CodedJsonLinesTest {
    private static final String LINE = "{\"article\":{\"id\":\"a1\",\"title\":\"Gunmen attack checkpoint\","
            + "\"published\":\"2024-03-14\",\"source\":null,\"url\":null,\"language\":\"en\"},"
            + "\"events\":[{\"id\":\"a1-e1\",\"cameo\":\"190\",\"cameo_name\":\"Use conventional military force\","
            + "\"quad_class\":4,\"goldstein\":-10.0,\"plover\":\"ASSAULT\",\"acled\":{\"event_type\":\"Battles\","
            + "\"sub_event_type\":\"Armed clash\"},\"factuality\":\"asserted\",\"source\":null,\"target\":{\"text\":"
            + "\"an Iraqi army checkpoint\",\"name\":\"Iraq\",\"code\":\"IRQMIL\",\"country\":\"IRQ\",\"role\":\"MIL\","
            + "\"affiliation\":null,\"patron\":null},\"date\":{\"start\":\"2024-03-13\",\"end\":\"2024-03-13\","
            + "\"precision\":\"day\",\"text\":\"on Wednesday\"},\"location\":{\"text\":\"Mosul\",\"name\":\"Mosul\","
            + "\"geonames_id\":99072,\"lat\":36.335,\"lon\":43.11889,\"country\":\"IRQ\",\"admin1\":\"Nineveh\","
            + "\"precision\":\"city\"},\"fatalities\":2,\"evidence\":{\"sentence\":\"Gunmen attacked an Iraqi army "
            + "checkpoint near Mosul on Wednesday.\",\"start\":0,\"end\":62,\"trigger\":\"attacked\"},"
            + "\"confidence\":0.85}],\"quotes\":[{\"text\":\"They came at night\",\"start\":70,\"end\":88,"
            + "\"speaker\":null}],\"places\":[{\"text\":\"Mosul\",\"start\":43,\"end\":48,\"name\":\"Mosul\","
            + "\"geonames_id\":99072,\"lat\":36.335,\"lon\":43.11889,\"country\":\"IRQ\",\"admin1\":\"Nineveh\","
            + "\"feature\":\"PPLA\"}]}";

    @Test
    void readsAContractLineBackSoThatItWritesTheSameLine() throws Exception {
        CodedArticle coded = CodedJsonLines.read(LINE, "out.jsonl:1");

        assertThat(coded.article().id()).isEqualTo("a1");
        assertThat(coded.article().published()).hasToString("2024-03-14");
        assertThat(coded.article().text()).isEmpty();
        assertThat(coded.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.location().name()).isEqualTo("Mosul");
            assertThat(e.fatalities()).isEqualTo(2);
        });
        assertThat(coded.quotes()).singleElement().satisfies(q -> assertThat(q.end()).isEqualTo(88));
        assertThat(coded.places()).singleElement().satisfies(p -> assertThat(p.feature()).isEqualTo("PPLA"));
        assertThat(ContractReader.MAPPER.readTree(ContractJson.line(coded)))
                .isEqualTo(ContractReader.MAPPER.readTree(LINE));
    }

    @Test
    void tellsCodedOutputFromArticlesToCode(@TempDir Path tmp) throws Exception {
        Path coded = Files.writeString(tmp.resolve("part-00000"), "\n" + LINE + "\n");
        Path input = Files.writeString(tmp.resolve("wire.jsonl"), "{\"id\":\"x\",\"text\":\"Police said.\"}\n");
        Path empty = Files.writeString(tmp.resolve("empty"), "");

        assertThat(CodedJsonLines.isCoded(coded)).isTrue();
        assertThat(CodedJsonLines.isCoded(input)).isFalse();
        assertThat(CodedJsonLines.isCoded(empty)).isFalse();
    }

    @Test
    void aBadLineIsNamed() {
        assertThatThrownBy(() -> CodedJsonLines.read("{\"article\":{},\"events\":[]}", "out:3"))
                .isInstanceOf(InputException.class).hasMessage("out:3: not a coded contract object "
                        + "(needs \"article\" with \"id\", and \"events\")");
        assertThatThrownBy(() -> CodedJsonLines.read("{\"article\"", "out:4"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("out:4: malformed JSON");
    }
}
