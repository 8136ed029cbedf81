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
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;

/** Coreference on hand-parsed sentences coded by the real event coder. */
class EventCoreferenceTest {
    static final EventCoder CODER = EventCoder.load();
    static final EventCoreference COREF = EventCoreference.load();

    static final String ATTACK = "Gunmen/gunman/NNS/2/nsubj attacked/attack/VBD/0/root a/a/DT/4/det "
            + "checkpoint/checkpoint/NN/2/obj ,/,/,/2/punct killing/kill/VBG/2/advcl two/two/CD/8/nummod "
            + "soldiers/soldier/NNS/6/obj and/and/CC/8/cc wounding/wound/VBG/8/acl three/three/CD/12/nummod "
            + "others/other/NNS/10/obj ./././2/punct";
    static final String CLAIM = "No/no/DT/2/det group/group/NN/3/nsubj claimed/claim/VBD/0/root "
            + "responsibility/responsibility/NN/3/obj for/for/IN/7/case the/the/DT/7/det attack/attack/NN/4/nmod "
            + "./././3/punct";
    static final String SIMILAR = "Militants/militant/NNS/4/nsubj have/have/VBP/4/aux have/have/VBN/4/aux "
            + "carried/carry/VBN/0/root out/out/RP/4/compound:prt similar/similar/JJ/7/amod raids/raid/NNS/4/obj "
            + "./././4/punct";

    static List<Event> coded(AnnotatedArticle a) {
        return CODER.apply(CodedArticle.of(a)).events();
    }

    @Test
    void anAttackAndTheKillingsAndWoundingsItCausedAreOneEventWithTheDeadCountedOnce() {
        AnnotatedArticle a = article("t", ATTACK);
        List<Event> before = coded(a);
        assertThat(before).extracting(Event::cameo).contains("190", "1823", "182");
        List<Event> after = COREF.resolve(before, a);
        assertThat(after).hasSize(1);
        Event e = after.get(0);
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.evidence().trigger()).isEqualTo("attacked");
        assertThat(e.fatalities()).isEqualTo(2);
        assertThat(e.target().text()).isEqualTo("a checkpoint");
        assertThat(e.mentions()).extracting(m -> m.trigger()).containsExactly("killing", "wounding");
    }

    @Test
    void theWoundingIsDoneByTheAttackersNotByTheDeadSoldiers() {
        List<Event> before = coded(article("t", ATTACK));
        Event wounding = before.stream().filter(e -> e.cameo().equals("182")).findFirst().orElseThrow();
        assertThat(wounding.source()).isNull(); // generic perpetrators give no source
        assertThat(wounding.anchor().source().text()).isEqualTo("Gunmen");
        assertThat(wounding.target().text()).isEqualTo("three others");
    }

    @Test
    void aRaidThatNamesNoDoerTakesTheDoerOfTheKillingItCaused() {
        // CoreNLP's parse (English models, the pipeline's settings)
        AnnotatedArticle a = article("t", "Fighters/fighter/NNS/7/nsubj of/of/IN/6/case the/the/DT/6/det "
                + "Allied/Allied/NNP/6/compound/ORGANIZATION Democratic/Democratic/NNP/6/compound/ORGANIZATION "
                + "Forces/Forces/NNPS/1/nmod/ORGANIZATION killed/kill/VBD/0/root 18/18/CD/9/nummod "
                + "villagers/villager/NNS/7/obj in/in/IN/13/case an/a/DT/13/det overnight/overnight/JJ/13/amod "
                + "raid/raid/NN/7/obl ./././7/punct");
        List<Event> before = coded(a);
        assertThat(before).anyMatch(e -> e.evidence().trigger().equals("raid") && e.source() == null);
        List<Event> after = COREF.resolve(before, a);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).evidence().trigger()).isEqualTo("raid");
        assertThat(after.get(0).source().text()).isEqualTo("Fighters of the Allied Democratic Forces");
    }

    @Test
    void aDefiniteEchoInALaterSentenceJoinsTheAttackItNames() {
        AnnotatedArticle a = article("t", ATTACK, CLAIM);
        List<Event> after = COREF.resolve(coded(a), a);
        List<Event> violent = after.stream().filter(e -> e.cameo().startsWith("1") && e.cameo().length() >= 3
                && (e.cameo().startsWith("18") || e.cameo().startsWith("19"))).toList();
        assertThat(violent).hasSize(1);
        assertThat(violent.get(0).mentions()).extracting(m -> m.trigger()).contains("attack");
        assertThat(after).anyMatch(e -> e.cameo().equals("015"));
    }

    @Test
    void genericPluralsAreNoOccurrence() {
        AnnotatedArticle a = article("t", SIMILAR);
        List<Event> before = coded(a);
        assertThat(before).isNotEmpty();
        assertThat(COREF.resolve(before, a)).isEmpty();
    }

    @Test
    void violenceAgainstAnAbstractionIsFigurative() {
        AnnotatedArticle a = article("t", "The/the/DT/2/det law/law/NN/5/nsubj is/be/VBZ/5/cop an/a/DT/5/det "
                + "attack/attack/NN/0/root on/on/IN/8/case press/press/NN/8/compound freedom/freedom/NN/5/nmod "
                + "./././5/punct");
        List<Event> before = coded(a);
        assertThat(before).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(COREF.resolve(before, a)).noneMatch(e -> e.cameo().startsWith("19"));
    }

    @Test
    void attacksOnDifferentDaysOrFarApartStayApart() {
        AnnotatedArticle a = article("t", ATTACK, CLAIM);
        List<Event> before = coded(a);
        List<Event> dated = new ArrayList<>();
        for (Event e : before) {
            boolean second = e.anchor().sentence() == 1;
            dated.add(e.withDate(EventDate.day(LocalDate.of(2024, 3, second ? 20 : 13), null)));
        }
        assertThat(COREF.resolve(dated, a).stream().filter(e -> e.cameo().startsWith("19")).count()).isEqualTo(2);
        List<Event> placed = new ArrayList<>();
        for (Event e : before) {
            boolean second = e.anchor().sentence() == 1;
            placed.add(e.withLocation(second ? place("Basra", 30.5, 47.8) : place("Mosul", 36.34, 43.13)));
        }
        assertThat(COREF.resolve(placed, a).stream().filter(e -> e.cameo().startsWith("19")).count()).isEqualTo(2);
    }

    @Test
    void twoMeansOfAttackAreTwoAttacks() {
        AnnotatedArticle a = article("t", ATTACK, CLAIM);
        List<Event> before = coded(a);
        List<Event> recoded = new ArrayList<>();
        for (Event e : before) {
            String code = e.cameo().equals("190") ? "194" : e.cameo().equals("190") ? "195" : e.cameo();
            if (e.anchor().sentence() == 1 && e.cameo().startsWith("19")) {
                code = "195";
            }
            recoded.add(new Event(e.id(), code, e.cameoName(), e.quadClass(), e.goldstein(), e.plover(), e.acled(),
                    e.factuality(), e.source(), e.target(), e.date(), e.location(), e.fatalities(), e.evidence(),
                    e.confidence(), e.anchor()));
        }
        assertThat(COREF.resolve(recoded, a).stream().filter(e -> e.cameo().startsWith("19")).count()).isEqualTo(2);
    }

    @Test
    void mergedEventsTakeTheNarrowestDateAndTheFinestPlace() {
        AnnotatedArticle a = article("t", ATTACK, CLAIM);
        List<Event> events = new ArrayList<>();
        for (Event e : coded(a)) {
            boolean second = e.anchor().sentence() == 1;
            events.add(e.withDate(second ? EventDate.day(LocalDate.of(2024, 3, 13), "Wednesday")
                    : new EventDate(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 17), DatePrecision.WEEK, null))
                    .withLocation(second ? place("Mosul", 36.34, 43.13) : null));
        }
        Event attack = COREF.resolve(events, a).stream().filter(e -> e.cameo().equals("190")).findFirst().orElseThrow();
        assertThat(attack.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(attack.location().name()).isEqualTo("Mosul");
    }

    @Test
    void resolvedActorsThatDifferKeepEventsApart() {
        AnnotatedArticle a = article("t", ATTACK, CLAIM);
        List<Event> events = new ArrayList<>();
        for (Event e : coded(a)) {
            if (e.anchor().sentence() == 0 && e.cameo().equals("190")) {
                e = e.withActors(new Actor("Gunmen", null, "IRQREB", "IRQ", "REB", null), e.target());
            } else if (e.anchor().sentence() == 1 && e.cameo().startsWith("19")) {
                e = e.withActors(new Actor("the army", null, "IRQMIL", "IRQ", "MIL", null), e.target());
            }
            events.add(e);
        }
        assertThat(COREF.resolve(events, a).stream().filter(e -> e.cameo().startsWith("19")).count()).isEqualTo(2);
    }

    @Test
    void aKillingLinkedToItsAttackJoinsItThoughDatedApart() {
        AnnotatedArticle a = article("t", ATTACK);
        List<Event> events = new ArrayList<>();
        for (Event e : coded(a)) {
            events.add(e.withDate(EventDate.day(LocalDate.of(2024, 3, e.cameo().equals("190") ? 14 : 13), null)));
        }
        assertThat(COREF.resolve(events, a)).hasSize(1);
    }

    static Location place(String name, double lat, double lon) {
        return new Location(name, name, null, lat, lon, "IRQ", null, LocationPrecision.CITY);
    }
}
