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

    @Test
    void aVerbalEventOtherThanAClaimOrSanctionIsNoEvidenceOfDiplomacy() {
        CodedArticle criticism = CodedArticle.of(TWO_SENTENCES)
                .withEvents(List.of(event(0, 1, "111", null, Factuality.ASSERTED)));
        assertThat(LABELS.predict(criticism).label()).isEqualTo(Case2021Labels.ABSTAIN);
        AnnotatedArticle storm = article("s", "The/the/DT/2/det storm/storm/NN/3/nsubj battered/batter/VBD/0/root "
                + "the/the/DT/5/det coast/coast/NN/3/obj ./././3/punct");
        CodedArticle battered = CodedArticle.of(storm)
                .withEvents(List.of(event(0, 2, "111", null, Factuality.ASSERTED)));
        assertThat(LABELS.predict(battered).label()).isEqualTo("NATURAL_DISASTER");
        CodedArticle sanction = CodedArticle.of(TWO_SENTENCES).withEvents(List.of(
                event(0, 1, "111", null, Factuality.ASSERTED), event(1, 1, "163", null, Factuality.ASSERTED)));
        assertThat(LABELS.predict(sanction).label()).isEqualTo("DIPLO");
    }
    private static Case2021Labels.Prediction predict(String... sentences) {
        return LABELS.predict(EventCoder.load().apply(CodedArticle.of(article("c", sentences))));
    }

    @Test
    void anArrestForSexualViolenceOrOrganisedCrimeIsLabelledByTheCrime() {
        assertThat(predict("Police/police/NNS/2/nsubj arrested/arrest/VBD/0/root a/a/DT/4/det man/man/NN/2/obj "
                + "./././2/punct").label()).isEqualTo("ARREST");
        Case2021Labels.Prediction robbery = predict("Police/police/NNS/2/nsubj arrested/arrest/VBD/0/root "
                + "a/a/DT/4/det man/man/NN/2/obj for/for/IN/6/case robbery/robbery/NN/2/obl ./././2/punct");
        assertThat(robbery.label()).isEqualTo("ORG_CRIME");
        assertThat(robbery.basis()).isEqualTo("crime");
        assertThat(predict("Police/police/NNS/2/nsubj arrested/arrest/VBD/0/root a/a/DT/4/det man/man/NN/2/obj "
                + "over/over/IN/7/case the/the/DT/7/det rape/rape/NN/2/obl of/of/IN/10/case a/a/DT/10/det "
                + "girl/girl/NN/7/nmod ./././2/punct").label()).isEqualTo("SEX_VIOL");
    }

    @Test
    void sanctionsOverAnAttackAreDiplomacy() {
        Case2021Labels.Prediction p = predict("The/the/DT/2/det EU/EU/NNP/3/nsubj imposed/impose/VBD/0/root "
                + "sanctions/sanction/NNS/3/obj over/over/IN/7/case the/the/DT/7/det attacks/attack/NNS/3/obl "
                + "./././3/punct");
        assertThat(p.label()).isEqualTo("DIPLO");
        assertThat(p.basis()).isEqualTo("main");
    }

    @Test
    void anExplosionWithNoWeaponInAnIndustrialSettingIsAnAccident() {
        String blasts = "The/the/DT/2/det blasts/blast/NNS/3/nsubj killed/kill/VBD/0/root ten/ten/CD/5/nummod "
                + "workers/worker/NNS/3/obj ./././3/punct";
        Case2021Labels.Prediction stored = predict(blasts, "Chemicals/chemical/NNS/3/nsubj:pass were/be/VBD/3/aux:pass "
                + "stored/store/VBN/0/root there/there/RB/3/advmod ./././3/punct");
        assertThat(stored.label()).isEqualTo("MAN_MADE_DISASTER");
        assertThat(stored.basis()).isEqualTo("accident");
        Case2021Labels.Prediction militants = predict(blasts, "Militants/militant/NNS/2/nsubj stored/store/VBD/0/root "
                + "chemicals/chemical/NNS/2/obj there/there/RB/2/advmod ./././2/punct");
        assertThat(militants.label()).isEqualTo("REM_EXPLOS");
    }

    @Test
    void withNoEventAWeaponWordGivesItsLabelAndBeatsAManMadeDisasterTopic() {
        Case2021Labels.Prediction p = predict("A/a/DT/3/det rocket-propelled/rocket-propelled/JJ/3/amod "
                + "grenade/grenade/NN/4/nsubj pierced/pierce/VBD/0/root his/he/PRP$/6/nmod:poss "
                + "foot/foot/NN/4/obj during/during/IN/8/case fire/fire/NN/4/obl ./././4/punct");
        assertThat(p.label()).isEqualTo("ART_MISS_ATTACK");
        assertThat(p.basis()).isEqualTo("instrument");
        assertThat(predict("A/a/DT/2/det fire/fire/NN/3/nsubj gutted/gut/VBD/0/root the/the/DT/5/det "
                + "market/market/NN/3/obj ./././3/punct").label()).isEqualTo("MAN_MADE_DISASTER");
    }

    @Test
    void mobViolenceIsTheStoredEventsOwnType() {
        Case2021Labels.Prediction p = predict("A/a/DT/2/det crowd/crowd/NN/3/nsubj attacked/attack/VBD/0/root "
                + "a/a/DT/5/det bus/bus/NN/3/obj ./././3/punct");
        assertThat(p.label()).isEqualTo("MOB_VIOL");
        assertThat(p.basis()).isEqualTo("acled");
        assertThat(p.event().acled().subEventType()).isEqualTo("Mob violence");
    }

    @Test
    void aBareAttackNounYieldsToAnyOtherAcledEvent() {
        String fled = "Residents/resident/NNS/2/nsubj fled/flee/VBD/0/root after/after/IN/4/case "
                + "attacks/attack/NNS/2/obl ./././2/punct";
        assertThat(predict(fled).label()).isEqualTo("ARMED_CLASH");
        assertThat(predict(fled, "Shops/shop/NNS/3/nsubj:pass were/be/VBD/3/aux:pass looted/loot/VBN/0/root "
                + "./././3/punct").label()).isEqualTo("PROPERTY_DISTRUCT");
    }
}
