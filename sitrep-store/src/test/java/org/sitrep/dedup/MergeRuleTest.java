package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.StoreFixtures.IRAQ_ARMY;
import static org.sitrep.store.StoreFixtures.KH;
import static org.sitrep.store.StoreFixtures.US_EMBASSY;
import static org.sitrep.store.StoreFixtures.attack;
import static org.sitrep.store.StoreFixtures.baghdad;
import static org.sitrep.store.StoreFixtures.protest;
import static org.sitrep.store.StoreFixtures.sheikhOmar;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.store.GeoSql;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class MergeRuleTest {
    /** Actors only this test needs. */
    private static final class StoreFixturesActors {
        static final Actor ISIS = new Actor("Islamic State", "Islamic State", "IMGSEPISI", null, "REB", null);
    }

    private static final LocalDate DAY = LocalDate.of(2021, 7, 8);
    private final MergeRule rule = MergeRule.standard();

    private static double km(Event a, Event b) {
        return GeoSql.haversineKm(a.location().lat(), a.location().lon(), b.location().lat(), b.location().lon());
    }

    @Test
    void sameAttackInTheSameCityADayApartMerges() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), 2, "Rockets hit Baghdad.");
        Event b = attack("b-e0", KH, null, DAY.plusDays(1), sheikhOmar(), 3, "Rockets hit Sheikh Omar.");
        assertThat(km(a, b)).isBetween(1.0, 3.0);
        assertThat(rule.score(a, b, km(a, b))).isPresent();
    }

    @Test
    void distantCitiesDifferentFamiliesFactualityOrDatesDoNotMerge() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        Location mosul = new Location("Mosul", "Mosul", 99072L, 36.335, 43.119, "IRQ", "Nineveh", LocationPrecision.CITY);
        Event far = attack("b-e0", KH, US_EMBASSY, DAY, mosul, null, "Rockets hit Mosul.");
        assertThat(km(a, far)).isGreaterThan(300);
        assertThat(rule.score(a, far, km(a, far))).isEmpty();

        Event rally = protest("c-e0", DAY, baghdad(), "Crowds rallied in Baghdad.");
        assertThat(rule.score(a, rally, 0.0)).isEmpty();

        Event threatened = withFactuality(attack("d-e0", KH, US_EMBASSY, DAY, baghdad(), null, "They may strike."),
                Factuality.FUTURE);
        assertThat(rule.score(a, threatened, 0.0)).isEmpty();

        Event weekLater = attack("e-e0", KH, US_EMBASSY, DAY.plusDays(5), baghdad(), null, "Rockets hit Baghdad again.");
        assertThat(rule.score(a, weekLater, 0.0)).isEmpty();
    }

    @Test
    void contradictingActorsDoNotMergeButACountryCodeIsCompatibleWithItsRoles() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        Actor isis = new Actor("Islamic State", "Islamic State", "IMGSEPISI", null, "REB", null);
        Event other = attack("b-e0", isis, US_EMBASSY, DAY, baghdad(), null, "IS fighters shelled Baghdad.");
        assertThat(rule.score(a, other, 0.0)).isEmpty();

        Actor iraqi = new Actor("Iraqi gunmen", null, "IRQ", "IRQ", null, null);
        Event vague = attack("c-e0", iraqi, US_EMBASSY, DAY, baghdad(), null, "Iraqi gunmen fired at the embassy.");
        assertThat(rule.score(a, vague, 0.0)).isPresent();
    }

    @Test
    void withoutAPlaceBothActorsMustAgree() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, null, null, "KH fired at the embassy.");
        Event both = attack("b-e0", KH, US_EMBASSY, DAY, null, null, "The embassy came under KH fire.");
        Event oneSide = attack("c-e0", KH, null, DAY, null, null, "KH fired rockets.");
        assertThat(rule.score(a, both, null)).isPresent();
        assertThat(rule.score(a, oneSide, null)).isEmpty();
    }

    @Test
    void fightsMayNameTheSidesTheOtherWayRound() {
        Event clash = new Event("a-e0", "190", "Use conventional military force", 4, -10, "FIGHT", null,
                Factuality.ASSERTED, KH, IRAQ_ARMY, EventDate.day(DAY, "Thursday"), baghdad(), null,
                new org.sitrep.model.Evidence("KH clashed with the army.", 0, 25, "clashed"), 0.8, null);
        Event mirrored = clash.withActors(IRAQ_ARMY, KH);
        assertThat(rule.score(clash, mirrored, 0.0)).isPresent();
        Event oneWay = attack("b-e0", KH, IRAQ_ARMY, DAY, baghdad(), null, "KH attacked the army.");
        Event otherWay = attack("c-e0", IRAQ_ARMY, KH, DAY, baghdad(), null, "The army attacked KH.");
        assertThat(rule.score(oneWay, otherWay, 0.0)).as("assault is not symmetric").isEmpty();
        Event thirdParty = clash.withActors(StoreFixturesActors.ISIS, null);
        Event armyOnly = clash.withActors(IRAQ_ARMY, null);
        assertThat(rule.compatible(armyOnly, thirdParty, 0.0))
                .as("a swap that agrees on no side does not excuse different sources").isFalse();
    }

    @Test
    void aPublicationDayDateReachesBackAFewDaysAndYearDatesNeverMerge() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        Event late = attack("b-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.")
                .withDate(EventDate.unknownAround(DAY.plusDays(3)));
        assertThat(rule.score(a, late, 0.0)).isPresent();
        Event year = a.withDate(new EventDate(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), DatePrecision.YEAR, "2021"));
        assertThat(rule.score(a, year, 0.0)).isEmpty();
    }

    @Test
    void betterAgreementScoresHigher() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        Event close = attack("b-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        Event looser = attack("c-e0", KH, null, DAY, baghdad(), null, "Rockets hit Baghdad.");
        assertThat(rule.score(a, close, 0.0).getAsDouble()).isGreaterThan(rule.score(a, looser, 20.0).getAsDouble());
    }

    private static Location inferred(Location l) {
        return new Location(null, l.name(), l.geonamesId(), l.lat(), l.lon(), l.country(), l.admin1(), l.precision());
    }

    @Test
    void aPlaceTheStoryOnlyImpliesIsWeakerThanOneTheClauseStates() {
        Event a = attack("a-e0", null, null, DAY, baghdad(), null, "A blast hit Baghdad.");
        Event stated = attack("b-e0", null, null, DAY, baghdad(), null, "An explosion struck Baghdad.");
        Event implied = attack("c-e0", null, null, DAY, inferred(baghdad()), null, "An explosion struck.");
        assertThat(rule.score(a, stated, 0.0)).as("two stated places in one city, same day").isPresent();
        MergeRule.Judgement weak = rule.explain(a, implied, 0.0);
        assertThat(weak.merges()).isFalse();
        assertThat(weak.contradicts()).isFalse();
        assertThat(weak.reason()).contains("inferred (+1)");
        Event impliedWithTarget = attack("d-e0", null, US_EMBASSY, DAY, inferred(baghdad()), null, "It hit the embassy.");
        Event aWithTarget = attack("e-e0", null, US_EMBASSY, DAY, baghdad(), null, "Rockets hit the embassy in Baghdad.");
        assertThat(rule.score(aWithTarget, impliedWithTarget, 0.0)).as("an implied place plus one agreeing side")
                .isPresent();
    }

    @Test
    void unresolvedActorsAgreeByTheKindOfThingTheyName() {
        Actor market = Actor.unresolved("a crowded market");
        Actor theMarket = Actor.unresolved("the Hamar Weyne market");
        Actor school = Actor.unresolved("a school");
        Actor they = Actor.unresolved("They");
        Location here = inferred(baghdad());
        Event a = attack("a-e0", null, market, DAY, here, null, "A bomb hit a crowded market.");
        assertThat(rule.score(a, attack("b-e0", null, theMarket, DAY, here, null, "The market was hit."), 0.0))
                .isPresent();
        assertThat(rule.score(a, attack("c-e0", null, school, DAY, here, null, "A school was hit."), 0.0)).isEmpty();
        assertThat(rule.score(attack("d-e0", null, they, DAY, here, null, "They were hit."),
                attack("e-e0", null, they, DAY, here, null, "They were hit."), 0.0))
                .as("pronouns say nothing about who").isEmpty();
        assertThat(MergeRule.headNoun("the outskirts of Idlib city")).isEqualTo("outskirt");
        assertThat(MergeRule.headNoun("two Policemen")).isEqualTo("policemen");
    }

    @Test
    void oneStatesSecurityForcesUnderTwoRolesAndARoleWithoutCountryDoNotContradict() {
        Actor police = new Actor("Ethiopian police", "Ethiopia", "ETHCOP", "ETH", "COP", null);
        Actor officers = new Actor("Security officers", "Ethiopia", "ETHMIL", "ETH", "MIL", null);
        Actor rebels = new Actor("rebels", "Ethiopia", "ETHREB", "ETH", "REB", null);
        Actor anyPolice = new Actor("Police", null, "COP", null, "COP", null);
        Actor activist = new Actor("the activist", "Ethiopia", "ETHOPP", "ETH", "OPP", null);
        Event a = attack("a-e0", police, activist, DAY, baghdad(), null, "Police arrested the activist.");
        Event b = attack("b-e0", officers, activist, DAY, baghdad(), null, "Officers detained the activist.");
        assertThat(rule.explain(a, b, 0.0).reason()).contains("agree on 1 side");
        assertThat(rule.score(a, b, 0.0)).isPresent();
        Event c = attack("c-e0", rebels, activist, DAY, baghdad(), null, "Rebels seized the activist.");
        assertThat(rule.compatible(a, c, 0.0)).as("police and rebels are different sides").isFalse();
        Event d = attack("d-e0", anyPolice, activist, DAY, baghdad(), null, "Police held the activist.");
        assertThat(rule.compatible(a, d, 0.0)).isTrue();
        Actor kenyanPolice = new Actor("Kenyan police", "Kenya", "KENCOP", "KEN", "COP", null);
        Event e = attack("e-e0", kenyanPolice, activist, DAY, baghdad(), null, "Kenyan police held the activist.");
        assertThat(rule.compatible(a, e, 0.0)).as("another country's police").isFalse();
    }

    @Test
    void withNoActorInCommonAPublicationDayDateIsTooLittle() {
        Event dated = attack("a-e0", null, null, DAY, baghdad(), null, "A bomb exploded in Baghdad on Friday.");
        Event undated = attack("b-e0", null, null, DAY, baghdad(), null, "Hours later a bomb exploded in Baghdad.")
                .withDate(EventDate.unknownAround(DAY));
        MergeRule.Judgement j = rule.explain(dated, undated, 0.0);
        assertThat(j.merges()).isFalse();
        assertThat(j.reason()).contains("publication day");
        Event undatedWithTarget = attack("c-e0", null, US_EMBASSY, DAY, baghdad(), null, "A bomb hit the embassy.")
                .withDate(EventDate.unknownAround(DAY));
        Event datedWithTarget = attack("d-e0", null, US_EMBASSY, DAY, baghdad(), null, "A bomb hit the embassy.");
        assertThat(rule.score(datedWithTarget, undatedWithTarget, 0.0)).isPresent();
    }

    @Test
    void theExplanationNamesTheDecidingCondition() {
        Event a = attack("a-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Rockets hit Baghdad.");
        assertThat(rule.explain(a, protest("b-e0", DAY, baghdad(), "Crowds rallied."), 0.0).reason())
                .isEqualTo("contradiction: CAMEO family violence vs protest");
        assertThat(rule.explain(a, a.withDate(EventDate.day(DAY.plusDays(5), "Tuesday")), 0.0).reason())
                .startsWith("contradiction: dates");
        assertThat(rule.explain(a, attack("c-e0", KH, US_EMBASSY, DAY, baghdad(), null, "Again."), 0.0).reason())
                .isEqualTo("merge: place 0 km (+2); actors agree on 2 sides (+2)");
    }

    private static Event withFactuality(Event e, Factuality f) {
        return new Event(e.id(), e.cameo(), e.cameoName(), e.quadClass(), e.goldstein(), e.plover(), e.acled(), f,
                e.source(), e.target(), e.date(), e.location(), e.fatalities(), e.evidence(), e.confidence(), null);
    }

    @Test
    void aVerbatimCopyMergesOnItsWordsAloneEvenWithNoActorPlaceOrShortDate() {
        String sentence = "Several people were missing and were feared to have been abducted, officials said.";
        EventDate lastYear = new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), DatePrecision.YEAR,
                "last year");
        Event a = withDate(attack("a-e0", null, null, DAY, null, null, sentence), lastYear);
        Event copy = withDate(attack("b-e0", null, null, DAY, null, null,
                "Several people were missing and were feared to have been abducted,  officials said"), lastYear);
        assertThat(MergeRule.sameWords(a, copy)).isTrue();
        assertThat(rule.score(a, copy, null)).isPresent();

        Event otherWords = withDate(attack("c-e0", null, null, DAY, null, null,
                "Several people were missing and were feared to have been kidnapped, officials said."), lastYear);
        assertThat(rule.score(a, otherWords, null)).as("no evidence but the words, and the words differ").isEmpty();
        Event otherYear = withDate(attack("d-e0", null, null, DAY, null, null, sentence),
                new EventDate(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), DatePrecision.YEAR, "this year"));
        assertThat(rule.score(a, otherYear, null)).as("the same words dated apart are two statements").isEmpty();
        Event shortCopy = attack("e-e0", null, null, DAY, null, null, "Rockets hit.");
        assertThat(MergeRule.sameWords(shortCopy, attack("f-e0", null, null, DAY, null, null, "Rockets hit.")))
                .as("too short to tell a copy from a common phrase").isFalse();
    }

    private static Event withDate(Event e, EventDate d) {
        return e.withDate(d);
    }
}
