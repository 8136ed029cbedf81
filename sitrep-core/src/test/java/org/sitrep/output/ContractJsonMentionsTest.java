package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;

/** An event stated in several sentences writes every further mention and stays valid against the contract. */
class ContractJsonMentionsTest {
    private static final String TEXT = "Gunmen attacked a checkpoint. No group claimed the attack.";

    @Test
    void furtherMentionsAreWrittenAsEvidenceObjects() throws IOException {
        Article article = new Article("a1", "Title", LocalDate.of(2024, 3, 14), null, null, "en", TEXT, "a1");
        Event event = new Event("a1-e1", "190", "Use conventional military force", 4, -10.0, "ASSAULT", null,
                Factuality.ASSERTED, null, null, EventDate.day(LocalDate.of(2024, 3, 13), "Wednesday"), null, 2,
                new Evidence(TEXT.substring(0, 29), 0, 29, "attacked"), 0.8, null,
                List.of(new Evidence(TEXT.substring(30), 30, TEXT.length(), "attack")));
        CodedArticle coded = new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()), List.of(event),
                List.of(), List.of());
        JsonNode json = new ObjectMapper().readTree(ContractJson.line(coded));
        assertThat(ContractSchema.problems(json)).isEmpty();
        assertThat(json.at("/events/0/mentions/0/trigger").asText()).isEqualTo("attack");
        assertThat(json.at("/events/0/mentions/0/start").asInt()).isEqualTo(30);
        assertThat(json.at("/events/0/mentions/0/sentence").asText()).isEqualTo("No group claimed the attack.");
        assertThat(json.at("/events/0/fatalities").asInt()).isEqualTo(2);
    }

    @Test
    void anEventStatedOnceHasNoMentionsField() throws IOException {
        Article article = new Article("a1", "Title", LocalDate.of(2024, 3, 14), null, null, "en", TEXT, "a1");
        Event event = new Event("a1-e1", "190", "x", 4, -10.0, null, null, Factuality.ASSERTED, null, null, null,
                null, null, new Evidence(TEXT.substring(0, 29), 0, 29, "attacked"), 0.8, null);
        JsonNode json = new ObjectMapper().readTree(ContractJson.line(new CodedArticle(
                new AnnotatedArticle(article, List.of(), List.of()), List.of(event), List.of(), List.of())));
        assertThat(json.at("/events/0").has("mentions")).isFalse();
        assertThat(event.mentions()).isEmpty();
    }
}
