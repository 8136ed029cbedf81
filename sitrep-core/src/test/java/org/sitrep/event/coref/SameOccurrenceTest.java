package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.event.EventCoder;
import org.sitrep.model.Actor;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;

/**
 * Mentions that name an occurrence again without pointing back at it, on hand-parsed sentences coded by the real
 * event coder: they join the one earlier occurrence they can be, and stay apart when there are two.
 */
class SameOccurrenceTest {
    static final EventCoder CODER = EventCoder.load();
    static final EventCoreference COREF = EventCoreference.load();

    static final String FIRED = "Police/police/NNS/2/nsubj fired/fire/VBD/0/root tear/tear/NN/4/compound "
            + "gas/gas/NN/2/obj at/at/IN/6/case protesters/protester/NNS/2/obl ./././2/punct";
    static final String SHOT = "Four/four/CD/2/nummod people/people/NNS/4/nsubj:pass were/be/VBD/4/aux:pass "
            + "shot/shoot/VBN/0/root dead/dead/JJ/4/xcomp ./././4/punct";
    static final String RETALIATED = "Gunmen/gunman/NNS/2/nsubj attacked/attack/VBD/0/root a/a/DT/4/det "
            + "checkpoint/checkpoint/NN/2/obj and/and/CC/7/cc soldiers/soldier/NNS/7/nsubj "
            + "retaliated/retaliate/VBD/2/conj ,/,/,/7/punct killing/kill/VBG/7/advcl five/five/CD/9/obj "
            + "./././2/punct";

    static List<Event> coded(AnnotatedArticle a, int... days) {
        List<Event> out = new ArrayList<>();
        for (Event e : CODER.apply(CodedArticle.of(a)).events()) {
            int day = days[Math.min(e.anchor().sentence(), days.length - 1)];
            out.add(e.withDate(EventDate.day(LocalDate.of(2025, 7, day), "Monday")));
        }
        return out;
    }

    static List<Event> violence(List<Event> events) {
        return events.stream().filter(e -> e.cameo().startsWith("17") || e.cameo().startsWith("18")
                || e.cameo().startsWith("19")).toList();
    }

    @Test
    void aTollWithNoDoerIsTheFatalitiesOfTheOneRepressionThatDay() {
        AnnotatedArticle a = article("t", FIRED, SHOT);
        List<Event> before = coded(a, 7, 7);
        assertThat(before).extracting(Event::cameo).contains("175");
        assertThat(violence(before)).hasSize(2);
        List<Event> after = violence(COREF.resolve(before, a));
        assertThat(after).hasSize(1);
        Event e = after.get(0);
        assertThat(e.cameo()).as("the act, not its toll, names the event").isEqualTo("175");
        assertThat(e.evidence().trigger()).isEqualTo("fired");
        assertThat(e.mentions()).extracting(m -> m.trigger()).contains("shot");
    }

    @Test
    void aTollOnAnotherDayIsAnotherOccurrence() {
        AnnotatedArticle a = article("t", FIRED, SHOT);
        assertThat(violence(COREF.resolve(coded(a, 7, 9), a))).hasSize(2);
    }

    @Test
    void aTollThatCouldBeEitherOfTwoOccurrencesStaysApart() {
        // the attack not in the lede, so the lede's broad attack does not take the shooting as told again
        AnnotatedArticle a = article("t", FIRED, EventCoreferenceTest.ATTACK, SHOT);
        List<Event> after = violence(COREF.resolve(coded(a, 7, 7, 7), a));
        assertThat(after).extracting(e -> e.evidence().trigger()).contains("attacked", "fired", "shot");
    }

    @Test
    void aRetaliationsTollIsNotTheAttacksFatalities() {
        AnnotatedArticle a = article("t", RETALIATED);
        List<Event> before = coded(a, 7);
        assertThat(before).extracting(e -> e.evidence().trigger()).contains("attacked", "killing");
        Event attack = COREF.resolve(before, a).stream().filter(e -> e.evidence().trigger().equals("attacked"))
                .findFirst().orElseThrow();
        assertThat(attack.fatalities()).isNull();
        assertThat(attack.mentions()).extracting(m -> m.trigger()).doesNotContain("killing");
    }

    @Test
    void oneCountrysPoliceAndSoldiersMayBeTheSameMenButNotItsGovernment() {
        Actor police = new Actor("Police", "Nepal police", "NPLCOP", "NPL", "COP", null);
        Actor officers = new Actor("officers", "Nepal military", "NPLMIL", "NPL", "MIL", null);
        Actor government = new Actor("The government", "Nepal government", "NPLGOV", "NPL", "GOV", null);
        Actor indianPolice = new Actor("Indian police", "India police", "INDCOP", "IND", "COP", null);
        assertThat(Compatibility.actors(police, officers)).isTrue();
        assertThat(Compatibility.actors(police, government)).isFalse();
        assertThat(Compatibility.actors(police, indianPolice)).isFalse();
    }
}
