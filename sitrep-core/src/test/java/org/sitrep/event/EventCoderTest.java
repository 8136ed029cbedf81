package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.EventSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;

/** The coder on hand-parsed sentences: one test per frame type. Factuality cues are in FactualityTest. */
class EventCoderTest {
    static final EventCoder CODER = EventCoder.load();

    static List<Event> code(String... specs) {
        AnnotatedArticle a = article("t", specs);
        return CODER.apply(CodedArticle.of(a)).events();
    }

    static String sourceText(Event e) {
        return e.source() == null ? null : e.source().text();
    }

    static String targetText(Event e) {
        return e.target() == null ? null : e.target().text();
    }

    @Test
    void activeClauseGivesSubjectAsSourceAndObjectAsTarget() {
        List<Event> events = code("Militants/militant/NNS/2/nsubj attacked/attack/VBD/0/root the/the/DT/5/det "
                + "army/army/NN/5/compound base/base/NN/2/obj ./././2/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.id()).isEqualTo("t-e1");
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.cameoName()).isEqualTo("Use conventional military force, not specified below");
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.plover()).isEqualTo("ASSAULT");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(sourceText(e)).isEqualTo("Militants");
        assertThat(targetText(e)).isEqualTo("the army base");
        assertThat(e.evidence().sentence()).isEqualTo("Militants attacked the army base.");
        assertThat(e.evidence().trigger()).isEqualTo("attacked");
        assertThat(e.acled().subEventType()).isEqualTo("Armed clash");
        assertThat(e.date()).isNull();
        assertThat(e.location()).isNull();
        assertThat(e.confidence()).isEqualTo(0.8);
    }

    @Test
    void talksWithSomeoneAtAVenueTargetThePartyNotTheVenue() {
        List<Event> events = code("Ruto/Ruto/NNP/2/nsubj/PERSON held/hold/VBD/0/root talks/talk/NNS/2/obj "
                + "with/with/IN/5/case Abiy/Abiy/NNP/3/nmod/PERSON at/at/IN/8/case State/State/NNP/8/compound "
                + "House/House/NNP/3/nmod ./././2/punct");
        assertThat(events).extracting(Event::cameo).allMatch(c -> c.startsWith("04"));
        Event e = events.get(0);
        assertThat(sourceText(e)).isEqualTo("Ruto");
        assertThat(targetText(e)).isEqualTo("Abiy");
    }

    @Test
    void anIndirectObjectWithoutADirectOneIsTheObject() {
        List<Event> events = code("Abiy/Abiy/NNP/2/nsubj/PERSON met/meet/VBD/0/root Kenya/Kenya/NNP/5/nmod:poss/COUNTRY "
                + "'s/'s/POS/3/case President/President/NNP/2/iobj Ruto/Ruto/NNP/5/dep/PERSON ./././2/punct");
        assertThat(events).hasSize(1);
        assertThat(targetText(events.get(0))).startsWith("Kenya's President");
    }

    @Test
    void passiveWithAgentTakesTheByPhraseAndGunmenAreAnUnknownSource() {
        List<Event> events = code("The/the/DT/2/det convoy/convoy/NN/4/nsubj:pass was/be/VBD/4/aux:pass "
                + "attacked/attack/VBN/0/root by/by/IN/6/case gunmen/gunman/NNS/4/obl:agent ./././4/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.source()).isNull();
        assertThat(e.anchor().source().text()).isEqualTo("gunmen");
        assertThat(targetText(e)).isEqualTo("The convoy");
    }

    @Test
    void passiveWithNamedAgent() {
        List<Event> events = code("The/the/DT/2/det commander/commander/NN/4/nsubj:pass was/be/VBD/4/aux:pass "
                + "killed/kill/VBN/0/root by/by/IN/7/case the/the/DT/7/det army/army/NN/4/obl:agent ./././4/punct");
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("1823");
        assertThat(sourceText(e)).isEqualTo("the army");
        assertThat(targetText(e)).isEqualTo("The commander");
        assertThat(e.fatalities()).isEqualTo(1);
    }

    @Test
    void agentlessPassiveWithRocketsIsShellingFromAnUnknownSource() {
        List<Event> events = code("Rockets/rocket/NNS/3/nsubj:pass were/be/VBD/3/aux:pass fired/fire/VBN/0/root "
                + "near/near/IN/9/case the/the/DT/9/det National/National/NNP/8/compound/ORGANIZATION "
                + "Security/Security/NNP/8/compound/ORGANIZATION Service/Service/NNP/9/compound/ORGANIZATION "
                + "offices/office/NNS/3/obl ./././3/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("194");
        assertThat(e.source()).isNull();
        assertThat(e.anchor().source()).isNull();
        assertThat(e.target()).isNull();
        assertThat(e.acled().eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(e.acled().subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void phrasalVerbNeedsItsParticle() {
        List<Event> events = code("Gunmen/gunman/NNS/2/nsubj blew/blow/VBD/0/root up/up/RP/2/compound:prt "
                + "a/a/DT/5/det bridge/bridge/NN/2/obj ./././2/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("183");
        assertThat(events.get(0).evidence().trigger()).isEqualTo("blew up");
        assertThat(events.get(0).acled().subEventType()).isEqualTo("Remote explosive/landmine/IED");
        List<Event> none = code("The/the/DT/2/det wind/wind/NN/3/nsubj blew/blow/VBD/0/root "
                + "hard/hard/RB/3/advmod ./././3/punct");
        assertThat(none).isEmpty();
    }

    @Test
    void lightVerbWithEventNounGivesOneEvent() {
        List<Event> events = code("Insurgents/insurgent/NNS/2/nsubj carried/carry/VBD/0/root out/out/RP/2/compound:prt "
                + "an/a/DT/5/det attack/attack/NN/2/obj on/on/IN/9/case a/a/DT/9/det police/police/NN/9/compound "
                + "checkpoint/checkpoint/NN/5/nmod ./././2/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(sourceText(e)).isEqualTo("Insurgents");
        assertThat(targetText(e)).isEqualTo("a police checkpoint");
        assertThat(e.evidence().trigger()).isEqualTo("carried out an attack");
    }

    @Test
    void nominalTriggerAsSubjectOfKillGivesOneBombingEventWithFatalities() {
        List<Event> events = code("A/a/DT/3/det car/car/NN/3/compound bombing/bombing/NN/4/nsubj "
                + "killed/kill/VBD/0/root five/five/CD/6/nummod people/people/NNS/4/obj in/in/IN/8/case "
                + "Kabul/Kabul/NNP/4/obl/CITY ./././4/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("1832");
        assertThat(e.fatalities()).isEqualTo(5);
        assertThat(e.source()).isNull();
        assertThat(targetText(e)).isEqualTo("five people");
        assertThat(e.evidence().trigger()).isEqualTo("car bombing killed");
        assertThat(e.acled().subEventType()).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void atLeastTwelvePeopleWereKilled() {
        List<Event> events = code("At/at/IN/2/case least/least/JJS/3/advmod 12/12/CD/4/nummod "
                + "people/people/NNS/6/nsubj:pass were/be/VBD/6/aux:pass killed/kill/VBN/0/root ./././6/punct");
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("1823");
        assertThat(e.fatalities()).isEqualTo(12);
        assertThat(e.source()).isNull();
        assertThat(targetText(e)).isEqualTo("At least 12 people");
    }

    @Test
    void airStrikeKillingFightersGivesStrikeAndKillingWithTheStrikesMode() {
        List<Event> events = code("The/the/DT/2/det US/US/NNP/3/nsubj/COUNTRY launched/launch/VBD/0/root "
                + "an/a/DT/6/det air/air/NN/6/compound strike/strike/NN/3/obj in/in/IN/8/case "
                + "Iraq/Iraq/NNP/3/obl/COUNTRY ,/,/,/3/punct killing/kill/VBG/3/advcl 5/5/CD/12/nummod "
                + "fighters/fighter/NNS/10/obj ./././3/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("195", "1823");
        Event strike = events.get(0);
        assertThat(sourceText(strike)).isEqualTo("The US");
        assertThat(strike.fatalities()).isEqualTo(5);
        assertThat(strike.acled().subEventType()).isEqualTo("Air/drone strike");
        assertThat(strike.evidence().trigger()).isEqualTo("launched an air strike");
        Event killing = events.get(1);
        assertThat(sourceText(killing)).isEqualTo("The US");
        assertThat(targetText(killing)).isEqualTo("5 fighters");
        assertThat(killing.acled().subEventType()).isEqualTo("Air/drone strike");
        assertThat(events).extracting(Event::id).containsExactly("t-e1", "t-e2");
    }

    @Test
    void relativeClauseTakesTheModifiedNounAsSource() {
        List<Event> events = code("Troops/troop/NNS/2/nsubj killed/kill/VBD/0/root militants/militant/NNS/2/obj "
                + "who/who/WP/5/nsubj attacked/attack/VBD/3/acl:relcl a/a/DT/7/det checkpoint/checkpoint/NN/5/obj "
                + "./././2/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("1823", "190");
        assertThat(sourceText(events.get(0))).isEqualTo("Troops");
        assertThat(targetText(events.get(0))).isEqualTo("militants");
        assertThat(events.get(0).acled().subEventType()).isEqualTo("Armed clash");
        assertThat(sourceText(events.get(1))).isEqualTo("militants");
        assertThat(targetText(events.get(1))).isEqualTo("a checkpoint");
    }

    @Test
    void coordinatedVerbsShareTheSubject() {
        List<Event> events = code("Gunmen/gunman/NNS/2/nsubj stormed/storm/VBD/0/root the/the/DT/4/det "
                + "village/village/NN/2/obj and/and/CC/6/cc killed/kill/VBD/2/conj three/three/CD/8/nummod "
                + "farmers/farmer/NNS/6/obj ./././2/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("190", "1823");
        Event killing = events.get(1);
        assertThat(killing.source()).isNull();
        assertThat(killing.anchor().source().text()).isEqualTo("Gunmen");
        assertThat(killing.fatalities()).isEqualTo(3);
        assertThat(killing.acled().subEventType()).isEqualTo("Attack");
    }

    @Test
    void protestersStormingIsAViolentDemonstration() {
        List<Event> events = code("Protesters/protester/NNS/2/nsubj stormed/storm/VBD/0/root the/the/DT/4/det "
                + "embassy/embassy/NN/2/obj ./././2/punct");
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("145");
        assertThat(e.acled().subEventType()).isEqualTo("Violent demonstration");
        assertThat(sourceText(e)).isEqualTo("Protesters");
    }

    @Test
    void tearGasAtProtestersIsAnInterventionNotAChemicalWeapon() {
        List<Event> events = code("Police/police/NNS/2/nsubj fired/fire/VBD/0/root tear/tear/NN/4/compound "
                + "gas/gas/NN/2/obj at/at/IN/6/case protesters/protester/NNS/2/obl ./././2/punct");
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("175");
        assertThat(targetText(e)).isEqualTo("protesters");
        assertThat(e.acled().subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void staffedProtestIsPeaceful() {
        List<Event> events = code("Students/student/NNS/2/nsubj staged/stage/VBD/0/root a/a/DT/4/det "
                + "protest/protest/NN/2/obj against/against/IN/7/case the/the/DT/7/det government/government/NN/4/nmod "
                + "./././2/punct");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.cameo()).isEqualTo("141");
        assertThat(e.acled().subEventType()).isEqualTo("Peaceful protest");
        assertThat(sourceText(e)).isEqualTo("Students");
        assertThat(targetText(e)).isEqualTo("the government");
    }

    @Test
    void blockingRoadsIsAViolentDemonstration() {
        // ACLED's violent demonstration names road-blocking among the destructive acts that make it violent
        Event blocked = code("Farmers/farmer/NNS/2/nsubj blocked/block/VBD/0/root the/the/DT/4/det "
                + "highway/highway/NN/2/obj ./././2/punct").get(0);
        assertThat(blocked.cameo()).isEqualTo("144");
        assertThat(blocked.acled().subEventType()).isEqualTo("Violent demonstration");
        Event shut = code("Protesters/protester/NNS/2/nsubj shut/shut/VBD/0/root down/down/RP/2/compound:prt "
                + "roads/road/NNS/2/obj ./././2/punct").get(0);
        assertThat(shut.cameo()).isEqualTo("144");
        assertThat(shut.acled().subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void sexuallyAssaultedIsSexualViolenceAndPlainAssaultIsNot() {
        Event sexual = code("Soldiers/soldier/NNS/3/nsubj sexually/sexually/RB/3/advmod assaulted/assault/VBD/0/root "
                + "two/two/CD/5/nummod women/woman/NNS/3/obj ./././3/punct").get(0);
        assertThat(sexual.cameo()).isEqualTo("182");
        assertThat(sexual.acled().subEventType()).isEqualTo("Sexual violence");
        Event plain = code("Soldiers/soldier/NNS/2/nsubj assaulted/assault/VBD/0/root "
                + "two/two/CD/4/nummod women/woman/NNS/2/obj ./././2/punct").get(0);
        assertThat(plain.acled().subEventType()).isEqualTo("Attack");
    }

    @Test
    void aBaseIsANounNotBasedOn() {
        Event built = code("Forces/force/NNS/2/nsubj constructed/construct/VBD/0/root a/a/DT/5/det "
                + "new/new/JJ/5/amod base/base/NN/2/obj ./././2/punct").get(0);
        assertThat(built.cameo()).isEqualTo("154");
        assertThat(built.acled().subEventType()).isEqualTo("Headquarters or base established");
        List<Event> events = code("The/the/DT/2/det army/army/NN/3/nsubj deployed/deploy/VBD/0/root "
                + "troops/troop/NNS/3/obj based/base/VBN/3/advcl on/on/IN/7/case a/a/DT/7/det deal/deal/NN/5/obl "
                + "./././3/punct");
        Event deployed = events.stream().filter(e -> e.cameo().equals("154")).findFirst().orElseThrow();
        assertThat(deployed.acled().subEventType()).isEqualTo("Change to group/activity");
    }

    @Test
    void aLynchingIsMobViolence() {
        Event e = code("Villagers/villager/NNS/2/nsubj lynched/lynch/VBD/0/root a/a/DT/5/det "
                + "suspected/suspected/JJ/5/amod thief/thief/NN/2/obj ./././2/punct").get(0);
        assertThat(e.cameo()).isEqualTo("1823");
        assertThat(e.acled().subEventType()).isEqualTo("Mob violence");
    }

    @Test
    void crowdViolenceWithNoDemonstrationAroundItIsMobViolence() {
        String attacked = "A/a/DT/2/det crowd/crowd/NN/3/nsubj attacked/attack/VBD/0/root a/a/DT/5/det "
                + "bus/bus/NN/3/obj ./././3/punct";
        assertThat(code(attacked).get(0).acled().subEventType()).isEqualTo("Mob violence");
        // a demonstration word in the event's own or the next sentence makes it the demonstrators' violence
        assertThat(code(attacked, "The/the/DT/2/det strike/strike/NN/4/nsubj had/have/VBD/4/aux "
                + "begun/begin/VBN/0/root at/at/IN/6/case dawn/dawn/NN/4/obl ./././4/punct").get(0).acled()
                .subEventType()).isEqualTo("Violent demonstration");
        assertThat(code("Rioters/rioter/NNS/2/nsubj attacked/attack/VBD/0/root a/a/DT/4/det bus/bus/NN/2/obj "
                + "./././2/punct").get(0).acled().subEventType()).isEqualTo("Violent demonstration");
        // two sentences away is too far
        List<Event> far = code(attacked, "Nobody/nobody/NN/2/nsubj spoke/speak/VBD/0/root ./././2/punct",
                "Marchers/marcher/NNS/2/nsubj sang/sing/VBD/0/root ./././2/punct");
        assertThat(far.get(0).acled().subEventType()).isEqualTo("Mob violence");
    }

    @Test
    void policeHurtAtAProtestIsAViolentDemonstrationNotForceAgainstProtesters() {
        List<Event> events = code("Two/two/CD/2/nummod policemen/policeman/NNS/4/nsubj:pass were/be/VBD/4/aux:pass "
                + "injured/injure/VBN/0/root during/during/IN/7/case the/the/DT/7/det protest/protest/NN/4/obl "
                + "./././4/punct");
        Event injured = events.stream().filter(e -> e.cameo().equals("182")).findFirst().orElseThrow();
        assertThat(injured.acled().subEventType()).isEqualTo("Violent demonstration");
        List<Event> protesters = code("Two/two/CD/2/nummod protesters/protester/NNS/4/nsubj:pass "
                + "were/be/VBD/4/aux:pass injured/injure/VBN/0/root during/during/IN/7/case the/the/DT/7/det "
                + "protest/protest/NN/4/obl ./././4/punct");
        Event hurt = protesters.stream().filter(e -> e.cameo().equals("182")).findFirst().orElseThrow();
        assertThat(hurt.acled().subEventType()).isEqualTo("Excessive force against protesters");
    }

    @Test
    void restoringAndBreakingOffDiplomaticRelations() {
        Event restored = code("Iran/Iran/NNP/2/nsubj/COUNTRY restored/restore/VBD/0/root diplomatic/diplomatic/JJ/4/amod "
                + "relations/relation/NNS/2/obj with/with/IN/6/case Egypt/Egypt/NNP/2/obl/COUNTRY ./././2/punct").get(0);
        assertThat(restored.cameo()).isEqualTo("054");
        Event broke = code("Iran/Iran/NNP/2/nsubj/COUNTRY broke/break/VBD/0/root off/off/RP/2/compound:prt "
                + "ties/tie/NNS/2/obj with/with/IN/6/case Egypt/Egypt/NNP/2/obl/COUNTRY ./././2/punct").get(0);
        assertThat(broke.cameo()).isEqualTo("161");
        assertThat(sourceText(broke)).isEqualTo("Iran");
    }

    @Test
    void eventIdsNumberAcrossSentences() {
        AnnotatedArticle a = article("doc", "Militants/militant/NNS/2/nsubj attacked/attack/VBD/0/root "
                        + "the/the/DT/4/det base/base/NN/2/obj ./././2/punct",
                "Police/police/NNS/2/nsubj arrested/arrest/VBD/0/root two/two/CD/4/nummod men/man/NNS/2/obj "
                        + "./././2/punct");
        List<Event> events = CODER.apply(CodedArticle.of(a)).events();
        assertThat(events).extracting(Event::id).containsExactly("doc-e1", "doc-e2");
        Event arrest = events.get(1);
        assertThat(arrest.cameo()).isEqualTo("173");
        assertThat(arrest.acled().subEventType()).isEqualTo("Arrests");
        assertThat(arrest.evidence().start()).isEqualTo(a.sentences().get(1).start());
        assertThat(a.article().text().substring(arrest.evidence().start(), arrest.evidence().end()))
                .isEqualTo(arrest.evidence().sentence());
    }

    @Test
    void withdrawalAndTakeoverNextToEachOtherAreANonViolentTransfer() {
        List<Event> events = code("Government/government/NN/2/compound forces/force/NNS/3/nsubj "
                        + "withdrew/withdraw/VBD/0/root from/from/IN/6/case the/the/DT/6/det town/town/NN/3/obl ./././3/punct",
                "Militants/militant/NNS/2/nsubj seized/seize/VBD/0/root the/the/DT/4/det town/town/NN/2/obj ./././2/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("0874", "192");
        assertThat(events).allSatisfy(e -> assertThat(e.acled().subEventType())
                .isEqualTo("Non-violent transfer of territory"));
        List<Event> alone = code("Militants/militant/NNS/2/nsubj seized/seize/VBD/0/root the/the/DT/4/det "
                + "town/town/NN/2/obj ./././2/punct");
        assertThat(alone.get(0).acled().subEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void aProtestNextToProtestersViolenceIsAViolentDemonstration() {
        List<Event> events = code("Thousands/thousand/NNS/4/nsubj of/of/IN/3/case students/student/NNS/1/nmod "
                        + "staged/stage/VBD/0/root a/a/DT/6/det protest/protest/NN/4/obj ./././4/punct",
                "Protesters/protester/NNS/2/nsubj threw/throw/VBD/0/root stones/stone/NNS/2/obj at/at/IN/5/case "
                        + "police/police/NNS/2/obl ./././2/punct");
        assertThat(events).extracting(Event::cameo).containsExactly("141", "145");
        assertThat(events).allSatisfy(e -> assertThat(e.acled().subEventType()).isEqualTo("Violent demonstration"));
        List<Event> alone = code("Thousands/thousand/NNS/4/nsubj of/of/IN/3/case students/student/NNS/1/nmod "
                + "staged/stage/VBD/0/root a/a/DT/6/det protest/protest/NN/4/obj ./././4/punct");
        assertThat(alone.get(0).acled().subEventType()).isEqualTo("Peaceful protest");
    }

    @Test
    void harmCausedByADisasterIsNoEvent() {
        assertThat(code("Floods/flood/NNS/2/nsubj hit/hit/VBD/0/root the/the/DT/4/det region/region/NN/2/obj "
                + "./././2/punct")).isEmpty();
        assertThat(code("Ten/ten/CD/2/nummod people/people/NNS/4/nsubj:pass were/be/VBD/4/aux:pass "
                + "injured/injure/VBN/0/root after/after/IN/8/mark the/the/DT/7/det earthquake/earthquake/NN/8/nsubj "
                + "struck/strike/VBD/4/advcl ./././4/punct")).isEmpty();
    }

    @Test
    void sentencesWithoutAParseOrWithACycleGiveNoEventsAndNoError() {
        org.sitrep.annotation.Sentence unparsed = new org.sitrep.annotation.Sentence(0, 0, 17, "Militants attacked",
                List.of(new org.sitrep.annotation.Token(0, "Militants", "militant", "NNS", "O", 0, 9, null),
                        new org.sitrep.annotation.Token(1, "attacked", "attack", "VBD", "O", 10, 18, null)),
                List.of());
        List<Event> events = CODER.code(unparsed);
        assertThat(events).extracting(Event::cameo).containsExactly("190");
        assertThat(events.get(0).source()).isNull();
        org.sitrep.annotation.Sentence cyclic = new org.sitrep.annotation.Sentence(0, 0, 17, "Militants attacked",
                List.of(new org.sitrep.annotation.Token(0, "Militants", "militant", "NNS", "O", 0, 9, null),
                        new org.sitrep.annotation.Token(1, "attacked", "attack", "VBD", "O", 10, 18, null)),
                List.of(new org.sitrep.annotation.Dependency(1, 0, "nsubj"),
                        new org.sitrep.annotation.Dependency(0, 1, "obj")));
        assertThat(CODER.code(cyclic)).extracting(Event::cameo).containsExactly("190");
        assertThat(CODER.apply(CodedArticle.of(article("empty"))).events()).isEmpty();
    }
}
