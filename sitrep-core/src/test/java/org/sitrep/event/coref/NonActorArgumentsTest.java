package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.Actor;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;

/** Sources and targets that are no actors, on hand-parsed sentences. */
class NonActorArgumentsTest {
    static final NonActorArguments ARGS = new NonActorArguments(CorefLexicon.load());
    static final Actor ARMY = new Actor("The army", null, "BFAMIL", "BFA", "MIL", null);

    static final String SAID = "The/the/DT/2/det army/army/NN/3/nsubj said/say/VBD/0/root its/its/PRP$/5/nmod:poss "
            + "aircraft/aircraft/NN/7/nsubj later/later/RB/7/advmod struck/strike/VBD/3/ccomp the/the/DT/9/det "
            + "positions/position/NNS/7/obj ./././3/punct";
    static final String RELATIVE = "Fighters/fighter/NNS/6/nsubj who/who/WP/3/nsubj attacked/attack/VBD/1/acl:relcl "
            + "the/the/DT/5/det base/base/NN/3/obj fled/flee/VBD/0/root ./././6/punct";

    static Event event(int sentence, int trigger, Argument source, Actor actor) {
        return new Event("t-e1", "190", "x", 4, -10, null, null, Factuality.ASSERTED, actor, null, null, null, null,
                new Evidence("s", 0, 1, "x"), 0.8, new EventAnchor(sentence, trigger, source, null));
    }

    @Test
    void determinersAndParticiplesAreNoActors() {
        AnnotatedArticle a = article("t", SAID);
        assertThat(ARGS.clean(Actor.unresolved("led"), null, List.of(), a)).isNull();
        assertThat(ARGS.clean(Actor.unresolved("A"), null, List.of(), a)).isNull();
        assertThat(ARGS.clean(Actor.unresolved("the occupation"), null, List.of(), a)).isNull();
        assertThat(ARGS.clean(Actor.unresolved("the occupation army"), null, List.of(), a).text())
                .isEqualTo("the occupation army");
        assertThat(ARGS.clean(Actor.unresolved("US"), null, List.of(), a).text()).isEqualTo("US");
    }

    @Test
    void aPossessivePronounInAReportedClauseIsTheReporter() {
        AnnotatedArticle a = article("t", SAID);
        Argument its = new Argument(0, 3, 3, 4, "its");
        Event reporter = event(0, 2, new Argument(0, 1, 0, 2, "The army"), ARMY);
        assertThat(ARGS.clean(Actor.unresolved("its"), its, List.of(reporter), a)).isEqualTo(ARMY);
        assertThat(ARGS.clean(Actor.unresolved("its"), its, List.of(), a)).isNull();
    }

    @Test
    void aRelativeIsTheNounItsClauseModifies() {
        AnnotatedArticle a = article("t", RELATIVE);
        Argument who = new Argument(0, 1, 1, 2, "who");
        Actor fighters = new Actor("Fighters", null, "SOMREB", "SOM", "REB", null);
        Event other = event(0, 5, new Argument(0, 0, 0, 1, "Fighters"), fighters);
        assertThat(NonActorArguments.antecedent(a.sentences().get(0), 1)).isEqualTo(0);
        assertThat(ARGS.clean(Actor.unresolved("who"), who, List.of(other), a)).isEqualTo(fighters);
    }

    @Test
    void aSiteNamedBeforeANominalTriggerIsItsTarget() {
        AnnotatedArticle a = article("t", "They/they/PRP/2/nsubj ended/end/VBD/0/root the/the/DT/5/det "
                + "embassy/embassy/NN/5/compound siege/siege/NN/2/obj ./././2/punct");
        assertThat(ARGS.siteTarget(a.sentences().get(0), 4).text()).isEqualTo("embassy");
        assertThat(ARGS.siteTarget(a.sentences().get(0), 1)).isNull();
    }

    @Test
    void aDefiniteDescriptionTakesTheActorNamedBeforeWithTheSameNoun() {
        Actor embassy = new Actor("the US embassy", "US embassy", "USAGOV", "USA", "GOV", null);
        Event earlier = event(0, 4, new Argument(0, 2, 0, 3, "the US embassy"), embassy);
        Event later = event(3, 4, new Argument(3, 2, 0, 3, "the Kenyan embassy"),
                new Actor("the Kenyan embassy", null, "KENGOV", "KEN", "GOV", null));
        Actor resolved = NonActorArguments.named(Actor.unresolved("the embassy"), 2, 5, List.of(earlier, later));
        assertThat(resolved.code()).isEqualTo("USAGOV");
        assertThat(resolved.text()).isEqualTo("the embassy");
        assertThat(NonActorArguments.named(Actor.unresolved("embassy"), 4, 0, List.of(earlier, later)).code())
                .isEqualTo("KENGOV");
        // nothing named before, another noun, or a name: left as it is
        assertThat(NonActorArguments.named(Actor.unresolved("the embassy"), 0, 0, List.of(earlier)).isResolved())
                .isFalse();
        assertThat(NonActorArguments.named(Actor.unresolved("the ministry"), 2, 0, List.of(earlier)).isResolved())
                .isFalse();
        assertThat(NonActorArguments.named(Actor.unresolved("Embassy"), 2, 0, List.of(earlier)).isResolved())
                .isFalse();
    }

    @Test
    void aDatelineTakenForTheSubjectIsNoSource() {
        AnnotatedArticle a = article("t", "KYIV/KYIV/NNP/5/nsubj/CITY ,/,/,/1/punct Feb/Feb/NNP/1/appos "
                + "3/3/CD/3/nummod hit/hit/VBD/0/root a/a/DT/7/det building/building/NN/5/obj ./././5/punct");
        Argument kyiv = new Argument(0, 0, 0, 4, "KYIV, Feb 3");
        Event e = event(0, 4, kyiv, new Actor("KYIV, Feb 3", "Kyiv", "UKRGOV", "UKR", "GOV", null));
        assertThat(NonActorArguments.dateline(kyiv, a)).isTrue();
        assertThat(ARGS.clean(e, List.of(e), a).source()).isNull();
        AnnotatedArticle plain = article("t", "Rebels/rebel/NNS/2/nsubj hit/hit/VBD/0/root a/a/DT/4/det "
                + "building/building/NN/2/obj ./././2/punct");
        assertThat(NonActorArguments.dateline(new Argument(0, 0, 0, 1, "Rebels"), plain)).isFalse();
    }
}
