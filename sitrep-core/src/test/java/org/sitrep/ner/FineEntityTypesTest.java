package org.sitrep.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;
import org.sitrep.knowledge.KnowledgeTable;

class FineEntityTypesTest {
    private static final FineEntityTypes STAGE = FineEntityTypes.load();

    /** A one-sentence article from "word/POS/NER" items; "~" before an item glues it to the one before. */
    private static AnnotatedArticle article(String... items) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (String item : items) {
            boolean glued = item.startsWith("~");
            String[] p = (glued ? item.substring(1) : item).split("/");
            if (text.length() > 0 && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(p[0]);
            tokens.add(new Token(tokens.size(), p[0], p[0].toLowerCase(), p[1], p[2], start, text.length(), null));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String ner = tokens.get(i).ner();
            if (ner.equals("O") || i > 0 && ner.equals(tokens.get(i - 1).ner())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            mentions.add(new EntityMention(0, i, j, text.substring(tokens.get(i).start(), tokens.get(j - 1).end()), ner,
                    tokens.get(i).start(), tokens.get(j - 1).end(), null));
        }
        Article a = new Article("t", null, null, null, null, "en", text.toString(), "test");
        return new AnnotatedArticle(a, List.of(new Sentence(0, 0, text.length(), text.toString(), tokens, List.of())),
                mentions);
    }

    private static String tags(AnnotatedArticle a) {
        return String.join(" ", a.sentences().get(0).tokens().stream().map(Token::ner).toList());
    }

    private static String mentions(AnnotatedArticle a) {
        return String.join(", ", a.mentions().stream().map(m -> m.text() + "=" + m.type()).toList());
    }

    @Test
    void countriesStatesAndCitiesReplaceLocation() {
        AnnotatedArticle out = STAGE.apply(article("Rockets/NNS/O", "hit/VBD/O", "Kabul/NNP/LOCATION", ",/,/O",
                "Afghanistan/NNP/LOCATION", "and/CC/O", "Ohio/NNP/LOCATION"));
        assertEquals("O O CITY O COUNTRY O STATE_OR_PROVINCE", tags(out));
        assertEquals("Kabul=CITY, Afghanistan=COUNTRY, Ohio=STATE_OR_PROVINCE", mentions(out));
    }

    @Test
    void aCityNameOnlyRetypesALocationAndOnlyAtItsStart() {
        assertEquals("CITY LOCATION O", tags(STAGE.apply(article("Memphis/NNP/LOCATION", "Street/NNP/LOCATION", "home/NN/O"))));
        assertEquals("LOCATION LOCATION", tags(STAGE.apply(article("Orchard/NNP/LOCATION", "Dallas/NNP/LOCATION"))));
        assertEquals("O O", tags(STAGE.apply(article("Dallas/NNP/O", "said/VBD/O"))));
    }

    @Test
    void aStateInsideALongerLocationIsRetyped() {
        AnnotatedArticle out = STAGE.apply(article("in/IN/O", "Northeast/NNP/LOCATION", "Georgia/NNP/LOCATION"));
        assertEquals("O LOCATION STATE_OR_PROVINCE", tags(out));
        assertEquals("Northeast=LOCATION, Georgia=STATE_OR_PROVINCE", mentions(out));
    }

    @Test
    void theLongestNameWinsAndItsMentionReplacesTheOldOnes() {
        AnnotatedArticle out = STAGE.apply(article("the/DT/O", "Democratic/NNP/LOCATION", "Republic/NNP/LOCATION",
                "of/IN/LOCATION", "the/DT/LOCATION", "Congo/NNP/LOCATION"));
        assertEquals("O COUNTRY COUNTRY COUNTRY COUNTRY COUNTRY", tags(out));
        assertEquals("Democratic Republic of the Congo=COUNTRY", mentions(out));
    }

    @Test
    void nationalitiesAndTitles() {
        AnnotatedArticle out = STAGE.apply(article("Iraqi/JJ/MISC", "President/NNP/O", "Barham/NNP/PERSON",
                "and/CC/O", "a/DT/O", "spokesman/NN/O"));
        assertEquals("NATIONALITY TITLE PERSON O O TITLE", tags(out));
        assertEquals("Iraqi=NATIONALITY, President=TITLE, Barham=PERSON, spokesman=TITLE", mentions(out));
    }

    @Test
    void aNameGluedToAHyphenIsLeftAlone() {
        assertEquals("MISC MISC MISC O", tags(STAGE.apply(article("Saudi/NNP/MISC", "~-/HYPH/MISC", "~led/VBN/MISC",
                "forces/NNS/O"))));
    }

    @Test
    void caseAndTagsMustFit() {
        // all-capital names match only themselves; a name written with a capital only a capitalised word
        assertEquals("O O O", tags(STAGE.apply(article("let/VB/O", "us/PRP/O", "go/VB/O"))));
        assertEquals("O O", tags(STAGE.apply(article("a/DT/O", "turkey/NN/O"))));
        // a person or organisation keeps its tag; a name needs a noun or adjective
        assertEquals("ORGANIZATION O", tags(STAGE.apply(article("Jordan/NNP/ORGANIZATION", "said/VBD/O"))));
        AnnotatedArticle unchanged = article("He/PRP/O", "left/VBD/O");
        assertSame(unchanged, STAGE.apply(unchanged));
    }

    @Test
    void accentsAndSpacesDoNotMatterToTheKey() {
        assertEquals("bogota", FineTypeTable.key("Bogotá"));
        assertEquals("cote d'ivoire", FineTypeTable.key("Côte  d\u2019Ivoire"));
        assertEquals("CITY", STAGE.apply(article("Bogota/NNP/LOCATION")).sentences().get(0).token(0).ner());
    }

    @Test
    void theTableRejectsAnUnknownType() {
        List<KnowledgeTable.Row> rows = KnowledgeTable.parse(List.of("# test", "name\ttype\toverwrites\tsource",
                "Atlantis\tCONTINENT\tLOCATION\ttest"), "fine.tsv");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FineTypeTable.of(rows));
        assertTrue(e.getMessage().contains("fine.tsv") && e.getMessage().contains("CONTINENT"), e.getMessage());
        assertTrue(FineTypeTable.load().size() > 50_000);
    }
}
