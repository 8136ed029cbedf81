package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.testing.ActorSentences;
import org.sitrep.model.Actor;

class ArticleActorsTest {
    private static ActorLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = ActorLexicon.load();
    }

    private static ArticleActors actors(AnnotatedArticle a) {
        return ArticleActors.of(lexicon, a);
    }

    /** One phrase of one sentence: the code it resolves to and, where the lexicon names it, its canonical name. */
    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("possessive country gives the country of the body", "Iraq's parliament voted.",
                        "Iraq|NNP|COUNTRY|3|nmod:poss 's|POS|O|1|case parliament|NN|ORGANIZATION|4|nsubj "
                                + "voted|VBD|O|0|root|vote .|.|O|4|punct",
                        0, 3, 2, "Iraq's parliament", "IRQLEG", null),
                Arguments.of("transliteration variants meet", "Kata'ib Hizballah denied it.",
                        "Kata'ib|NNP|ORGANIZATION|2|compound Hizballah|NNP|ORGANIZATION|3|nsubj denied|VBD|O|0|root|deny "
                                + "it|PRP|O|3|obj .|.|O|3|punct",
                        0, 2, 1, "Kata'ib Hizballah", "IRQREB", "Kataib Hezbollah"),
                Arguments.of("a bare country is the country code", "The US assassinated a general.",
                        "The|DT|O|2|det US|NNP|COUNTRY|3|nsubj assassinated|VBD|O|0|root|assassinate a|DT|O|5|det "
                                + "general|NN|TITLE|3|obj .|.|O|3|punct",
                        0, 2, 1, "The US", "USA", "United States"),
                Arguments.of("an unlisted party keeps its name and gets country and role",
                        "The Sudanese Communist Party rejected the deal.",
                        "The|DT|O|4|det Sudanese|NNP|ORGANIZATION|4|compound Communist|NNP|ORGANIZATION|4|compound "
                                + "Party|NNP|ORGANIZATION|5|nsubj rejected|VBD|O|0|root|reject the|DT|O|7|det deal|NN|O|5|obj "
                                + ".|.|O|5|punct",
                        0, 4, 3, "The Sudanese Communist Party", "SDNPTY", "Sudanese Communist Party"),
                // parses below are CoreNLP's (English models, the pipeline's settings)
                Arguments.of("a bare crowd number is people of the article's country",
                        "Tens of thousands marched through Nairobi on Tuesday.",
                        "Tens|NNS|O|3|dep|ten of|IN|O|3|advmod thousands|NNS|O|4|nsubj|thousand marched|VBD|O|0|root|march "
                                + "through|IN|O|6|case Nairobi|NNP|CITY|4|obl on|IN|O|8|case Tuesday|NNP|DATE|4|obl "
                                + ".|.|O|4|punct",
                        0, 3, 2, "Tens of thousands", "KENCVL", null),
                Arguments.of("state security agents are intelligence, not police",
                        "Malian state security agents detained a radio presenter in Bamako.", MALI, 0, 4, 3,
                        "Malian state security agents", "MLISPY", null),
                Arguments.of("a presenter is media", "Malian state security agents detained a radio presenter in Bamako.",
                        MALI, 5, 8, 7, "a radio presenter", "MLIMED", null),
                Arguments.of("an opposition movement is the opposition",
                        "The main opposition movement boycotted the vote in Juba.",
                        "The|DT|O|4|det main|JJ|O|4|amod opposition|NN|O|4|compound movement|NN|O|5|nsubj "
                                + "boycotted|VBD|O|0|root|boycott the|DT|O|7|det vote|NN|O|5|obj in|IN|O|9|case "
                                + "Juba|NNP|CITY|7|nmod .|.|O|5|punct",
                        0, 4, 3, "The main opposition movement", "SSDOPP", null),
                Arguments.of("survivors are civilians", "Survivors of the floods marched in Madrid.",
                        "Survivors|NNS|O|5|nsubj|survivor of|IN|O|4|case the|DT|O|4|det floods|NNS|CAUSE_OF_DEATH|1|nmod|flood "
                                + "marched|VBD|O|0|root|march in|IN|O|7|case Madrid|NNP|CITY|5|obl .|.|O|5|punct",
                        0, 4, 0, "Survivors of the floods", "ESPCVL", null),
                Arguments.of("a person titled by a role without a country: the article's country and that role",
                        "Opposition Conservative leader Kemi Badenoch criticised the deal in London.",
                        "Opposition|NN|ORGANIZATION|3|compound Conservative|JJ|ORGANIZATION|3|amod leader|NN|TITLE|5|compound "
                                + "Kemi|NNP|PERSON|5|compound Badenoch|NNP|PERSON|6|nsubj criticised|VBD|O|0|root|criticise "
                                + "the|DT|O|8|det deal|NN|O|6|obj in|IN|O|10|case London|NNP|CITY|6|obl .|.|O|6|punct",
                        0, 5, 4, "Opposition Conservative leader Kemi Badenoch", "GBROPP", "Kemi Badenoch"));
    }

    private static final String MALI = "Malian|JJ|NATIONALITY|4|amod state|NN|O|4|compound security|NN|O|4|compound "
            + "agents|NNS|O|5|nsubj|agent detained|VBD|O|0|root|detain a|DT|O|8|det radio|NN|O|8|compound "
            + "presenter|NN|O|5|obj in|IN|O|10|case Bamako|NNP|CITY|5|obl .|.|O|5|punct";

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void aPhraseResolvesToItsCode(String what, String text, String parse, int from, int to, int head, String phrase,
                                  String code, String name) {
        AnnotatedArticle a = ActorSentences.article(text, parse);
        Actor actor = actors(a).resolve(0, from, to, head, phrase);
        assertThat(actor.code()).isEqualTo(code);
        if (name != null) {
            assertThat(actor.name()).isEqualTo(name);
        }
    }

    @Test
    void countryModifierAndRoleHeadMakeACode() {
        AnnotatedArticle a = ActorSentences.article("Iraqi security forces arrested two men.",
                "Iraqi|JJ|NATIONALITY|3|amod security|NN|O|3|compound forces|NNS|O|4|nsubj arrested|VBD|O|0|root|arrest "
                        + "two|CD|NUMBER|6|nummod men|NNS|O|4|obj .|.|O|4|punct");
        Actor source = actors(a).resolve(0, 0, 3, 2, "Iraqi security forces");
        assertThat(source.code()).isEqualTo("IRQCOP");
        assertThat(source.country()).isEqualTo("IRQ");
        assertThat(source.role()).isEqualTo("COP");
        assertThat(source.text()).isEqualTo("Iraqi security forces");
    }

    @Test
    void titleAndAppositionKeepThePersonAndTakeTheOrganisationsCode() {
        AnnotatedArticle a = ActorSentences.article("Kataib Hezbollah spokesperson Abu Ali al-Askary spoke.",
                "Kataib|NNP|ORGANIZATION|6|compound Hezbollah|NNP|ORGANIZATION|6|compound "
                        + "spokesperson|NN|O|6|compound Abu|NNP|PERSON|6|compound Ali|NNP|PERSON|6|compound "
                        + "al-Askary|NNP|PERSON|7|nsubj spoke|VBD|O|0|root|speak .|.|O|7|punct");
        Actor speaker = actors(a).resolvePhrase(0, 5);
        assertThat(speaker.name()).isEqualTo("Abu Ali al-Askary");
        assertThat(speaker.affiliation()).isEqualTo("Kataib Hezbollah");
        assertThat(speaker.code()).isEqualTo("IRQREB");
        assertThat(speaker.country()).isEqualTo("IRQ");
    }

    @Test
    void surnameAndPronounPointBackToTheFullName() {
        AnnotatedArticle a = ActorSentences.article(
                "Militia commander Jabir al-Tamimi of the Badr Organization spoke. Tamimi left. Then he returned.",
                "Militia|NN|O|4|compound commander|NN|O|4|compound Jabir|NNP|PERSON|4|compound "
                        + "al-Tamimi|NNP|PERSON|9|nsubj of|IN|O|8|case the|DT|O|8|det Badr|NNP|ORGANIZATION|8|compound "
                        + "Organization|NNP|ORGANIZATION|4|nmod:of spoke|VBD|O|0|root|speak .|.|O|9|punct",
                "Tamimi|NNP|PERSON|2|nsubj left|VBD|O|0|root|leave .|.|O|2|punct",
                "Then|RB|O|3|advmod he|PRP|O|3|nsubj returned|VBD|O|0|root|return .|.|O|3|punct");
        ArticleActors actors = actors(a);
        Actor first = actors.resolvePhrase(0, 3);
        assertThat(first.name()).isEqualTo("Jabir al-Tamimi");
        assertThat(first.affiliation()).isEqualTo("Badr Organization");
        assertThat(first.code()).isEqualTo("IRQREB");
        Actor surname = actors.resolve(1, 0, 1, 0, "Tamimi");
        assertThat(surname.name()).isEqualTo("Jabir al-Tamimi");
        assertThat(surname.code()).isEqualTo("IRQREB");
        Actor he = actors.resolve(2, 1, 2, 1, "he");
        assertThat(he.name()).isEqualTo("Jabir al-Tamimi");
        assertThat(he.affiliation()).isEqualTo("Badr Organization");
        assertThat(he.text()).isEqualTo("he");
    }

    @Test
    void aPronounReportedByANounSubjectIsThatSubjectNotAnEarlierActor() {
        AnnotatedArticle a = ActorSentences.article(
                "The US embassy was hit. No group said it carried out the attack. Kataib Hezbollah said it fired.",
                "The|DT|O|3|det US|NNP|COUNTRY|3|compound embassy|NN|O|5|nsubj:pass was|VBD|O|5|aux:pass "
                        + "hit|VBN|O|0|root|hit .|.|O|5|punct",
                "No|DT|O|2|det group|NN|O|3|nsubj said|VBD|O|0|root|say it|PRP|O|5|nsubj "
                        + "carried|VBD|O|3|ccomp|carry out|RP|O|5|compound:prt the|DT|O|8|det attack|NN|O|5|obj "
                        + ".|.|O|3|punct",
                "Kataib|NNP|ORGANIZATION|2|compound Hezbollah|NNP|ORGANIZATION|3|nsubj said|VBD|O|0|root|say "
                        + "it|PRP|O|5|nsubj fired|VBD|O|3|ccomp|fire .|.|O|3|punct");
        ArticleActors actors = actors(a);
        assertThat(actors.resolvePhrase(0, 2).code()).isEqualTo("USAGOV");
        Actor noGroup = actors.resolve(1, 3, 4, 3, "it");
        assertThat(noGroup == null ? null : noGroup.code()).as("'it' is the group nobody named").isNull();
        Actor kh = actors.resolve(2, 3, 4, 3, "it");
        assertThat(kh.name()).isEqualTo("Kataib Hezbollah");
    }

    @Test
    void itsInItsOwnSentenceComesBeforeAnActorOfAnEarlierOne() {
        AnnotatedArticle a = ActorSentences.article(
                "Hamas fighters attacked a convoy near Rafah. Israel halted aid deliveries after two of its soldiers were killed.",
                "Hamas|NNP|ORGANIZATION|2|compound fighters|NNS|O|3|nsubj|fighter attacked|VBD|O|0|root|attack a|DT|O|5|det "
                        + "convoy|NN|O|3|obj near|IN|O|7|case Rafah|NNP|CITY|5|nmod .|.|O|3|punct",
                "Israel|NNP|COUNTRY|2|nsubj halted|VBD|O|0|root|halt aid|NN|O|4|compound deliveries|NNS|O|2|obj|delivery "
                        + "after|IN|O|11|mark two|CD|NUMBER|11|nsubj:pass of|IN|O|9|case its|PRP$|O|9|nmod:poss "
                        + "soldiers|NNS|O|6|nmod|soldier were|VBD|O|11|aux:pass|be killed|VBN|O|2|advcl|kill .|.|O|2|punct");
        assertThat(actors(a).resolve(1, 5, 9, 5, "two of its soldiers").code()).isEqualTo("ISRMIL");
    }

    @Test
    void itsInAReportedClauseIsTheReporter() {
        AnnotatedArticle a = ActorSentences.article("The Polisario Front said Moroccan forces had shelled its positions.",
                "The|DT|O|3|det Polisario|NNP|ORGANIZATION|3|compound Front|NNP|ORGANIZATION|4|nsubj said|VBD|O|0|root|say "
                        + "Moroccan|JJ|NATIONALITY|6|amod forces|NNS|O|8|nsubj|force had|VBD|O|8|aux|have "
                        + "shelled|VBN|O|4|ccomp|shell its|PRP$|O|10|nmod:poss positions|NNS|O|8|obj|position .|.|O|4|punct");
        assertThat(actors(a).resolve(0, 8, 10, 9, "its positions").code()).isEqualTo("ESHSEP");
    }

    @Test
    void theGroupAndTheMilitiaReferToTheLatestNamedGroup() {
        AnnotatedArticle a = ActorSentences.article(
                "Al-Shabaab attacked a base. The group said the militia would fight on.",
                "Al-Shabaab|NNP|ORGANIZATION|2|nsubj attacked|VBD|O|0|root|attack a|DT|O|4|det base|NN|O|2|obj .|.|O|2|punct",
                "The|DT|O|2|det group|NN|O|3|nsubj said|VBD|O|0|root|say the|DT|O|5|det militia|NN|O|7|nsubj "
                        + "would|MD|O|7|aux fight|VB|O|3|ccomp on|RP|O|7|compound:prt .|.|O|3|punct");
        ArticleActors actors = actors(a);
        Actor group = actors.resolve(1, 0, 2, 1, "The group");
        assertThat(group.name()).isEqualTo("Al-Shabaab");
        assertThat(group.code()).isEqualTo("SOMREB");
        Actor militia = actors.resolve(1, 3, 5, 4, "the militia");
        assertThat(militia.code()).isEqualTo("SOMREB");
    }

    @Test
    void patronIsNotedAndNotTakenForTheActor() {
        AnnotatedArticle a = ActorSentences.article("Iran-backed fighters fired rockets in Iraq.",
                "Iran-backed|JJ|O|2|amod fighters|NNS|O|3|nsubj fired|VBD|O|0|root|fire rockets|NNS|O|3|obj "
                        + "in|IN|O|6|case Iraq|NNP|COUNTRY|3|obl:in .|.|O|3|punct");
        Actor fighters = actors(a).resolve(0, 0, 2, 1, "Iran-backed fighters");
        assertThat(fighters.patron()).isEqualTo("IRN");
        assertThat(fighters.role()).isEqualTo("REB");
        assertThat(fighters.country()).isEqualTo("IRQ");
        assertThat(fighters.code()).isEqualTo("IRQREB");
    }

    @Test
    void seatsOfPowerStandForTheGovernmentAndCaseMatters() {
        AnnotatedArticle a = ActorSentences.article("Washington told us that the Kremlin lied.",
                "Washington|NNP|CITY|2|nsubj told|VBD|O|0|root|tell us|PRP|O|2|obj that|IN|O|7|mark "
                        + "the|DT|O|6|det Kremlin|NNP|ORGANIZATION|7|nsubj lied|VBD|O|2|ccomp|lie .|.|O|2|punct");
        ArticleActors actors = actors(a);
        assertThat(actors.resolve(0, 0, 1, 0, "Washington").code()).isEqualTo("USAGOV");
        assertThat(actors.resolve(0, 4, 6, 5, "the Kremlin").code()).isEqualTo("RUSGOV");
        assertThat(actors.resolve(0, 2, 3, 2, "us").isResolved()).isFalse();
    }

    @Test
    void implicitAgentOfAnInfinitiveIsThePossessorOfItsNoun() {
        AnnotatedArticle a = ActorSentences.article(
                "Kataib Hezbollah fired rockets. He repeated the group's commitment to expel the troops.",
                "Kataib|NNP|ORGANIZATION|2|compound Hezbollah|NNP|ORGANIZATION|3|nsubj fired|VBD|O|0|root|fire "
                        + "rockets|NNS|O|3|obj .|.|O|3|punct",
                "He|PRP|O|2|nsubj repeated|VBD|O|0|root|repeat the|DT|O|4|det group|NN|O|6|nmod:poss 's|POS|O|4|case "
                        + "commitment|NN|O|2|obj to|TO|O|8|mark expel|VB|O|6|acl the|DT|O|10|det troops|NNS|O|8|obj "
                        + ".|.|O|2|punct");
        Actor agent = actors(a).implicitAgent(1, 7);
        assertThat(agent).isNotNull();
        assertThat(agent.name()).isEqualTo("Kataib Hezbollah");
        assertThat(agent.code()).isEqualTo("IRQREB");
        assertThat(actors(a).implicitAgent(1, 1)).isNull();
    }

    @Test
    void appositionGivesThePersonTheBodyHeSpeaksFor() {
        AnnotatedArticle a = ActorSentences.article("A spokesman for the Lebanese army, Colonel Nabil Haddad, spoke.",
                "A|DT|O|2|det spokesman|NN|O|12|nsubj for|IN|O|6|case the|DT|O|6|det Lebanese|JJ|NATIONALITY|6|amod "
                        + "army|NN|O|2|nmod:for ,|,|O|10|punct Colonel|NNP|TITLE|10|compound Nabil|NNP|PERSON|10|compound "
                        + "Haddad|NNP|PERSON|2|appos ,|,|O|10|punct spoke|VBD|O|0|root|speak .|.|O|12|punct");
        Actor haddad = actors(a).resolvePhrase(0, 9);
        assertThat(haddad.name()).isEqualTo("Nabil Haddad");
        assertThat(haddad.affiliation()).isEqualTo("Lebanese Armed Forces");
        assertThat(haddad.code()).isEqualTo("LBNMIL");
    }

    @Test
    void aLeadersArmyIsHisCountrysArmy() {
        AnnotatedArticle a = ActorSentences.article("Belarusian President Alexander Lukashenko praised his army.",
                "Belarusian|JJ|NATIONALITY|4|amod President|NNP|TITLE|4|compound Alexander|NNP|PERSON|4|compound "
                        + "Lukashenko|NNP|PERSON|5|nsubj praised|VBD|O|0|root|praise his|PRP$|O|7|nmod:poss "
                        + "army|NN|O|5|obj .|.|O|5|punct");
        ArticleActors actors = actors(a);
        Actor president = actors.resolvePhrase(0, 3);
        assertThat(president.name()).isEqualTo("Alexander Lukashenko");
        assertThat(president.code()).isEqualTo("BLRGOV");
        assertThat(actors.resolve(0, 5, 7, 6, "his army").code()).isEqualTo("BLRMIL");
    }
    @Test
    void aSurnameTheNerMissedStillPointsBackToThePerson() {
        AnnotatedArticle a = ActorSentences.article(
                "Houthi spokesman Yahya Saree spoke. Later Saree added more.",
                "Houthi|NNP|ORGANIZATION|3|compound spokesman|NN|O|5|compound Yahya|NNP|PERSON|5|compound "
                        + "Saree|NNP|PERSON|6|nsubj spoke|VBD|O|0|root|speak .|.|O|6|punct",
                "Later|RB|O|3|advmod Saree|NNP|O|3|nsubj added|VBD|O|0|root|add more|JJR|O|3|obj .|.|O|3|punct");
        Actor later = actors(a).resolve(1, 1, 2, 1, "Saree");
        assertThat(later.name()).isEqualTo("Yahya Saree");
        assertThat(later.affiliation()).isEqualTo("Houthis");
        assertThat(later.code()).isEqualTo("YEMREB");
    }

    @Test
    void aRoleWithoutCountryTakesTheCountryTheHeadlinePlacesTheStoryIn() {
        AnnotatedArticle a = ActorSentences.titledArticle("Convoy ambushed in northern Burkina Faso",
                "Jihadists ambushed the soldiers' convoy.",
                "Jihadists|NNS|O|2|nsubj ambushed|VBD|O|0|root|ambush the|DT|O|4|det soldiers|NNS|O|6|nmod:poss "
                        + "'|POS|O|4|case convoy|NN|O|2|obj .|.|O|2|punct");
        ArticleActors actors = actors(a);
        assertThat(actors.placeCountry()).isEqualTo("BFA");
        assertThat(actors.resolve(0, 0, 1, 0, "Jihadists").code()).isEqualTo("BFAREB");
        assertThat(actors.resolve(0, 2, 6, 5, "the soldiers' convoy").code()).isEqualTo("BFAMIL");
    }
}
