package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;
import org.sitrep.model.EventDate;

class ContractJsonTest {
    private static final String TEXT = "Rockets were fired near Baghdad on Thursday. \u201CWe will stay,\u201D he said.";

    private static CodedArticle coded(EventDate date) {
        Article article = new Article("a1", "Title", LocalDate.of(2021, 7, 8), null, null, "en", TEXT, "a1");
        Event event = new Event("a1-e1", "194", "Fight with artillery and tanks", 4, -10.0, "ASSAULT",
                new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"), Factuality.ASSERTED,
                null, new Actor("Baghdad", null, null, null, null, null), date,
                new Location("Baghdad", "Baghdad", 98182L, 33.34, 44.40, "IRQ", "Baghdad", LocationPrecision.CITY),
                null, new Evidence(TEXT.substring(0, 44), 0, 44, "fired"), 0.8, null);
        Quote quote = new Quote("We will stay,", 46, 59,
                new Actor("he", "Abu Ali al-Askary", "IRQREB", "IRQ", "REB", "Kataib Hezbollah"));
        Place place = new Place("Baghdad", 24, 31, "Baghdad", 98182L, 33.34, 44.40, "IRQ", "Baghdad", "city");
        return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()),
                List.of(event), List.of(quote), List.of(place, Place.unresolved("Nowhere", 0, 1)));
    }

    @Test
    void outputIsValidAgainstTheContractSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ContractJson.line(coded(EventDate.day(LocalDate.of(2021, 7, 8), "Thursday"))));
        assertThat(ContractSchema.problems(json)).isEmpty();
        assertThat(json.at("/events/0/factuality").asText()).isEqualTo("asserted");
        assertThat(json.at("/events/0/acled/sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(json.at("/events/0/date/precision").asText()).isEqualTo("day");
        assertThat(json.at("/events/0/source").isNull()).isTrue();
        assertThat(json.at("/quotes/0/speaker/affiliation").asText()).isEqualTo("Kataib Hezbollah");
        assertThat(json.at("/places/1/lat").isNull()).isTrue();
    }

    @Test
    void anUndatedEventGetsThePublicationDayWithUnknownPrecision() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ContractJson.line(coded(null)));
        assertThat(json.at("/events/0/date/start").asText()).isEqualTo("2021-07-08");
        assertThat(json.at("/events/0/date/precision").asText()).isEqualTo("unknown");
        assertThat(ContractSchema.problems(json)).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenDocument() throws IOException {
        JsonNode json = new ObjectMapper().readTree("{\"article\":{\"id\":\"\",\"published\":\"8 July\"},\"events\":[{}]}");
        assertThat(ContractSchema.problems(json)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theProjectCopyOfTheSchemaEqualsTheSharedContract() throws IOException {
        Path shared = ContractSchema.repositoryRoot().resolve("../shared/contract/document.schema.json");
        assumeTrue(Files.exists(shared), "../shared/contract is absent: nothing to compare the copy with");
        assertThat(Files.readString(ContractSchema.schemaFile())).isEqualTo(Files.readString(shared));
    }
}
