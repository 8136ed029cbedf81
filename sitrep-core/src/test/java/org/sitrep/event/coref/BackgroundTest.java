package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.Event;

/**
 * Background told in relative clauses and in the present tense, and a harm whose pronoun subject names no
 * one, on hand-parsed sentences coded by the real event coder.
 */
class BackgroundTest {

    private static List<String> codes(String... sentences) {
        return NoOccurrenceTest.resolved(sentences).stream().map(Event::cameo).toList();
    }

    private static final String FLED = "The/the/DT/2/det rebels/rebel/NNS/6/nsubj who/who/WP/%d/nsubj %s"
            + "the/the/DT/%d/det town/town/NN/%d/obj fled/flee/VBD/0/root ./././6/punct";

    @Test
    void aPastPerfectRelativeClauseIsBackgroundButASimplePastOneIsNews() {
        String hadAttacked = "The/the/DT/2/det rebels/rebel/NNS/7/nsubj who/who/WP/5/nsubj had/have/VBD/5/aux "
                + "attacked/attack/VBN/2/acl:relcl the/the/DT/7/det town/town/NN/5/obj fled/flee/VBD/0/root "
                + "./././8/punct";
        assertThat(NoOccurrenceTest.coded(article("t", hadAttacked))).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(codes(hadAttacked)).noneMatch(c -> c.startsWith("19"));
        String attacked = "The/the/DT/2/det rebels/rebel/NNS/7/nsubj who/who/WP/4/nsubj "
                + "attacked/attack/VBD/2/acl:relcl the/the/DT/6/det town/town/NN/4/obj on/on/IN/8/case "
                + "Sunday/Sunday/NNP/4/obl fled/flee/VBD/0/root ./././9/punct";
        assertThat(codes(attacked)).anyMatch(c -> c.startsWith("19"));
    }

    @Test
    void aProgressiveRelativeClauseDescribesTheParticipantsAndItsConjunctsToo() {
        String looting = "Police/police/NNS/2/nsubj fired/fire/VBD/0/root on/on/IN/4/case men/man/NNS/2/obl "
                + "who/who/WP/7/nsubj were/be/VBD/7/aux looting/loot/VBG/4/acl:relcl and/and/CC/9/cc "
                + "burning/burn/VBG/7/conj shops/shop/NNS/7/obj ./././2/punct";
        List<Event> before = NoOccurrenceTest.coded(article("t", looting));
        assertThat(before).anyMatch(e -> e.cameo().startsWith("171"));
        assertThat(codes(looting)).noneMatch(c -> c.startsWith("171")).anyMatch(c -> c.startsWith("1"));
    }

    @Test
    void aRelativeClauseHungLooselyButOpenedByWhichIsStillOne() {
        // "by which time the attackers had withdrawn", parsed as dep of the main verb
        String withdrawn = "Reinforcements/reinforcement/NNS/2/nsubj arrived/arrive/VBD/0/root later/later/RB/2/advmod "
                + ",/,/,/2/punct by/by/IN/7/case which/which/WDT/7/det time/time/NN/11/obl the/the/DT/9/det "
                + "attackers/attacker/NNS/11/nsubj had/have/VBD/11/aux withdrawn/withdraw/VBN/2/dep ./././2/punct";
        assertThat(NoOccurrenceTest.coded(article("t", withdrawn))).anyMatch(e -> e.cameo().startsWith("087"));
        assertThat(codes(withdrawn)).noneMatch(c -> c.startsWith("087"));
    }

    @Test
    void aBaseFormMainVerbWithASubjectIsAPresentTenseAndItsConjunctShares() {
        // the tagger's "freeze/VB" for the present "freeze": what the measures do, not an occurrence
        String measures = "The/the/DT/2/det measures/measure/NNS/3/nsubj freeze/freeze/VB/0/root "
                + "assets/asset/NNS/3/obj and/and/CC/6/cc ban/ban/VB/3/conj them/they/PRP/6/obj "
                + "from/from/IN/9/mark travelling/travel/VBG/6/advcl ./././3/punct";
        assertThat(NoOccurrenceTest.coded(article("t", measures))).anyMatch(e -> e.cameo().startsWith("17"));
        assertThat(codes(measures)).noneMatch(c -> c.startsWith("17"));
        String banned = "The/the/DT/2/det ministry/ministry/NN/3/nsubj banned/ban/VBD/0/root "
                + "them/they/PRP/3/obj from/from/IN/6/mark travelling/travel/VBG/3/advcl ./././3/punct";
        assertThat(codes(banned)).anyMatch(c -> c.startsWith("17"));
    }

    @Test
    void aHarmByAPronounThatNamesNoOneIsTheOneRepressionOfThatDay() {
        String shot = "They/they/PRP/2/nsubj shot/shoot/VBD/0/root at/at/IN/4/case children/child/NNS/2/obl "
                + "./././2/punct";
        AnnotatedArticle a = article("t", SameOccurrenceTest.FIRED, shot);
        List<Event> before = SameOccurrenceTest.violence(SameOccurrenceTest.coded(a, 7, 7));
        assertThat(before).hasSize(2);
        List<Event> after = SameOccurrenceTest.violence(COREF_RESOLVE(before, a));
        assertThat(after).hasSize(1);
        assertThat(after.get(0).evidence().trigger()).isEqualTo("fired");
    }

    private static List<Event> COREF_RESOLVE(List<Event> events, AnnotatedArticle a) {
        return NoOccurrenceTest.COREF.resolve(events, a);
    }
}
