package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.event.EventCoder;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Factuality;

/**
 * Statements that report no single occurrence (habits, tallies, backdrop nouns, talk in quotes) and one
 * occurrence named twice in one clause, on hand-parsed sentences coded by the real event coder.
 */
class NoOccurrenceTest {
    static final EventCoder CODER = EventCoder.load();
    static final EventCoreference COREF = EventCoreference.load();

    static List<Event> coded(AnnotatedArticle a) {
        return CODER.apply(CodedArticle.of(a)).events();
    }

    static List<Event> resolved(String... sentences) {
        AnnotatedArticle a = article("t", sentences);
        return COREF.resolve(coded(a), a);
    }

    static final String TALLY = "The/the/DT/2/det militia/militia/NN/4/nsubj has/have/VBZ/4/aux killed/kill/VBN/0/root "
            + "thousands/thousand/NNS/4/obj of/of/IN/7/case civilians/civilian/NNS/5/nmod over/over/IN/11/case "
            + "the/the/DT/11/det past/past/JJ/11/amod decade/decade/NN/4/obl ./././4/punct";
    static final String ONCE = "The/the/DT/2/det militia/militia/NN/3/nsubj killed/kill/VBD/0/root "
            + "eleven/eleven/CD/5/nummod villagers/villager/NNS/3/obj on/on/IN/7/case Thursday/Thursday/NNP/3/obl "
            + "./././3/punct";

    @Test
    void aPresentPerfectTallyOverASpanIsNoOccurrenceButAPastKillingIs() {
        AnnotatedArticle tally = article("t", TALLY);
        assertThat(coded(tally)).anyMatch(e -> e.cameo().startsWith("18"));
        assertThat(COREF.resolve(coded(tally), tally)).isEmpty();
        assertThat(resolved(ONCE)).anyMatch(e -> e.cameo().startsWith("18"));
    }

    @Test
    void aGenericPluralIsNoOccurrenceUnlessItSinglesOneOut() {
        String previous = "Rebels/rebel/NNS/2/nsubj shelled/shell/VBD/0/root the/the/DT/4/det town/town/NN/2/obj "
                + "in/in/IN/7/case previous/previous/JJ/7/amod raids/raid/NNS/2/obl ./././2/punct";
        String instance = "The/the/DT/2/det compound/compound/NN/5/nsubj:pass has/have/VBZ/5/aux been/be/VBN/5/aux:pass "
                + "damaged/damage/VBN/0/root in/in/IN/8/case previous/previous/JJ/8/amod attacks/attack/NNS/5/obl "
                + ",/,/,/8/punct including/include/VBG/11/case one/one/CD/8/nmod in/in/IN/13/case May/May/NNP/11/nmod "
                + "./././5/punct";
        String bare = "The/the/DT/2/det compound/compound/NN/5/nsubj:pass has/have/VBZ/5/aux been/be/VBN/5/aux:pass "
                + "damaged/damage/VBN/0/root in/in/IN/8/case previous/previous/JJ/8/amod attacks/attack/NNS/5/obl "
                + ",/,/,/8/punct including/include/VBG/11/case one/one/CD/8/nmod ./././5/punct";
        assertThat(Mention.namesAnInstance(article("t", instance).sentences().get(0), 7)).isTrue();
        assertThat(Mention.namesAnInstance(article("t", bare).sentences().get(0), 7)).isFalse();
        assertThat(Mention.namesAnInstance(article("t", previous).sentences().get(0), 6)).isFalse();
        assertThat(resolved(instance)).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(resolved(bare)).noneMatch(e -> e.cameo().startsWith("19"));
    }

    @Test
    void aHabitAdverbOrASinceClauseMakesAPresentPerfectAHabit() {
        String repeatedly = "Rebels/rebel/NNS/4/nsubj have/have/VBP/4/aux repeatedly/repeatedly/RB/4/advmod "
                + "attacked/attack/VBD/0/root army/army/NN/6/compound posts/post/NNS/4/obj ./././4/punct";
        String since = "Police/police/NNS/3/nsubj have/have/VBP/3/aux detained/detain/VBN/0/root "
                + "five/five/CD/5/nummod journalists/journalist/NNS/3/obj since/since/IN/7/case "
                + "2023/2023/CD/3/obl ./././3/punct";
        assertThat(coded(article("t", repeatedly))).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(resolved(repeatedly)).isEmpty();
        assertThat(coded(article("t", since))).anyMatch(e -> e.cameo().startsWith("17"));
        assertThat(resolved(since)).isEmpty();
        String yesterday = "Police/police/NNS/3/nsubj have/have/VBP/3/aux detained/detain/VBN/0/root "
                + "five/five/CD/5/nummod journalists/journalist/NNS/3/obj ./././3/punct";
        assertThat(resolved(yesterday)).anyMatch(e -> e.cameo().startsWith("17")); // no span: one arrest
    }

    @Test
    void aPresentTensePracticeOutsideQuotesIsNoOccurrence() {
        String practice = "The/the/DT/2/det army/army/NN/3/nsubj says/say/VBZ/0/root it/it/PRP/5/nsubj "
                + "targets/target/VBZ/3/ccomp rebel/rebel/NN/7/compound camps/camp/NNS/5/obj ./././3/punct";
        String past = "The/the/DT/2/det army/army/NN/3/nsubj said/say/VBD/0/root it/it/PRP/5/nsubj "
                + "targeted/target/VBD/3/ccomp rebel/rebel/NN/7/compound camps/camp/NNS/5/obj ./././3/punct";
        assertThat(coded(article("t", practice))).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(resolved(practice)).noneMatch(e -> e.cameo().startsWith("19"));
        assertThat(resolved(past)).anyMatch(e -> e.cameo().startsWith("19"));
    }

    @Test
    void aCeasefireNamedAsTheStartOfASpanIsBackdrop() {
        String since = "Fuel/fuel/NN/6/nsubj has/have/VBZ/6/aux not/not/RB/6/advmod been/be/VBN/6/aux:pass "
                + "delivered/deliver/VBN/0/root since/since/IN/8/case the/the/DT/8/det ceasefire/ceasefire/NN/5/obl "
                + "./././5/punct";
        AnnotatedArticle a = article("t", since);
        assertThat(coded(a)).anyMatch(e -> e.cameo().startsWith("087"));
        assertThat(COREF.resolve(coded(a), a)).noneMatch(e -> e.cameo().startsWith("087"));
    }

    @Test
    void talksThatAreBoycottedAreTheBoycottsObjectNotAMeeting() {
        String boycott = "The/the/DT/2/det opposition/opposition/NN/3/nsubj boycotted/boycott/VBD/0/root "
                + "the/the/DT/5/det talks/talk/NNS/3/obj ./././3/punct";
        AnnotatedArticle a = article("t", boycott);
        assertThat(coded(a)).anyMatch(e -> e.cameo().startsWith("04"));
        List<Event> after = COREF.resolve(coded(a), a);
        assertThat(after).noneMatch(e -> e.cameo().startsWith("04"));
        assertThat(after).anyMatch(e -> e.cameo().startsWith("14"));
    }

    @Test
    void aSummitThatOnlySetsTheSceneIsBackdrop() {
        String scene = "The/the/DT/2/det ministers/minister/NNS/3/nsubj condemned/condemn/VBD/0/root "
                + "the/the/DT/5/det coup/coup/NN/3/obj after/after/IN/8/case a/a/DT/8/det summit/summit/NN/3/obl "
                + "./././3/punct";
        AnnotatedArticle a = article("t", scene);
        assertThat(coded(a)).anyMatch(e -> e.cameo().startsWith("04"));
        assertThat(COREF.resolve(coded(a), a)).noneMatch(e -> e.cameo().startsWith("04"));
    }

    @Test
    void demandsAndGenericActsInsideAQuoteAreTalkButAWitnessAccountIsKept() {
        String demand = "\"/\"/``/3/punct We/we/PRP/3/nsubj demand/demand/VBP/0/root his/he/PRP$/5/nmod:poss "
                + "release/release/NN/3/obj ./././3/punct \"/\"/''/3/punct";
        String witness = "\"/\"/``/3/punct They/they/PRP/3/nsubj attacked/attack/VBD/0/root the/the/DT/5/det "
                + "village/village/NN/3/obj ,/,/,/3/punct \"/\"/''/3/punct said/say/VBD/3/parataxis "
                + "a/a/DT/10/det witness/witness/NN/8/nsubj ./././3/punct";
        assertThat(coded(article("t", demand))).isNotEmpty();
        assertThat(resolved(demand)).isEmpty();
        assertThat(resolved(witness)).anyMatch(e -> e.cameo().startsWith("19"));
    }

    @Test
    void agreeingToACeasefireIsOneCeasefireNotAnIntentBeside() {
        String fixed = "The/the/DT/2/det leaders/leader/NNS/3/nsubj agreed/agree/VBD/0/root to/to/IN/6/case "
                + "a/a/DT/6/det ceasefire/ceasefire/NN/3/obl ./././3/punct";
        AnnotatedArticle a = article("t", fixed);
        List<Event> before = coded(a);
        assertThat(before).anyMatch(e -> e.cameo().equals("0871"));
        List<Event> after = COREF.resolve(before, a).stream()
                .filter(e -> e.cameo().startsWith("03") || e.cameo().startsWith("08") || e.cameo().startsWith("05"))
                .toList();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).cameo()).isEqualTo("0871");
    }

    @Test
    void aDefiniteEchoDatedADayOrTwoLaterIsStillTheSameAttack() {
        String attack = "Rebels/rebel/NNS/2/nsubj attacked/attack/VBD/0/root a/a/DT/4/det village/village/NN/2/obj "
                + "./././2/punct";
        String echo = "The/the/DT/2/det assault/assault/NN/3/nsubj began/begin/VBD/0/root before/before/IN/5/case "
                + "dawn/dawn/NN/3/obl ./././3/punct";
        AnnotatedArticle a = article("t", attack, echo);
        List<Event> dated = new ArrayList<>();
        for (Event e : coded(a)) {
            dated.add(e.withDate(EventDate.day(LocalDate.of(2025, 1, e.anchor().sentence() == 0 ? 18 : 16), null)));
        }
        List<Event> violent = COREF.resolve(dated, a).stream()
                .filter(e -> e.cameo().startsWith("18") || e.cameo().startsWith("19")).toList();
        assertThat(violent).hasSize(1);
        assertThat(violent.get(0).evidence().trigger()).isEqualTo("attacked"); // the statement, not the echo
    }

    @Test
    void anActTheTimeClauseOfAnOrderDatesIsAssertedNotOrdered() {
        String order = "Venezuela/Venezuela/NNP/2/nsubj ordered/order/VBD/0/root troops/troop/NNS/2/obj "
                + "to/to/IN/6/case the/the/DT/6/det coast/coast/NN/2/obl after/after/IN/11/mark the/the/DT/10/det "
                + "United/United/NNP/10/compound States/States/NNP/11/nsubj struck/strike/VBD/2/advcl a/a/DT/13/det "
                + "boat/boat/NN/11/obj ./././2/punct";
        Event strike = coded(article("t", order)).stream().filter(e -> e.cameo().startsWith("19")).findFirst()
                .orElseThrow();
        assertThat(strike.factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void strikesABareObjectOfAModalVerbNamesAreOnlyAsRealAsThatVerbButAKnownStrikeStaysAsserted() {
        String would = "The/the/DT/2/det army/army/NN/4/nsubj would/would/MD/4/aux order/order/VB/0/root "
                + "strikes/strike/NNS/4/obj on/on/IN/8/case rebel/rebel/NN/8/compound camps/camp/NNS/5/nmod "
                + "./././4/punct";
        String known = "The/the/DT/2/det army/army/NN/4/nsubj will/will/MD/4/aux investigate/investigate/VB/0/root "
                + "the/the/DT/6/det strike/strike/NN/4/obj ./././4/punct";
        Event future = coded(article("t", would)).stream().filter(e -> e.cameo().startsWith("19")).findFirst()
                .orElseThrow();
        assertThat(future.factuality()).isEqualTo(Factuality.FUTURE);
        Event asserted = coded(article("t", known)).stream().filter(e -> e.cameo().startsWith("19")).findFirst()
                .orElseThrow();
        assertThat(asserted.factuality()).isEqualTo(Factuality.ASSERTED);
    }
}
