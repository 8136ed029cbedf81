package org.sitrep.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ActorResolver;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.CodedArticle;
import org.sitrep.testing.ActorSentences;
import org.sitrep.model.Quote;

class QuoteExtractorTest {
    private static QuoteExtractor extractor;
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        ActorLexicon lexicon = ActorLexicon.load();
        extractor = new QuoteExtractor(lexicon);
        resolver = new ActorResolver(lexicon);
    }

    private static final String TEXT = "Kataib Hezbollah spokesperson Abu Ali al-Askary said, \u201cWe will not stop.\u201d\n\n"
            + "Askary stated, \u201cFighting the occupation is our decision.\u201d \u201cNo one from outside is involved in it.\u201d\n\n"
            + "Residents called the raid \"a crime\" on Friday.";

    private static AnnotatedArticle seedLike() {
        return ActorSentences.article(TEXT,
                "Kataib|NNP|ORGANIZATION|6|compound Hezbollah|NNP|ORGANIZATION|6|compound spokesperson|NN|O|6|compound "
                        + "Abu|NNP|PERSON|6|compound Ali|NNP|PERSON|6|compound al-Askary|NNP|PERSON|7|nsubj "
                        + "said|VBD|O|0|root|say ,|,|O|7|punct \u201c|``|O|13|punct We|PRP|O|13|nsubj will|MD|O|13|aux "
                        + "not|RB|O|13|advmod stop|VB|O|7|ccomp .|.|O|7|punct \u201d|''|O|7|punct",
                "Askary|NNP|PERSON|2|nsubj stated|VBD|O|0|root|state ,|,|O|2|punct \u201c|``|O|10|punct "
                        + "Fighting|VBG|O|10|csubj the|DT|O|7|det occupation|NN|O|5|obj is|VBZ|O|10|cop "
                        + "our|PRP$|O|10|nmod:poss decision|NN|O|2|ccomp .|.|O|2|punct \u201d|''|O|2|punct",
                "\u201c|``|O|7|punct No|DT|O|3|det one|NN|O|7|nsubj:pass from|IN|O|5|case outside|NN|O|3|nmod "
                        + "is|VBZ|O|7|aux:pass involved|VBN|O|0|root|involve in|IN|O|9|case it|PRP|O|7|obl "
                        + ".|.|O|7|punct \u201d|''|O|7|punct",
                "Residents|NNS|O|2|nsubj called|VBD|O|0|root|call the|DT|O|4|det raid|NN|O|2|obj "
                        + "\"|``|O|7|punct a|DT|O|7|det crime|NN|O|2|xcomp \"|''|O|7|punct on|IN|O|10|case "
                        + "Friday|NNP|DATE|2|obl .|.|O|2|punct");
    }

    @Test
    void quotesKeepTheSpeakerWordsWhereTheyAreAttributed() {
        List<Quote> quotes = extractor.apply(CodedArticle.of(seedLike())).quotes();
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(0).speaker().text()).isEqualTo("Kataib Hezbollah spokesperson Abu Ali al-Askary");
        assertThat(TEXT.substring(quotes.get(0).speakerStart())).startsWith("al-Askary said");
        assertThat(quotes.get(1).speaker().text()).isEqualTo("Askary");
        assertThat(quotes.get(2).speakerStart()).isEqualTo(quotes.get(1).speakerStart());
    }

    @Test
    void everyQuoteGetsTheSpeakerNamedOnceWithAffiliationAndCode() {
        List<Quote> quotes = resolver.apply(extractor.apply(CodedArticle.of(seedLike()))).quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("We will not stop.",
                "Fighting the occupation is our decision.", "No one from outside is involved in it.");
        for (Quote q : quotes) {
            assertThat(TEXT.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker()).as(q.text()).isNotNull();
            assertThat(q.speaker().name()).as(q.text()).isEqualTo("Abu Ali al-Askary");
            assertThat(q.speaker().affiliation()).isEqualTo("Kataib Hezbollah");
            assertThat(q.speaker().code()).isEqualTo("IRQREB");
        }
        assertThat(quotes.get(1).speaker().text()).isEqualTo("Askary");
    }

    @Test
    void quotesAreFoundByTheirMarksAcrossParagraphs() {
        String text = "He said: \u201cThe first part goes on\n\n\u201cand the second part ends here.\u201d Then \"two words\" came.";
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        assertThat(spans).hasSize(3);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("The first part goes on");
        assertThat(spans.get(1).continuesParagraph()).isTrue();
        assertThat(spans.get(1).paragraph()).isEqualTo(spans.get(0).paragraph() + 1);
        assertThat(text.substring(spans.get(2).start(), spans.get(2).end())).isEqualTo("two words");
    }
}
