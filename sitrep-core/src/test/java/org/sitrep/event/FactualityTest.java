package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.event.EventCoderTest.code;
import static org.sitrep.event.EventCoderTest.sourceText;
import static org.sitrep.event.EventCoderTest.targetText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;

/** Each factuality cue on a hand-parsed sentence, and the coding of threats, demands and denials themselves. */
class FactualityTest {

    private static Event only(List<Event> events, String cameoPrefix) {
        List<Event> matching = events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertThat(matching).as("events with code %s in %s", cameoPrefix, events).hasSize(1);
        return matching.get(0);
    }

    @Test
    void negation() {
        Event e = only(code("The/the/DT/2/det militia/militia/NN/5/nsubj did/do/VBD/5/aux not/not/RB/5/advmod "
                + "attack/attack/VB/0/root the/the/DT/7/det embassy/embassy/NN/5/obj ./././5/punct"), "19");
        assertThat(e.factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void noAttacksIsNegated() {
        Event e = only(code("No/no/DT/2/det attacks/attack/NNS/4/nsubj:pass were/be/VBD/4/aux:pass "
                + "reported/report/VBN/0/root ./././4/punct"), "19");
        assertThat(e.factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void prohibitionNegatesTheBarredActAndTheBarringIsNoViolence() {
        List<Event> events = code("The/the/DT/2/det militia/militia/NN/3/nsubj barred/bar/VBD/0/root "
                + "its/its/PRP$/5/nmod:poss fighters/fighter/NNS/3/obj from/from/IN/7/mark hitting/hit/VBG/3/advcl "
                + "the/the/DT/9/det embassy/embassy/NN/7/obj ./././3/punct");
        assertThat(events).hasSize(1);
        Event hit = events.get(0);
        assertThat(hit.cameo()).isEqualTo("190");
        assertThat(hit.factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(sourceText(hit)).isEqualTo("its fighters");
        assertThat(targetText(hit)).isEqualTo("the embassy");
        assertThat(events).noneMatch(e -> e.factuality() == Factuality.ASSERTED && e.cameo().startsWith("19"));
    }

    @Test
    void denialIsCodedAndNegatesTheDeniedAct() {
        List<Event> events = code("The/the/DT/2/det group/group/NN/3/nsubj denied/deny/VBD/0/root "
                + "carrying/carry/VBG/3/xcomp out/out/RP/4/compound:prt the/the/DT/7/det attack/attack/NN/4/obj "
                + "./././3/punct");
        Event denial = only(events, "016");
        assertThat(denial.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(sourceText(denial)).isEqualTo("The group");
        Event attack = only(events, "19");
        assertThat(attack.factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(sourceText(attack)).isEqualTo("The group");
    }

    @Test
    void accusationIsCodedAndTheAllegedActIsPossible() {
        List<Event> events = code("Police/police/NNS/2/nsubj accused/accuse/VBD/0/root the/the/DT/4/det "
                + "rebels/rebel/NNS/2/obj of/of/IN/6/mark attacking/attack/VBG/2/advcl the/the/DT/8/det "
                + "village/village/NN/6/obj ./././2/punct");
        Event accusation = only(events, "112");
        assertThat(accusation.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(targetText(accusation)).isEqualTo("the rebels");
        Event attack = only(events, "19");
        assertThat(attack.factuality()).isEqualTo(Factuality.POSSIBLE);
        assertThat(sourceText(attack)).isEqualTo("the rebels");
        assertThat(targetText(attack)).isEqualTo("the village");
    }

    @Test
    void allegedlyMakesItPossible() {
        Event e = only(code("Soldiers/soldier/NNS/3/nsubj allegedly/allegedly/RB/3/advmod killed/kill/VBD/0/root "
                + "two/two/CD/5/nummod civilians/civilian/NNS/3/obj ./././3/punct"), "18");
        assertThat(e.factuality()).isEqualTo(Factuality.POSSIBLE);
        assertThat(e.fatalities()).isEqualTo(2);
    }

    @Test
    void conditionalClauseIsPossible() {
        Event e = only(code("The/the/DT/2/det group/group/NN/4/nsubj will/will/MD/4/aux "
                + "retaliate/retaliate/VB/0/root if/if/IN/8/mark the/the/DT/7/det army/army/NN/8/nsubj "
                + "attacks/attack/VBZ/4/advcl the/the/DT/10/det town/town/NN/8/obj ./././4/punct"), "19");
        assertThat(e.factuality()).isEqualTo(Factuality.POSSIBLE);
    }

    @Test
    void willIsFuture() {
        Event e = only(code("The/the/DT/2/det army/army/NN/4/nsubj will/will/MD/4/aux attack/attack/VB/0/root "
                + "the/the/DT/6/det town/town/NN/4/obj ./././4/punct"), "19");
        assertThat(e.factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void threatIsCodedAsThreatAndTheThreatenedActIsFuture() {
        List<Event> events = code("Kataib/Kataib/NNP/2/compound/ORGANIZATION "
                + "Hezbollah/Hezbollah/NNP/3/nsubj/ORGANIZATION threatened/threaten/VBD/0/root to/to/TO/5/mark "
                + "attack/attack/VB/3/xcomp US/US/NNP/7/compound/COUNTRY forces/force/NNS/5/obj ./././3/punct");
        Event threat = only(events, "13");
        assertThat(threat.cameo()).isEqualTo("1384");
        assertThat(threat.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(sourceText(threat)).isEqualTo("Kataib Hezbollah");
        assertThat(targetText(threat)).isEqualTo("US forces");
        Event attack = only(events, "19");
        assertThat(attack.factuality()).isEqualTo(Factuality.FUTURE);
        assertThat(sourceText(attack)).isEqualTo("Kataib Hezbollah");
    }

    @Test
    void vowToStrikeIsAThreat() {
        List<Event> events = code("The/the/DT/2/det militia/militia/NN/3/nsubj vowed/vow/VBD/0/root "
                + "to/to/TO/5/mark strike/strike/VB/3/xcomp the/the/DT/7/det base/base/NN/5/obj ./././3/punct");
        assertThat(only(events, "13").cameo()).isEqualTo("1384");
        assertThat(only(events, "19").factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void demandThatForcesLeaveIsCodedAsDemandForDeEscalation() {
        List<Event> events = code("The/the/DT/2/det group/group/NN/3/nsubj demanded/demand/VBD/0/root "
                + "that/that/IN/7/mark US/US/NNP/6/compound/COUNTRY forces/force/NNS/7/nsubj leave/leave/VB/3/ccomp "
                + "Iraq/Iraq/NNP/7/obj/COUNTRY ./././3/punct");
        Event demand = only(events, "10");
        assertThat(demand.cameo()).isEqualTo("1056");
        assertThat(demand.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(sourceText(demand)).isEqualTo("The group");
        assertThat(targetText(demand)).isEqualTo("US forces");
        Event leave = only(events, "087");
        assertThat(leave.factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void adjectivesOfNominalTriggers() {
        Event possible = only(code("Officials/official/NNS/2/nsubj feared/fear/VBD/0/root a/a/DT/5/det "
                + "possible/possible/JJ/5/amod invasion/invasion/NN/2/obj ./././2/punct"), "19");
        assertThat(possible.factuality()).isEqualTo(Factuality.POSSIBLE);
        Event foiled = only(code("Police/police/NNS/2/nsubj described/describe/VBD/0/root the/the/DT/5/det "
                + "foiled/foiled/JJ/5/amod attack/attack/NN/2/obj ./././2/punct"), "19");
        assertThat(foiled.factuality()).isEqualTo(Factuality.NEGATED);
        Event planned = only(code("The/the/DT/3/det planned/planned/JJ/3/amod offensive/offensive/NN/4/nsubj "
                + "worried/worry/VBD/0/root residents/resident/NNS/4/obj ./././4/punct"), "19");
        assertThat(planned.factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void preventionNegatesThePreventedAct() {
        Event attack = only(code("The/the/DT/2/det army/army/NN/3/nsubj prevented/prevent/VBD/0/root "
                + "militants/militant/NNS/3/obj from/from/IN/6/mark attacking/attack/VBG/3/advcl the/the/DT/8/det "
                + "town/town/NN/6/obj ./././3/punct"), "19");
        assertThat(attack.factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(sourceText(attack)).isEqualTo("militants");
    }

    @Test
    void aBanIsCodedAndTheBannedProtestIsNegated() {
        List<Event> events = code("The/the/DT/2/det government/government/NN/3/nsubj banned/ban/VBD/0/root "
                + "protests/protest/NNS/3/obj ./././3/punct");
        assertThat(only(events, "172").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(only(events, "14").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void refusalToReleaseIsCodedByWhatIsRefused() {
        List<Event> events = code("The/the/DT/2/det group/group/NN/3/nsubj refused/refuse/VBD/0/root "
                + "to/to/TO/5/mark release/release/VB/3/xcomp the/the/DT/7/det hostages/hostage/NNS/5/obj "
                + "./././3/punct");
        Event refusal = only(events, "12");
        assertThat(refusal.cameo()).isEqualTo("1243");
        assertThat(refusal.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(only(events, "084").factuality()).isEqualTo(Factuality.NEGATED);
    }
}
