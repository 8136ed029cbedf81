package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.output.ContractJson;
import org.sitrep.output.ContractSchema;
import org.sitrep.model.CodedArticle;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.testing.RequiresSharedData;

/** The seed article from ../shared/seed, through the whole pipeline. */
@RequiresSharedData("seed/000_b35c17ef438a9d61.txt")
class SeedGoldenIT {
    private static CodedArticle coded;
    private static JsonNode json;

    @BeforeAll
    static void code() throws Exception {
        coded = TestAnnotator.pipeline().extract(TestAnnotator.seedAnnotated());
        json = new ObjectMapper().readTree(ContractJson.line(coded));
    }

    @Test
    void publicationDateAndIdComeFromTheFirstLine() {
        assertThat(coded.article().published()).isEqualTo(LocalDate.of(2021, 7, 8));
        assertThat(json.at("/article/id").asText()).as("the file name without extension, then a hash of its bytes")
                .isEqualTo("000_b35c17ef438a9d61");
        assertThat(coded.article().text()).startsWith("\nOne of Iraq\u2019s most powerful militias");
    }

    @Test
    void everyQuoteIsAttributedToTheKataibHezbollahSpokesman() {
        assertThat(coded.quotes()).hasSize(5);
        assertThat(coded.quotes()).allSatisfy(q -> {
            assertThat(q.speaker().name()).isEqualTo("Abu Ali al-Askary");
            assertThat(q.speaker().affiliation()).isEqualTo("Kataib Hezbollah");
        });
        assertThat(coded.quotes().get(1).text()).isEqualTo("Fighting the occupation army is solely an Iraqi decision.");
    }

    @Test
    void outputIsSchemaValid() {
        assertThat(ContractSchema.problems(json)).isEmpty();
    }

    @Test
    void evidenceSentencesAreTheTextAtTheirOffsets() {
        String text = coded.article().text();
        for (Event e : coded.events()) {
            assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().sentence());
        }
        for (var q : coded.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }
}
