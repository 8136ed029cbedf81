package org.sitrep.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.InputException;
import org.sitrep.output.ContractSchema;
import org.sitrep.model.DatePrecision;

class TimeGoldTest {
    private static final String LINE = "{\"id\":\"a\",\"published\":\"2021-07-08\",\"text\":\"Police fired on Monday. "
            + "They fired again.\",\"events\":[{\"sentence\":\"They fired again.\",\"trigger\":\"fired\","
            + "\"start\":\"2021-07-05\",\"end\":\"2021-07-05\",\"precision\":\"day\",\"expression\":null}]}";

    @Test
    void readsOffsetsIntervalsAndPrecision() throws Exception {
        GoldArticle a = TimeGold.parse(List.of(LINE), "g.jsonl").get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 7, 8));
        GoldEvent e = a.events().get(0);
        assertThat(a.text().substring(e.triggerOffset())).startsWith("fired again");
        assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.date().text()).isNull();
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> TimeGold.parse(List.of(LINE.replace("\"trigger\":\"fired\"", "\"trigger\":\"shot\"")),
                "g.jsonl")).isInstanceOf(InputException.class).hasMessageContaining("g.jsonl:1")
                .hasMessageContaining("trigger 'shot'");
        assertThatThrownBy(() -> TimeGold.parse(List.of(LINE, LINE), "g.jsonl")).hasMessageContaining("g.jsonl:2")
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> TimeGold.parse(List.of(LINE.replace("\"end\":\"2021-07-05\"", "\"end\":\"2021-07-01\"")),
                "g.jsonl")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> TimeGold.parse(List.of("{"), "g.jsonl")).hasMessageContaining("not a JSON object");
    }

    @Test
    void theDevSetIsValidAndBigEnough() throws Exception {
        List<GoldArticle> dev = TimeGold.read(ContractSchema.repositoryRoot().resolve("gold/time/dev.jsonl"));
        long sentences = dev.stream().flatMap(a -> a.events().stream().map(e -> a.id() + e.sentence())).distinct().count();
        assertThat(sentences).isGreaterThanOrEqualTo(80);
        assertThat(dev).allSatisfy(a -> assertThat(a.events()).allSatisfy(e ->
                assertThat(e.date().end()).as(a.id() + " " + e.trigger()).isBeforeOrEqualTo(
                        e.date().precision() == DatePrecision.UNKNOWN ? a.published() : a.published().plusDays(14))));
    }
}
