package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Arguments carried through clauses the parser attached wrongly. */
class ArgumentRepairTest {
    @Test
    void anInfinitiveRightAfterAVerbTakesThatVerbsSubjectWhereverTheParserHungIt() {
        List<Event> events = EventCoderTest.code("the/the/DT/2/det Parliament/Parliament/NNP/3/nsubj/ORGANIZATION "
                + "decided/decide/VBD/0/root to/to/TO/5/mark expel/expel/VB/10/csubj US/US/NNP/7/compound "
                + "forces/force/NNS/5/obj ,/,/,/5/punct it/it/PRP/10/nsubj stands/stand/VBZ/3/ccomp ./././3/punct");
        Event expel = events.stream().filter(e -> e.evidence().trigger().equals("expel")).findFirst().orElseThrow();
        assertThat(EventCoderTest.sourceText(expel)).isEqualTo("the Parliament");
        assertThat(EventCoderTest.targetText(expel)).isEqualTo("US forces");
    }

    @Test
    void aParticipleCoordinatedWithAnotherSharesItsAgentThoughParsedAsAModifier() {
        List<Event> events = EventCoderTest.code("Rebels/rebel/NNS/2/nsubj raided/raid/VBD/0/root the/the/DT/4/det "
                + "town/town/NN/2/obj ,/,/,/2/punct killing/kill/VBG/2/advcl two/two/CD/8/nummod "
                + "soldiers/soldier/NNS/6/obj and/and/CC/8/cc wounding/wound/VBG/8/acl three/three/CD/12/nummod "
                + "others/other/NNS/10/obj ./././2/punct");
        Event wounding = events.stream().filter(e -> e.evidence().trigger().equals("wounding")).findFirst()
                .orElseThrow();
        assertThat(EventCoderTest.sourceText(wounding)).isEqualTo("Rebels");
    }
}
