package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;
import org.sitrep.testing.ActorSentences;
import org.sitrep.model.Actor;

class ActorResolverTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = ActorResolver.load();
    }

    private static Argument argument(Sentence s, int head, int start, int end) {
        return new Argument(s.index(), head, start, end, s.span(start, end));
    }

    private static Event event(Sentence s, int trigger, Argument source, Argument target) {
        return new Event("test-e" + trigger, "190", null, 4, -10, null, null, Factuality.ASSERTED,
                source == null ? null : Actor.unresolved(source.text()),
                target == null ? null : Actor.unresolved(target.text()), null, null, null,
                new Evidence(s.text(), s.start(), s.end(), s.token(trigger).word()), 0.8,
                new EventAnchor(s.index(), trigger, source, target));
    }

    @Test
    void resolvesSourceAndTargetFromTheAnchor() {
        AnnotatedArticle a = ActorSentences.article("The US military struck Kataib Hezbollah positions near Baghdad.",
                "The|DT|O|3|det US|NNP|COUNTRY|3|compound military|NN|O|4|nsubj struck|VBD|O|0|root|strike "
                        + "Kataib|NNP|ORGANIZATION|7|compound Hezbollah|NNP|ORGANIZATION|7|compound "
                        + "positions|NNS|O|4|obj near|IN|O|9|case Baghdad|NNP|CITY|4|obl:near .|.|O|4|punct");
        Sentence s = a.sentences().get(0);
        Event e = event(s, 3, argument(s, 2, 0, 3), argument(s, 6, 4, 7));
        CodedArticle out = resolver.apply(CodedArticle.of(a).withEvents(List.of(e)));
        Event r = out.events().get(0);
        assertThat(r.source().code()).isEqualTo("USAMIL");
        assertThat(r.source().text()).isEqualTo("The US military");
        assertThat(r.target().code()).isEqualTo("IRQREB");
        assertThat(r.target().name()).isEqualTo("Kataib Hezbollah");
        assertThat(resolver.name()).isEqualTo("actors");
    }

    @Test
    void keepsEventsWithoutAnchorAsTheyAre() {
        AnnotatedArticle a = ActorSentences.article("Protesters marched.",
                "Protesters|NNS|O|2|nsubj marched|VBD|O|0|root|march .|.|O|2|punct");
        Sentence s = a.sentences().get(0);
        Event plain = new Event("test-e1", "141", null, 3, -6.5, null, null, Factuality.ASSERTED,
                Actor.unresolved("Protesters"), null, null, null, null,
                new Evidence(s.text(), s.start(), s.end(), "marched"), 0.8, null);
        Event r = resolver.apply(CodedArticle.of(a).withEvents(List.of(plain))).events().get(0);
        assertThat(r.source()).isEqualTo(Actor.unresolved("Protesters"));
    }
    @Test
    void anAnchorOutsideTheAnnotationLeavesTheActorUnresolvedInsteadOfFailing() {
        AnnotatedArticle a = ActorSentences.article("Protesters marched.",
                "Protesters|NNS|O|2|nsubj marched|VBD|O|0|root|march .|.|O|2|punct");
        Sentence s = a.sentences().get(0);
        Argument stray = new Argument(5, 9, 8, 10, "Protesters");
        Event e = new Event("test-e1", "141", null, 3, -6.5, null, null, Factuality.ASSERTED,
                Actor.unresolved("Protesters"), null, null, null, null,
                new Evidence(s.text(), s.start(), s.end(), "marched"), 0.8, new EventAnchor(5, 9, stray, null));
        Event r = resolver.apply(CodedArticle.of(a).withEvents(List.of(e))).events().get(0);
        assertThat(r.source()).isEqualTo(Actor.unresolved("Protesters"));
        assertThat(r.target()).isNull();
    }

    /** The source of an event noun without one, in a sentence parsed by CoreNLP, or null. */
    private static Actor sourceOfNoun(String text, String parse, int trigger) {
        AnnotatedArticle a = ActorSentences.article(text, parse);
        Sentence s = a.sentences().get(0);
        Event e = event(s, trigger, null, null);
        return resolver.apply(CodedArticle.of(a).withEvents(List.of(e))).events().get(0).source();
    }

    @Test
    void whoAnnouncesOrAdoptsAnActIsItsSource() {
        Actor junta = sourceOfNoun("Myanmar's military government announced a temporary ceasefire on Wednesday.",
                "Myanmar|NNP|COUNTRY|4|nmod:poss 's|POS|O|1|case military|JJ|O|4|amod government|NN|O|5|nsubj "
                        + "announced|VBD|O|0|root|announce a|DT|O|8|det temporary|JJ|O|8|amod ceasefire|NN|O|5|obj "
                        + "on|IN|O|10|case Wednesday|NNP|DATE|5|obl .|.|O|5|punct", 7);
        assertThat(junta.code()).isEqualTo("MMRGOV");
        Actor eu = sourceOfNoun("European Union governments adopted a new package of sanctions against Russia.",
                "European|NNP|ORGANIZATION|2|compound Union|NNP|ORGANIZATION|3|compound governments|NNS|O|4|nsubj|government "
                        + "adopted|VBD|O|0|root|adopt a|DT|O|7|det new|JJ|O|7|amod package|NN|O|4|obj of|IN|O|9|case "
                        + "sanctions|NNS|O|7|nmod|sanction against|IN|O|11|case Russia|NNP|COUNTRY|9|nmod .|.|O|4|punct", 8);
        assertThat(eu.code()).isEqualTo("IGOEUR");
        assertThat(eu.text()).isEqualTo("European Union governments");
    }

    @Test
    void whoCondemnsAnActIsNotItsSource() {
        Actor none = sourceOfNoun("Venezuela condemned the deployment of American warships.",
                "Venezuela|NNP|COUNTRY|2|nsubj condemned|VBD|O|0|root|condemn the|DT|O|4|det deployment|NN|O|2|obj "
                        + "of|IN|O|7|case American|JJ|NATIONALITY|7|amod warships|NNS|O|4|nmod|warship .|.|O|2|punct", 3);
        assertThat(none).isNull();
    }
}
