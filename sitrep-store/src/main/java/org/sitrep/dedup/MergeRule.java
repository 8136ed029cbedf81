package org.sitrep.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Whether two coded events are reports of the same real-world event, and how well they agree. The rule
 * (documented in docs/store.md):
 * <ol>
 *   <li>same factuality, and CAMEO codes of one family ({@link CameoFamilies});</li>
 *   <li>dates: each interval at most {@value #MAX_INTERVAL_DAYS} days long; widened by
 *       {@value #DATE_SLACK_DAYS} day on both sides (and {@value #UNKNOWN_LAG_DAYS} days back when the
 *       date is only the publication day), they overlap;</li>
 *   <li>places: when both have coordinates, no further apart than the radius of the coarser precision
 *       ({@link #radiusKm}); when either is only a country or region, the same country; different
 *       countries never merge;</li>
 *   <li>actors: no side contradicts (codes that are not prefixes of each other; different countries);
 *       source and target may swap for symmetric families (fights, meetings) when the swapped reading
 *       agrees on at least one side;</li>
 *   <li>enough positive evidence: a close place at city precision or finer counts 2, a close place at
 *       district or province precision 1, each agreeing actor side 1, the same code told by the same
 *       trigger in the same sentence word for word ({@link #sameWords}, a syndicated copy) 2 — and a copy's
 *       equal dates need not be short; two are needed.</li>
 * </ol>
 * A new mention joins the best-scoring cluster that has a mention it may be merged with and no mention
 * that contradicts it (rules 1 to 4): complete link, so one vague report cannot chain two events.
 * Thread-safe; holds only the family table.
 */
public final class MergeRule {
    public static final int DATE_SLACK_DAYS = 1;
    public static final int UNKNOWN_LAG_DAYS = 3;
    public static final int MAX_INTERVAL_DAYS = 31;
    public static final int REQUIRED_EVIDENCE = 2;

    private enum Agreement { MATCH, UNKNOWN, CONFLICT }

    private final CameoFamilies families;

    public MergeRule(CameoFamilies families) {
        this.families = families;
    }

    public static MergeRule standard() {
        return new MergeRule(CameoFamilies.load());
    }

    public CameoFamilies families() {
        return families;
    }

    /** Search radius in km for a location precision: how far two reports of one event may place it. */
    public static double radiusKm(LocationPrecision precision) {
        return switch (precision) {
            case SITE, NEIGHBORHOOD -> 15;
            case CITY -> 30;
            case ADMIN2 -> 60;
            case ADMIN1 -> 200;
            case COUNTRY, REGION -> Double.POSITIVE_INFINITY;
        };
    }

    /** The widest search radius any pair can need below country precision, for the SQL pre-filter. */
    public static double maxFiniteRadiusKm() {
        return radiusKm(LocationPrecision.ADMIN1);
    }

    /** The earliest and latest day an event may have happened, as the rule widens its date. */
    public static LocalDate[] window(EventDate date) {
        LocalDate start = date.start().minusDays(DATE_SLACK_DAYS);
        if (date.precision() == DatePrecision.UNKNOWN) {
            start = start.minusDays(UNKNOWN_LAG_DAYS);
        }
        return new LocalDate[] {start, date.end().plusDays(DATE_SLACK_DAYS)};
    }

    /**
     * The agreement score when the two events may be merged, else empty.
     *
     * @param a          one event
     * @param b          another event
     * @param distanceKm great-circle distance between their locations (computed by the store), or null
     *                   when either has none
     */
    public OptionalDouble score(Event a, Event b, Double distanceKm) {
        double evidence = evidence(a, b, distanceKm);
        if (evidence < REQUIRED_EVIDENCE) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(evidence);
    }

    /**
     * True when nothing in the two events contradicts their being one (rules 1 to 4), even if there is not
     * enough positive evidence to merge them: a new mention joins a cluster only when it contradicts none
     * of the cluster's mentions.
     */
    public boolean compatible(Event a, Event b, Double distanceKm) {
        return evidence(a, b, distanceKm) >= 0;
    }

    /**
     * Why two events would or would not be merged: the score ({@code -1} on a contradiction), the verdict,
     * and a short account naming the condition that decided, for {@code sitrep eval dedup --explain}.
     */
    public record Judgement(double evidence, String reason) {
        public boolean merges() {
            return evidence >= REQUIRED_EVIDENCE;
        }

        public boolean contradicts() {
            return evidence < 0;
        }
    }

    /** The rule's reasoning on one pair: {@link #score} and {@link #compatible} read the same judgement. */
    public Judgement explain(Event a, Event b, Double distanceKm) {
        return judge(a, b, distanceKm);
    }

    /** Positive evidence plus closeness (0..1), or -1 when something contradicts. */
    private double evidence(Event a, Event b, Double distanceKm) {
        return judge(a, b, distanceKm).evidence();
    }

    private Judgement judge(Event a, Event b, Double distanceKm) {
        if (a.factuality() != b.factuality()) {
            return conflict("factuality " + label(a.factuality()) + " vs " + label(b.factuality()));
        }
        if (!families.familyOf(a.cameo()).equals(families.familyOf(b.cameo()))) {
            return conflict("CAMEO family " + families.familyOf(a.cameo()) + " vs " + families.familyOf(b.cameo()));
        }
        boolean copy = sameWords(a, b);
        if (!datesOverlap(a.date(), b.date()) && !(copy && sameDates(a.date(), b.date()))) {
            return conflict("dates " + dateText(a.date()) + " and " + dateText(b.date()) + " do not overlap");
        }
        List<String> why = new ArrayList<>();
        double evidence = 0;
        if (copy) {
            // a wire story on several sites: the same sentence coded the same way is one report of one event
            evidence += REQUIRED_EVIDENCE;
            why.add("the same sentence and trigger word for word (+" + REQUIRED_EVIDENCE + ")");
        }
        double closeness = 0;
        Location la = a.location();
        Location lb = b.location();
        if (la != null && lb != null) {
            if (la.country() != null && lb.country() != null && !la.country().equals(lb.country())) {
                return conflict("countries " + la.country() + " vs " + lb.country());
            }
            double radius = Math.max(radiusKm(la.precision()), radiusKm(lb.precision()));
            if (Double.isFinite(radius)) {
                if (distanceKm == null || distanceKm > radius) {
                    return conflict(String.format(Locale.ROOT, "places %.0f km apart, radius %.0f km",
                            distanceKm == null ? Double.NaN : distanceKm, radius));
                }
                // a place the story only implies (its setting, no words) is weaker than one the clause states
                boolean precise = finerThanDistrict(la.precision()) && finerThanDistrict(lb.precision())
                        && stated(la) && stated(lb);
                evidence += precise ? 2 : 1;
                closeness = 1 - distanceKm / radius;
                why.add(String.format(Locale.ROOT, "place %.0f km%s (+%d)", distanceKm,
                        stated(la) && stated(lb) ? "" : ", inferred", precise ? 2 : 1));
            } else {
                why.add("place: only a country or region");
            }
        } else {
            why.add("place: " + (la == null ? "first" : "second") + " has none");
        }
        int direct = actorEvidence(a.source(), b.source(), a.target(), b.target());
        int swapped = families.symmetric(a.cameo())
                ? actorEvidence(a.source(), b.target(), a.target(), b.source()) : -1;
        // The swapped reading only rescues a contradiction when it agrees on at least one side.
        int actors = direct >= 0 ? Math.max(direct, swapped) : swapped > 0 ? swapped : -1;
        if (actors < 0) {
            return conflict("actors contradict: source " + agree(a.source(), b.source()).name().toLowerCase(Locale.ROOT)
                    + ", target " + agree(a.target(), b.target()).name().toLowerCase(Locale.ROOT));
        }
        if (actors == 0 && !copy && (unknownDate(a.date()) || unknownDate(b.date()))) {
            // with no actor in common, "the same city around the publication day" is too little to go on
            return new Judgement(Math.min(evidence, REQUIRED_EVIDENCE - 0.5),
                    "too little evidence: no actor agrees and a date is only the publication day");
        }
        why.add("actors agree on " + actors + " side" + (actors == 1 ? "" : "s") + (actors > direct ? " (swapped)" : "")
                + " (+" + actors + ")");
        evidence += actors;
        String account = String.join("; ", why);
        if (evidence < REQUIRED_EVIDENCE) {
            return new Judgement(Math.min(evidence, REQUIRED_EVIDENCE - 0.5),
                    "too little evidence (" + (int) evidence + " of " + REQUIRED_EVIDENCE + "): " + account);
        }
        return new Judgement(evidence + closeness, "merge: " + account);
    }

    private static Judgement conflict(String reason) {
        return new Judgement(-1, "contradiction: " + reason);
    }

    private static String label(Factuality f) {
        return f == null ? "none" : f.label();
    }

    private static String dateText(EventDate d) {
        if (d == null) {
            return "(none)";
        }
        return (d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end()) + " " + d.precision().label();
    }

    /** Number of agreeing actor sides, or -1 when a side contradicts. */
    private static int actorEvidence(Actor sourceA, Actor sourceB, Actor targetA, Actor targetB) {
        Agreement s = agree(sourceA, sourceB);
        Agreement t = agree(targetA, targetB);
        if (s == Agreement.CONFLICT || t == Agreement.CONFLICT) {
            return -1;
        }
        return (s == Agreement.MATCH ? 1 : 0) + (t == Agreement.MATCH ? 1 : 0);
    }

    /** Roles a state's armed and security forces are reported under interchangeably ("security forces"). */
    static final java.util.Set<String> SECURITY_ROLES = java.util.Set.of("MIL", "COP", "SPY");
    /** Words that cannot stand for an actor's kind when comparing uncoded actors by their head noun. */
    private static final java.util.Set<String> NO_HEAD = java.util.Set.of("it", "its", "they", "them", "their",
            "he", "she", "him", "her", "his", "we", "us", "who", "which", "that", "this", "these", "those",
            "one", "ones", "people", "others", "more", "some", "all", "both", "side", "sides");

    private static Agreement agree(Actor a, Actor b) {
        if (a == null || b == null) {
            return Agreement.UNKNOWN;
        }
        String ca = blankToNull(a.code());
        String cb = blankToNull(b.code());
        if (ca != null && cb != null) {
            if (ca.equals(cb)) {
                return Agreement.MATCH;
            }
            if (ca.startsWith(cb) || cb.startsWith(ca)) {
                return Agreement.UNKNOWN;
            }
            return codesCompatible(a, ca, b, cb) ? Agreement.UNKNOWN : Agreement.CONFLICT;
        }
        String na = blankToNull(a.name());
        String nb = blankToNull(b.name());
        if (na != null && nb != null && na.toLowerCase(Locale.ROOT).equals(nb.toLowerCase(Locale.ROOT))) {
            return Agreement.MATCH;
        }
        String ka = blankToNull(a.country());
        String kb = blankToNull(b.country());
        if (ka != null && kb != null && !ka.equals(kb)) {
            return Agreement.CONFLICT;
        }
        if (ca == null && cb == null) {
            // neither resolved: the same kind of thing ("a crowded market", "the market") is the same side
            String ha = headNoun(a.text());
            if (ha != null && ha.equals(headNoun(b.text()))) {
                return Agreement.MATCH;
            }
        }
        return Agreement.UNKNOWN;
    }

    /**
     * Codes that differ but need not contradict: a role without a country ("COP") and the same role of a
     * country ("ETHCOP"), or one country's security forces under two roles ("ETHCOP", "ETHMIL"), which
     * reports of one event often swap.
     */
    private static boolean codesCompatible(Actor a, String ca, Actor b, String cb) {
        String ka = blankToNull(a.country());
        String kb = blankToNull(b.country());
        if (ka != null && kb != null && !ka.equals(kb)) {
            return false;
        }
        String ra = roleOf(ca, ka);
        String rb = roleOf(cb, kb);
        if (ra == null || rb == null) {
            return false;
        }
        if (ka == null || kb == null) {
            return ra.equals(rb) || ra.startsWith(rb) || rb.startsWith(ra);
        }
        return SECURITY_ROLES.contains(first3(ra)) && SECURITY_ROLES.contains(first3(rb));
    }

    /** The role segments of a code after its country, or the whole code when it carries no country. */
    private static String roleOf(String code, String country) {
        if (country == null) {
            return code;
        }
        return code.startsWith(country) && code.length() > country.length() ? code.substring(country.length()) : null;
    }

    private static String first3(String role) {
        return role.length() >= 3 ? role.substring(0, 3) : role;
    }

    /** The last word of an actor's words before any "of" phrase, lower case; null for pronouns and the like. */
    static String headNoun(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        int of = t.indexOf(" of ");
        if (of > 0) {
            t = t.substring(0, of);
        }
        String[] words = t.trim().split("[\\s\u00a0]+");
        String w = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        if (w.isEmpty() || NO_HEAD.contains(w)) {
            return null;
        }
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean datesOverlap(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return false;
        }
        if (length(a) > MAX_INTERVAL_DAYS || length(b) > MAX_INTERVAL_DAYS) {
            return false;
        }
        LocalDate[] wa = window(a);
        LocalDate[] wb = window(b);
        return !wa[0].isAfter(wb[1]) && !wb[0].isAfter(wa[1]);
    }

    /**
     * The same CAMEO code told by the same trigger in the same sentence, word for word up to case, spacing
     * and punctuation: a syndicated copy of one report (wire stories run verbatim on many sites).
     */
    public static boolean sameWords(Event a, Event b) {
        if (a.evidence() == null || b.evidence() == null || !a.cameo().equals(b.cameo())) {
            return false;
        }
        String sa = words(a.evidence().sentence());
        return sa != null && sa.length() >= MIN_COPY_CHARS && sa.equals(words(b.evidence().sentence()))
                && java.util.Objects.equals(words(a.evidence().trigger()), words(b.evidence().trigger()));
    }

    /** A sentence shorter than this ("Police detained 22 people.") is too common to mark a copy. */
    static final int MIN_COPY_CHARS = 40;

    private static String words(String text) {
        if (text == null) {
            return null;
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static boolean sameDates(EventDate a, EventDate b) {
        return a != null && b != null && a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static boolean unknownDate(EventDate d) {
        return d.precision() == DatePrecision.UNKNOWN;
    }

    private static long length(EventDate d) {
        return ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
    }

    /** Whether the article's words name the place (else it was inferred from the story's setting). */
    private static boolean stated(Location l) {
        return l.text() != null && !l.text().isBlank();
    }

    private static boolean finerThanDistrict(LocationPrecision p) {
        return p == LocationPrecision.SITE || p == LocationPrecision.NEIGHBORHOOD || p == LocationPrecision.CITY;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
