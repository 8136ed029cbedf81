package org.sitrep.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.codebook.Codebook;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.event.EventCoder;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;

/** The label file's invariants, the choice of the main event, and the fallbacks. */
class Case2021LabelsTest {
    static final Case2021Labels LABELS = Case2021Labels.load();
    static final Codebook BOOK = Codebook.load();

    @Test
    void twentyFiveAcledLabelsAndThirtyInAll() {
        assertThat(LABELS.acledLabels()).hasSize(25).contains("OTHER", "AIR_STRIKE", "PEACE_PROTEST");
        assertThat(LABELS.allLabels()).hasSize(30)
                .contains("MAN_MADE_DISASTER", "NATURAL_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB");
    }

    @Test
    void everyAcledSubEventTheMappingCanProduceHasALabel() {
        for (var rule : BOOK.acled().rules()) {
            if (rule.type() != null) {
                assertThat(LABELS.labelOf(rule.type().subEventType())).as(rule.type().subEventType()).isNotNull();
            }
        }
    }

    private static Event event(int sentence, int trigger, String cameo, AcledType acled, Factuality f) {
        var code = BOOK.cameo().get(cameo);
        return new Event("x", cameo, code.name(), code.quadClass(), code.goldstein(), null, acled, f,
                Actor.unresolved("a"), null, null, null, null, new Evidence("s", 0, 1, "t"), 0.7,
                new EventAnchor(sentence, trigger, null, null));
    }

    private static final AnnotatedArticle TWO_SENTENCES = article("m",
            "Militants/militant/NNS/2/nsubj attacked/attack/VBD/0/root the/the/DT/4/det base/base/NN/2/obj "
                    + "./././2/punct",
            "Police/police/NNS/2/nsubj said/say/VBD/0/root ./././2/punct");

    @Test
    void mainEventIsTheAssertedOneEarliestAndHighest() {
        Event threat = event(0, 1, "130", null, Factuality.ASSERTED);
        Event futureAttack = event(0, 1, "190", new AcledType("Battles", "Armed clash"), Factuality.FUTURE);
        Event strike = event(1, 1, "195", new AcledType("Explosions/Remote violence", "Air/drone strike"),
                Factuality.ASSERTED);
        CodedArticle coded = CodedArticle.of(TWO_SENTENCES).withEvents(List.of(futureAttack, strike, threat));
        assertThat(MainEvent.of(coded)).containsSame(threat);
        // the label comes from the first ranked event with an ACLED type: the asserted strike
        Case2021Labels.Prediction p = LABELS.predict(coded);
        assertThat(p.label()).isEqualTo("AIR_STRIKE");
        assertThat(p.event()).isSameAs(strike);
        assertThat(p.basis()).isEqualTo("acled");
    }

    @Test
    void withoutAcledEventsTheCameoFallbackThenTopicWordsThenNoLabel() {
        CodedArticle accusation = CodedArticle.of(TWO_SENTENCES)
                .withEvents(List.of(event(0, 1, "1121", null, Factuality.ASSERTED)));
        assertThat(LABELS.predict(accusation).label()).isEqualTo("ATTRIB");
        AnnotatedArticle flood = article("f", "A/a/DT/2/det flood/flood/NN/3/nsubj hit/hit/VBD/0/root "
                + "the/the/DT/5/det town/town/NN/3/obj ./././3/punct");
        CodedArticle coded = EventCoder.load().apply(CodedArticle.of(flood));
        assertThat(coded.events()).isEmpty();
        Case2021Labels.Prediction p = LABELS.predict(coded);
        assertThat(p.label()).isEqualTo("NATURAL_DISASTER");
        assertThat(p.basis()).isEqualTo("topic");
        CodedArticle nothing = CodedArticle.of(article("n", "Police/police/NNS/2/nsubj said/say/VBD/0/root "
                + "./././2/punct"));
        assertThat(LABELS.predict(nothing).label()).isEqualTo(Case2021Labels.ABSTAIN);
        assertThat(LABELS.allLabels()).doesNotContain(Case2021Labels.ABSTAIN);
    }
}
