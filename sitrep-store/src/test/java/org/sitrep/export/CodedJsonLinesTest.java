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
            + "\"feature\":\"PPLA\",\"kind\":\"name\"},{\"text\":\"Iraqi\",\"start\":19,\"end\":24,"
            + "\"name\":\"Iraq\",\"geonames_id\":99237,\"lat\":33.0,\"lon\":44.0,\"country\":\"IRQ\","
            + "\"admin1\":null,\"feature\":\"country\",\"kind\":\"adjectival\"}]}";

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
        assertThat(coded.places()).extracting(p -> p.feature(), p -> p.kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PPLA", "name"),
                        org.assertj.core.groups.Tuple.tuple("country", "adjectival"));
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

    private static final String TEXT = "Gunmen attacked an Iraqi army checkpoint near Mosul on Wednesday.\n"
            + "\"They came at night\", a soldier said.";
    private static final String ARTICLE = "{\"id\":\"a1\",\"title\":\"Gunmen attack checkpoint\","
            + "\"published\":\"2024-03-14\",\"source\":null,\"url\":null,\"language\":\"en\","
            + "\"origin\":\"file:/news/a1.txt\",\"text\":" + quoted(TEXT) + "}";

    private static String quoted(String s) {
        return ContractReader.MAPPER.valueToTree(s).toString();
    }

    @Test
    void keepsPatronsAndFurtherMentions() throws Exception {
        String line = LINE.replace("\"affiliation\":null,\"patron\":null}", "\"affiliation\":null,\"patron\":\"IRN\"}")
                .replace("\"trigger\":\"attacked\"},", "\"trigger\":\"attacked\"},\"mentions\":[{\"sentence\":"
                        + "\"The attack near Mosul killed two soldiers.\",\"start\":90,\"end\":132,\"trigger\":\"attack\"}],");

        CodedArticle coded = CodedJsonLines.read(line, "out.jsonl:1");

        assertThat(coded.events()).singleElement().satisfies(e -> {
            assertThat(e.target().patron()).isEqualTo("IRN");
            assertThat(e.mentions()).singleElement().satisfies(m -> {
                assertThat(m.trigger()).isEqualTo("attack");
                assertThat(m.start()).isEqualTo(90);
            });
        });
        assertThat(ContractReader.MAPPER.readTree(ContractJson.line(coded)))
                .isEqualTo(ContractReader.MAPPER.readTree(line));
    }

    @Test
    void takesTheArticleFromTheJobsArticlesFile(@TempDir Path tmp) throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("out/jsonl/batch=3"));
        Path coded = Files.writeString(batch.resolve("part-00001"), LINE + "\n");
        Path texts = Files.writeString(Files.createDirectories(tmp.resolve("out/articles/batch=3"))
                .resolve("part-00001"), ARTICLE + "\n");
        Path alone = Files.writeString(tmp.resolve("out/jsonl/part-00002"), LINE + "\n");
        Files.writeString(tmp.resolve("out/summary.json"), "{}");

        assertThat(CodedJsonLines.articlesOf(coded)).isEqualTo(texts.toAbsolutePath());
        assertThat(CodedJsonLines.articlesOf(alone)).isNull();
        assertThat(CodedJsonLines.articlesOf(Files.writeString(tmp.resolve("wire.jsonl"), LINE))).isNull();
        assertThat(CodedJsonLines.isJobOutput(tmp.resolve("out"))).isTrue();
        assertThat(CodedJsonLines.isJobOutput(batch)).isFalse();

        CodedArticle a = CodedJsonLines.read(LINE, "jsonl:1", ARTICLE, "articles:1");
        assertThat(a.article().text()).isEqualTo(TEXT);
        assertThat(a.article().title()).isEqualTo("Gunmen attack checkpoint");
        assertThat(a.article().published()).hasToString("2024-03-14");
        assertThat(a.article().language()).isEqualTo("en");
        assertThat(a.article().origin()).isEqualTo("file:/news/a1.txt");
        assertThat(a.events()).hasSize(1);
        assertThat(ContractReader.MAPPER.readTree(ContractJson.line(a))).isEqualTo(ContractReader.MAPPER.readTree(LINE));

        assertThatThrownBy(() -> CodedJsonLines.read(LINE, "jsonl:1", ARTICLE.replace("\"a1\"", "\"b7\""), "articles:4"))
                .isInstanceOf(InputException.class).hasMessage("articles:4: holds article b7, not a1 "
                        + "(the articles file does not match its jsonl file)");
        assertThatThrownBy(() -> CodedJsonLines.read(LINE, "jsonl:1", "{\"id\":\"a1\"}", "articles:5"))
                .isInstanceOf(InputException.class).hasMessage("articles:5: not an article record (needs \"id\" and \"text\")");
    }
}
