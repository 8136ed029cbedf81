package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;

/** Real CoreNLP on sentences written for the test: offsets, lemmas, NER, SUTime anchoring, dependencies. */
class CoreNlpAnnotatorIT {
    private static final String TEXT = "Three days later, the US assassinated General Qassem Soleimani in Baghdad.\n\n"
            + "Protesters stormed the embassy on Thursday, and police arrested \u201Cdozens\u201D of them.\n\n"
            + "The weather in the valley was mild and dry.";
    private static AnnotatedArticle annotated;
    private static CoreNlpAnnotator shared;

    @BeforeAll
    static void annotate() {
        shared = new CoreNlpAnnotator();
        annotated = shared.apply(new Article("t1", null, LocalDate.of(2021, 7, 8), null, null, "en", TEXT, "t1"));
    }

    @Test
    void tokensAndSentencesPointAtTheirTextInTheArticle() {
        assertThat(annotated.sentences()).hasSize(3);
        for (Sentence s : annotated.sentences()) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
        assertThat(annotated.sentences().get(1).text()).startsWith("Protesters stormed");
    }

    @Test
    void theShiftReduceParserReadsAssassinatedAsTheVerbWithSubjectAndObject() {
        Sentence s = annotated.sentences().get(0);
        int verb = indexOf(s, "assassinated");
        assertThat(s.root()).isEqualTo(verb);
        assertThat(s.children(verb)).extracting(Dependency::relation, d -> s.token(d.dependent()).word())
                .contains(org.assertj.core.groups.Tuple.tuple("nsubj", "US"),
                        org.assertj.core.groups.Tuple.tuple("obj", "Soleimani"));
        assertThat(s.token(verb).lemma()).isEqualTo("assassinate");
    }

    @Test
    void nerHasFineTypesAndSutimeIsAnchoredOnThePublicationDate() {
        Sentence first = annotated.sentences().get(0);
        assertThat(first.token(indexOf(first, "Baghdad")).ner()).isEqualTo("CITY");
        assertThat(first.token(indexOf(first, "Soleimani")).ner()).isEqualTo("PERSON");
        assertThat(shared.profile().typingNanos()).isPositive(); // the fine types are Sitrep's own lookup
        Sentence second = annotated.sentences().get(1);
        assertThat(second.token(indexOf(second, "Thursday")).normalized()).isEqualTo("2021-07-08");
        assertThat(annotated.mentions()).extracting(EntityMention::text).contains("Qassem Soleimani", "Baghdad");
        for (EntityMention m : annotated.mentions()) {
            assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aSentenceWithNoTriggerReportingVerbOrQuoteIsTaggedButNotParsed() {
        Sentence plain = annotated.sentences().get(2);
        assertThat(plain.dependencies()).isEmpty();
        assertThat(plain.token(indexOf(plain, "valley")).lemma()).isEqualTo("valley");
        assertThat(plain.token(indexOf(plain, "valley")).pos()).isEqualTo("NN");
        assertThat(annotated.sentences().get(1).dependencies()).isNotEmpty();
        assertThat(shared.profile().sentences()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSentenceOverTheLengthLimitIsNotParsedAndIsCounted() {
        String longSentence = "Militants attacked " + "the village and ".repeat(40) + "the town.";
        long before = shared.profile().tooLong();
        AnnotatedArticle a = shared.apply(new Article("long", null, LocalDate.of(2021, 7, 8), null, null, "en",
                longSentence, "long"));
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.sentences().get(0).tokens().size()).isGreaterThan(NlpOptions.DEFAULT_MAX_PARSE_TOKENS);
        assertThat(a.sentences().get(0).dependencies()).isEmpty();
        assertThat(shared.profile().tooLong()).isEqualTo(before + 1);
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
