package org.sitrep.event.coref;

import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;

/**
 * Whether two event mentions can be one occurrence: no contradiction in who, when or where. What one
 * mention leaves open never contradicts the other.
 */
final class Compatibility {
    /** Two places within this distance (city precision or finer) can be the same setting. */
    static final double SAME_PLACE_KM = 50;

    private Compatibility() {
    }

    /**
     * Two actors are compatible when either is absent or known only by its words, or both resolve to the same
     * code or name, or to the same country where one has no role or both are its security forces.
     */
    static boolean actors(Actor a, Actor b) {
        if (a == null || b == null || !a.isResolved() || !b.isResolved()) {
            return true;
        }
        if (a.code() != null && a.code().equals(b.code()) || a.name() != null && a.name().equals(b.name())) {
            return true;
        }
        return a.country() != null && a.country().equals(b.country())
                && (a.role() == null || b.role() == null || security(a.role()) && security(b.role()));
    }

    /**
     * The armed arms of a state, which news names by any of their words: "police", "officers", "security
     * forces", "troops" may all be the men who fired on one crowd.
     */
    static boolean security(String role) {
        return role.equals("MIL") || role.equals("COP");
    }

    /** Same actor beyond doubt: both resolved to one code or name. */
    static boolean sameActor(Actor a, Actor b) {
        return a != null && b != null && a.isResolved() && b.isResolved() && actors(a, b);
    }

    /** Dates are compatible when either is unknown or their intervals overlap. */
    static boolean dates(EventDate a, EventDate b) {
        if (a == null || b == null || a.precision() == DatePrecision.UNKNOWN || b.precision() == DatePrecision.UNKNOWN) {
            return true;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    /** Dates are compatible, or no more than {@code days} apart. */
    static boolean datesNear(EventDate a, EventDate b, int days) {
        if (dates(a, b)) {
            return true;
        }
        return !a.end().plusDays(days).isBefore(b.start()) && !b.end().plusDays(days).isBefore(a.start());
    }

    /**
     * Places are compatible when either is absent, or both are stated at city precision or finer and lie
     * within {@link #SAME_PLACE_KM}, or one is coarser or only inferred (the story's setting, with no words
     * of its own: a default, not a statement) and they share a country.
     */
    static boolean places(Location a, Location b) {
        if (a == null || b == null) {
            return true;
        }
        if (fine(a) && fine(b) && a.text() != null && b.text() != null) {
            return km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
        }
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    static boolean fine(Location l) {
        return l.precision() == LocationPrecision.SITE || l.precision() == LocationPrecision.NEIGHBORHOOD
                || l.precision() == LocationPrecision.CITY;
    }

    /** Great-circle distance in kilometres. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
