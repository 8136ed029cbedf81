package org.sitrep.actor;

import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.AcledType;

/**
 * Settles an ACLED sub-event type by the CAMEO roles of the resolved source and target, where the words around
 * the event could not (ACLED's codebook definitions): territory taken by a state's forces or authorities is
 * "Government regains territory", by any other armed group "Non-state actor overtakes territory"; an "Attack"
 * (violence against civilians) whose target is an armed actor is an "Armed clash", an "Armed clash" whose
 * target is civilians an "Attack". Runs where the actors are resolved, so the stored event, its exports and
 * every evaluation see the same type.
 */
public final class AcledByRoles {
    static final AcledType ARMED_CLASH = new AcledType("Battles", "Armed clash");
    static final AcledType ATTACK = new AcledType("Violence against civilians", "Attack");
    static final AcledType GOV_REGAINS = new AcledType("Battles", "Government regains territory");
    static final AcledType NONSTATE_TAKES = new AcledType("Battles", "Non-state actor overtakes territory");
    /** CAMEO roles of a state's own forces and authorities. */
    static final Set<String> STATE_ROLES = Set.of("MIL", "COP", "GOV", "SPY");
    /** CAMEO roles of armed actors that are not a state's. */
    static final Set<String> NONSTATE_ARMED_ROLES = Set.of("REB", "INS", "SEP", "UAF", "IMG");
    /** CAMEO roles of armed actors of either kind. */
    static final Set<String> ARMED_ROLES = Set.of("MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "IMG", "PKO");

    private AcledByRoles() {
    }

    /** The type the roles call for, or {@code type} unchanged when they say nothing (or it is null). */
    public static AcledType refine(AcledType type, Actor source, Actor target) {
        if (type == null) {
            return null;
        }
        String sourceRole = source == null || source.role() == null ? "" : source.role();
        String targetRole = target == null || target.role() == null ? "" : target.role();
        if (type.equals(GOV_REGAINS) || type.equals(NONSTATE_TAKES)) {
            if (STATE_ROLES.contains(sourceRole)) {
                return GOV_REGAINS;
            }
            if (NONSTATE_ARMED_ROLES.contains(sourceRole)) {
                return NONSTATE_TAKES;
            }
        } else if (type.equals(ATTACK) && ARMED_ROLES.contains(targetRole)) {
            return ARMED_CLASH;
        } else if (type.equals(ARMED_CLASH) && "CVL".equals(targetRole)) {
            return ATTACK;
        }
        return type;
    }
}
