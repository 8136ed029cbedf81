package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.event.EventCoderTest.code;
import static org.sitrep.event.EventCoderTest.sourceText;
import static org.sitrep.event.EventCoderTest.targetText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;

/**
 * Purpose infinitives, comma participles under a prevention verb, and the venue of a reciprocal act, on
 * hand-parsed sentences coded by the real event coder.
 */
class IntentAndVenueTest {

    private static Event only(List<Event> events, String cameoPrefix) {
        List<Event> matching = events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertThat(matching).as("events with code %s in %s", cameoPrefix, events).hasSize(1);
        return matching.get(0);
    }

    @Test
    void anActDoneToServeAnotherIsIntendedNotAsserted() {
        // "deployed troops to attack the town": advcl marked "to"
        List<Event> events = code("The/the/DT/2/det army/army/NN/3/nsubj deployed/deploy/VBD/0/root "
                + "troops/troop/NNS/3/obj to/to/TO/6/mark attack/attack/VB/3/advcl the/the/DT/8/det "
                + "town/town/NN/6/obj ./././3/punct");
        assertThat(only(events, "19").factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void anInfinitiveOnAPlainNounIsAPurposeButOnARankedNounAFact() {
        // "sent jets to attack the town": the parser hangs the infinitive on "jets" (acl)
        List<Event> sent = code("The/the/DT/2/det army/army/NN/3/nsubj sent/send/VBD/0/root jets/jet/NNS/3/obj "
                + "to/to/TO/6/mark attack/attack/VB/4/acl the/the/DT/8/det town/town/NN/6/obj ./././3/punct");
        assertThat(only(sent, "19").factuality()).isEqualTo(Factuality.FUTURE);
        // "the first group to attack the town" says the attack happened
        List<Event> first = code("The/the/DT/2/det militia/militia/NN/6/nsubj was/be/VBD/6/cop the/the/DT/6/det "
                + "first/first/JJ/6/amod group/group/NN/0/root to/to/TO/8/mark attack/attack/VB/6/acl "
                + "the/the/DT/10/det town/town/NN/8/obj ./././6/punct");
        assertThat(only(first, "19").factuality()).isEqualTo(Factuality.ASSERTED);
    }

    private static final String BARRED = "The/the/DT/2/det Treasury/Treasury/NNP/%d/nsubj %s"
            + "three/three/CD/%d/nummod banks/bank/NNS/%d/obj from/from/IN/%d/case transactions/transaction/NNS/%d/obl "
            + ",/,/,/%d/punct accusing/accuse/VBG/%d/advcl them/they/PRP/%d/obj of/of/IN/%d/mark "
            + "laundering/launder/VBG/%d/advcl money/money/NN/%d/obj ./././%d/punct";

    @Test
    void aCommaParticipleIsNotWhatAPreventionVerbPrevents() {
        // "barred three banks from transactions, accusing them of laundering money": the accusation is made
        List<Event> past = code(String.format(BARRED, 3, "barred/bar/VBD/0/root ", 5, 3, 7, 3, 3, 3, 9, 12, 9,
                12, 3));
        assertThat(only(past, "112").factuality()).isEqualTo(Factuality.ASSERTED);
        // the governor's own modality still carries: "will bar ..., accusing them" is not yet an accusation
        List<Event> future = code(String.format(BARRED, 4, "will/will/MD/4/aux bar/bar/VB/0/root ", 6, 4, 8, 4, 4,
                4, 10, 13, 10, 13, 4));
        assertThat(only(future, "112").factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void aReciprocalActsAtPhraseIsItsVenueAndTheSecondConjunctItsTarget() {
        Event talks = only(code("Chad/Chad/NNP/4/nsubj and/and/CC/3/cc Niger/Niger/NNP/1/conj held/hold/VBD/0/root "
                + "talks/talk/NNS/4/obj at/at/IN/8/case the/the/DT/8/det residence/residence/NN/5/nmod "
                + "./././4/punct"), "04");
        assertThat(sourceText(talks)).isEqualTo("Chad");
        assertThat(targetText(talks)).isEqualTo("Niger");
        // a violent act's "at" phrase is still its target
        Event fired = only(code("Soldiers/soldier/NNS/2/nsubj fired/fire/VBD/0/root at/at/IN/4/case "
                + "protesters/protester/NNS/2/obl ./././2/punct"), "1");
        assertThat(targetText(fired)).isEqualTo("protesters");
    }
}
