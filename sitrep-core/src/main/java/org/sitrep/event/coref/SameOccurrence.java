package org.sitrep.event.coref;

import java.util.List;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;

/**
 * A mention that names an occurrence again without pointing back at it by syntax or a determiner: a later
 * verb ("the activists were detained in March" after "weeks after they were arrested"), an agentless toll
 * ("four people were shot dead" after "police fired tear gas at protesters"), a pronoun's act in a quote
 * ("They shot at children"), talks named again by the verb ("held talks" after "met"). It joins an earlier
 * cluster of its family only when that cluster is the <em>only</em> one it can be: same factuality, a related
 * code (the same, kindred, one the family's broad code of the same root; in violence also a harm with no
 * named agent or a consequence), in violence a doer who is the same or none named, both dated alike (the same day, month or year), compatible actors (either way round for
 * meetings and agreements, whose parties are a pair, not a doer and a sufferer) and places, and no two
 * different means of attack. Two such candidates, and it stays apart: the article tells of several
 * occurrences and nothing says which this one is.
 */
final class SameOccurrence {
    private final CorefLexicon lexicon;

    SameOccurrence(CorefLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The one cluster {@code m} can only be a mention of, or null when there is none or more than one. */
    Cluster sole(Mention m, List<Cluster> clusters) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (can(m, c)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    boolean can(Mention m, Cluster c) {
        if (m.family() == null || !m.family().equals(c.first().family()) || m.generic() || m.sentence() == null
                || EventCoreference.counter(m, lexicon)) {
            return false;
        }
        boolean violence = "violence".equals(m.family());
        boolean doerless = doerless(m);
        boolean related = false;
        String b = m.event().cameo();
        for (Mention o : c.members()) {
            if (o.event().factuality() != m.event().factuality() || o.generic()) {
                return false;
            }
            String a = o.event().cameo();
            if (lexicon.is("WEAPON", a) && lexicon.is("WEAPON", b) && !a.equals(b)) {
                return false;
            }
            related |= a.equals(b) || lexicon.kin(a, b)
                    || a.substring(0, 2).equals(b.substring(0, 2)) && (EventCoreference.broad(a) || EventCoreference.broad(b))
                    || violence && (doerless || lexicon.is("CONSEQUENCE", b));
        }
        if (!related) {
            return false;
        }
        Event merged = c.merged();
        Event e = m.event();
        if (!sameDates(e.date(), merged.date()) || !Compatibility.places(e.location(), merged.location())) {
            return false;
        }
        if (violence && !doerless && !Compatibility.sameActor(e.source(), merged.source())) {
            return false; // a named doer with no match ("its troops engaged them") may be the other side's act
        }
        boolean straight = (doerless || Compatibility.actors(e.source(), merged.source()))
                && Compatibility.actors(e.target(), merged.target()); // a pronoun's resolution is a guess
        boolean swapped = Compatibility.actors(e.source(), merged.target())
                && Compatibility.actors(e.target(), merged.source());
        return straight || !violence && swapped;
    }

    /**
     * A harm whose doer the text does not state: agentless ({@link Mention#agentless}) or a consequence told
     * by a participle ("..., killing at least 19"), whose doer is the act's whatever the parser hung it on.
     */
    private boolean doerless(Mention m) {
        return m.agentless(lexicon) || EventCoreference.participle(m) && lexicon.is("CONSEQUENCE", m.event().cameo());
    }

    /**
     * Known and equal dates: the same day, or the same month or year ("last year's protests"). Overlap is not
     * enough — "students had started the protests earlier this month" overlaps Friday's march but is the wave
     * it belongs to, not the march.
     */
    private static boolean sameDates(EventDate a, EventDate b) {
        return a != null && b != null && a.precision() != DatePrecision.UNKNOWN && b.precision() != DatePrecision.UNKNOWN
                && a.start().equals(b.start()) && a.end().equals(b.end());
    }
}
