package org.sitrep.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.event.EventCoder;

/** The event coder on real CoreNLP parses of sentences written for these tests: frames and factuality. */
class ParsedSentencesIT {
    private static final EventCoder CODER = EventCoder.load();

    private static List<Event> code(String text) {
        Article a = new Article("p", null, LocalDate.of(2021, 7, 8), null, null, "en", text, "test");
        return CODER.apply(CodedArticle.of(TestAnnotator.shared().apply(a))).events();
    }

    private static Event first(List<Event> events, String cameoPrefix) {
        return events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + cameoPrefix + " in " + events));
    }

    private static String text(org.sitrep.model.Actor a) {
        return a == null ? null : a.text();
    }

    @Test
    void activeClause() {
        Event e = first(code("Militants attacked an army checkpoint in the north on Monday."), "19");
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(text(e.source())).isEqualTo("Militants");
        assertThat(text(e.target())).isEqualTo("an army checkpoint");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.acled().subEventType()).isEqualTo("Armed clash");
    }

    @Test
    void passiveWithGunmenGivesUnknownSource() {
        Event e = first(code("The convoy was ambushed by gunmen near the border."), "19");
        assertThat(e.source()).isNull();
        assertThat(e.anchor().source().text()).isEqualTo("gunmen");
        assertThat(text(e.target())).isEqualTo("The convoy");
    }

    @Test
    void agentlessPassiveRocketFire() {
        List<Event> events = code("Rockets were fired at the airport overnight.");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("194");
        assertThat(e.source()).isNull();
        assertThat(text(e.target())).isEqualTo("the airport");
        assertThat(e.acled().subEventType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void lightVerbSuicideAttackWithFatalities() {
        List<Event> events = code("Insurgents carried out a suicide attack on a police station, killing 12 officers.");
        Event attack = first(events, "18");
        assertThat(attack.cameo()).isEqualTo("1831");
        assertThat(text(attack.source())).isEqualTo("Insurgents");
        assertThat(text(attack.target())).isEqualTo("a police station");
        assertThat(attack.fatalities()).isEqualTo(12);
        assertThat(attack.acled().subEventType()).isEqualTo("Suicide bomb");
        assertThat(attack.evidence().trigger()).isEqualTo("carried out a suicide attack");
    }

    @Test
    void nominalTriggerAsSubject() {
        List<Event> events = code("A roadside bomb killed three soldiers in Kandahar.");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("1833");
        assertThat(e.fatalities()).isEqualTo(3);
        assertThat(e.source()).isNull();
        assertThat(text(e.target())).isEqualTo("three soldiers");
        assertThat(e.acled().subEventType()).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void phrasalVerb() {
        Event e = first(code("Rebels blew up a railway bridge."), "18");
        assertThat(e.cameo()).isEqualTo("183");
        assertThat(text(e.source())).isEqualTo("Rebels");
    }

    @Test
    void tearGasAtProtesters() {
        Event e = first(code("Police fired tear gas at protesters in the capital."), "17");
        assertThat(e.cameo()).isEqualTo("175");
        assertThat(e.acled().subEventType()).isEqualTo("Protest with intervention");
        assertThat(text(e.target())).isEqualTo("protesters");
    }

    @Test
    void stagedProtest() {
        Event e = first(code("Thousands of workers staged a protest against the new tax."), "14");
        assertThat(e.cameo()).isEqualTo("141");
        assertThat(e.acled().subEventType()).isEqualTo("Peaceful protest");
    }

    @Test
    void denial() {
        List<Event> events = code("The group denied carrying out the bombing.");
        assertThat(first(events, "016").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(first(events, "18").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void threatAndFuture() {
        List<Event> events = code("The militia vowed to attack American forces.");
        Event threat = first(events, "13");
        assertThat(threat.cameo()).isEqualTo("1384");
        assertThat(threat.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(first(events, "19").factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void orderNotToShellIsNegated() {
        Event e = first(code("The commander ordered his troops not to shell the village."), "19");
        assertThat(e.factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void allegation() {
        List<Event> events = code("The government accused the rebels of abducting two aid workers.");
        assertThat(first(events, "112").factuality()).isEqualTo(Factuality.ASSERTED);
        Event kidnapping = first(events, "181");
        assertThat(kidnapping.factuality()).isEqualTo(Factuality.POSSIBLE);
        assertThat(text(kidnapping.source())).isEqualTo("the rebels");
    }

    @Test
    void naturalDisasterIsNoEvent() {
        assertThat(code("An earthquake killed 50 people in the mountains.")).isEmpty();
    }

    @Test
    void assassinationBySourceCountry() {
        Event e = first(code("The US assassinated the general in a drone strike near the airport."), "18");
        assertThat(e.cameo()).isEqualTo("186");
        assertThat(text(e.source())).isEqualTo("The US");
        assertThat(text(e.target())).isEqualTo("the general");
    }
}
