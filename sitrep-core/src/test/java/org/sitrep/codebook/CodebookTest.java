package org.sitrep.codebook;

import org.sitrep.knowledge.KnowledgeTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledType;

/** Invariants of the CAMEO codebook and the PLOVER and ACLED mappings. */
class CodebookTest {
    static final Codebook BOOK = Codebook.load();

    /** ACLED's six event types and their 25 sub-event types, from the ACLED codebook. */
    static final Map<String, Set<String>> ACLED = Map.of(
            "Battles", Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
            "Explosions/Remote violence", Set.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
                    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
            "Violence against civilians", Set.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
            "Protests", Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            "Riots", Set.of("Violent demonstration", "Mob violence"),
            "Strategic developments", Set.of("Agreement", "Arrests", "Change to group/activity",
                    "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                    "Non-violent transfer of territory", "Other"));

    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    @Test
    void cameoHasAllTwentyRootsAndEverySubCodeHasItsParent() {
        CameoCodebook cameo = BOOK.cameo();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertThat(cameo.contains(r)).as("root %s", r).isTrue();
            assertThat(cameo.contains(r + "0")).as("generic code %s0", r).isTrue();
        }
        assertThat(cameo.all()).hasSizeGreaterThan(280);
        for (CameoCode c : cameo.all()) {
            if (c.code().length() > 2) {
                assertThat(cameo.contains(c.code().substring(0, c.code().length() - 1))).as("parent of %s", c.code())
                        .isTrue();
            }
            assertThat(c.name()).isNotBlank();
        }
    }

    @Test
    void quadClassFollowsTheRoot() {
        for (CameoCode c : BOOK.cameo().all()) {
            int root = Integer.parseInt(c.root());
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
        }
    }

    @Test
    void knownValues() {
        assertThat(BOOK.cameo().get("186").name()).isEqualTo("Assassinate");
        assertThat(BOOK.cameo().get("186").goldstein()).isEqualTo(-10.0);
        assertThat(BOOK.cameo().get("057").goldstein()).isEqualTo(8.0);
        assertThat(BOOK.cameo().get("145").name()).isEqualTo("Protest violently, riot");
        assertThatThrownBy(() -> BOOK.cameo().get("999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ploverTypesAreFromTheOntologyAndEveryRootButStatementsHasOne() {
        assertThat(Set.copyOf(BOOK.plover().prefixes().values().stream().filter(t -> !t.equals("-")).toList()))
                .isSubsetOf(PLOVER);
        for (int root = 2; root <= 20; root++) {
            assertThat(BOOK.plover().typeOf(String.format("%02d0", root))).as("root %d", root).isNotNull();
        }
        assertThat(BOOK.plover().typeOf("010")).isNull();
        assertThat(BOOK.plover().typeOf("1951")).isEqualTo("ASSAULT");
        assertThat(BOOK.plover().typeOf("141")).isEqualTo("PROTEST");
        assertThat(BOOK.plover().typeOf("057")).isEqualTo("AGREE");
    }

    @Test
    void acledRulesUseRealTypesAndCoverAllTwentyFiveSubEvents() {
        Set<String> covered = BOOK.acled().rules().stream().filter(r -> r.type() != null)
                .map(r -> r.type().subEventType()).collect(Collectors.toSet());
        for (AcledMapping.Rule r : BOOK.acled().rules()) {
            if (r.type() != null) {
                assertThat(ACLED).containsKey(r.type().eventType());
                assertThat(ACLED.get(r.type().eventType())).as("line %d", r.line()).contains(r.type().subEventType());
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                ACLED.values().stream().flatMap(Set::stream).toList());
    }

    @Test
    void acledModeCuesPickSubEvents() {
        AcledMapping m = BOOK.acled();
        assertThat(m.typeOf("194", Set.of())).isEqualTo(
                new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"));
        assertThat(m.typeOf("190", Set.of("ARTILLERY")).subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(m.typeOf("190", Set.of("AIR")).subEventType()).isEqualTo("Air/drone strike");
        assertThat(m.typeOf("183", Set.of("SUICIDE")).subEventType()).isEqualTo("Suicide bomb");
        assertThat(m.typeOf("183", Set.of()).subEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(m.typeOf("193", Set.of()).subEventType()).isEqualTo("Armed clash");
        assertThat(m.typeOf("141", Set.of()).subEventType()).isEqualTo("Peaceful protest");
        assertThat(m.typeOf("145", Set.of()).subEventType()).isEqualTo("Violent demonstration");
        assertThat(m.typeOf("173", Set.of()).subEventType()).isEqualTo("Arrests");
        assertThat(m.typeOf("181", Set.of()).subEventType()).isEqualTo("Abduction/forced disappearance");
        assertThat(m.typeOf("1823", Set.of("TARGET_PROTESTER")).subEventType())
                .isEqualTo("Excessive force against protesters");
        assertThat(m.typeOf("010", Set.of())).isNull();
        assertThat(m.typeOf("112", Set.of("AIR"))).isNull();
    }

    @Test
    void tsvReaderNamesTheFileOnAMissingResource() {
        assertThatThrownBy(() -> KnowledgeTable.read("codebook/none.tsv", 2)).hasMessageContaining("codebook/none.tsv");
    }

    @Test
    void everyConditionedRuleIsReachable() {
        List<AcledMapping.Rule> rules = BOOK.acled().rules();
        for (AcledMapping.Rule r : rules) {
            if (!r.modes().isEmpty()) {
                assertThat(BOOK.acled().conditionedRule(r.prefix(), r.modes())).as("rule at line %d", r.line())
                        .isSameAs(r);
            }
        }
    }
}
