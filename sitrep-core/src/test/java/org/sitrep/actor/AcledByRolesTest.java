package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;

class AcledByRolesTest {
    private static final AcledType SHELLING = new AcledType("Explosions/Remote violence",
            "Shelling/artillery/missile attack");

    private static Actor role(String role) {
        return role == null ? null : new Actor("them", null, null, null, role, null);
    }

    @Test
    void aStateTakingTerritoryRegainsItAndAnArmedGroupOvertakesIt() {
        assertThat(AcledByRoles.refine(AcledByRoles.NONSTATE_TAKES, role("MIL"), null))
                .isEqualTo(AcledByRoles.GOV_REGAINS);
        assertThat(AcledByRoles.refine(AcledByRoles.GOV_REGAINS, role("REB"), null))
                .isEqualTo(AcledByRoles.NONSTATE_TAKES);
        assertThat(AcledByRoles.refine(AcledByRoles.GOV_REGAINS, role("CVL"), null))
                .isEqualTo(AcledByRoles.GOV_REGAINS);
    }

    @Test
    void anAttackOnArmedMenIsAClashAndAClashWithCiviliansAnAttack() {
        assertThat(AcledByRoles.refine(AcledByRoles.ATTACK, role("UAF"), role("MIL")))
                .isEqualTo(AcledByRoles.ARMED_CLASH);
        assertThat(AcledByRoles.refine(AcledByRoles.ARMED_CLASH, role("REB"), role("CVL")))
                .isEqualTo(AcledByRoles.ATTACK);
    }

    @Test
    void rolesThatSayNothingLeaveTheTypeAlone() {
        assertThat(AcledByRoles.refine(AcledByRoles.ATTACK, null, null)).isEqualTo(AcledByRoles.ATTACK);
        assertThat(AcledByRoles.refine(SHELLING, role("MIL"), role("CVL"))).isEqualTo(SHELLING);
        assertThat(AcledByRoles.refine(null, role("MIL"), role("REB"))).isNull();
    }
}
