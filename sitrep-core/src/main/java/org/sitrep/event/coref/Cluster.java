package org.sitrep.event.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.AcledType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/**
 * The mentions of one occurrence, and the one event they make: the most informative mention's code and
 * evidence, the best-known actors, the narrowest date, the most precise place, the dead counted once (the
 * largest stated figure, never a sum) and every other mention kept as evidence.
 */
final class Cluster {
    private final List<Mention> members = new ArrayList<>();
    private final CorefLexicon lexicon;

    Cluster(Mention first, CorefLexicon lexicon) {
        this.lexicon = lexicon;
        members.add(first);
    }

    void add(Mention m) {
        members.add(m);
    }

    List<Mention> members() {
        return members;
    }

    Mention first() {
        return members.get(0);
    }

    long lastPosition() {
        return members.get(members.size() - 1).position();
    }

    /** The mention that names the occurrence best: an act over its consequence, then specific, then informed. */
    Mention primary() {
        return members.stream().max(Comparator.comparingInt(this::rank)
                .thenComparing(m -> -m.position())).orElseThrow();
    }

    private int rank(Mention m) {
        Event e = m.event();
        int r = 0;
        if (!lexicon.is("CONSEQUENCE", e.cameo()) && !m.definite()) {
            // a definite echo ("the massacre was the third this month") names it again, not best; an act
            // with no doer ("four people were shot dead", "the post had been attacked") only over its toll
            r += m.agentless(lexicon) ? 60 : 100;
        }
        if (e.cameo().startsWith("03")) {
            r -= 50; // "agreed to a ceasefire": the ceasefire (0871), not an intent to de-escalate (0356)
        }
        if (lexicon.is("WEAPON", e.cameo())) {
            r += 20; // "rocket strike" (194) over "attack" (190)
        }
        r += e.source() != null && e.source().isResolved() ? 8 : 0;
        r += e.target() != null && e.target().isResolved() ? 4 : 0;
        r += e.acled() != null ? 2 : 0;
        return r;
    }

    /** The event the cluster makes, or the single event unchanged. */
    Event merged() {
        if (members.size() == 1) {
            return first().event();
        }
        Mention p = primary();
        Event e = p.event();
        Actor source = e.source();
        Actor target = e.target();
        EventDate date = e.date();
        Location location = e.location();
        AcledType acled = e.acled();
        Integer fatalities = e.fatalities();
        double confidence = e.confidence();
        List<Evidence> mentions = new ArrayList<>();
        for (Mention m : members) {
            Event o = m.event();
            if (m == p) {
                continue;
            }
            boolean consequence = lexicon.is("CONSEQUENCE", o.cameo()) && !lexicon.is("CONSEQUENCE", e.cameo());
            // "fighters killed 18 villagers in a raid": the killing's doer is the raid's when the raid names none
            if ((!consequence || source == null) && better(o.source(), source)
                    && !Compatibility.sameActor(o.source(), target)) {
                source = o.source();
            }
            if ((!consequence || target == null) && better(o.target(), target)
                    && !Compatibility.sameActor(o.target(), source)) {
                target = o.target();
            }
            date = narrower(o.date(), date);
            location = finer(o.location(), location);
            if (acled == null) {
                acled = o.acled();
            }
            if (o.fatalities() != null && (fatalities == null || o.fatalities() > fatalities)) {
                fatalities = o.fatalities();
            }
            confidence = Math.max(confidence, o.confidence());
            mentions.add(o.evidence());
            mentions.addAll(o.mentions());
        }
        mentions.addAll(e.mentions());
        mentions.sort(Comparator.comparingInt(Evidence::start));
        return new Event(e.id(), e.cameo(), e.cameoName(), e.quadClass(), e.goldstein(), e.plover(), acled,
                e.factuality(), source, target, date, location, fatalities, e.evidence(), confidence, e.anchor(),
                mentions);
    }

    /** Whether {@code candidate} names the actor better than {@code current}. */
    boolean better(Actor candidate, Actor current) {
        if (candidate == null) {
            return false;
        }
        if (current == null) {
            return true;
        }
        if (candidate.isResolved() != current.isResolved()) {
            return candidate.isResolved();
        }
        // "stormed the location" and "the embassy siege": the embassy
        return !candidate.isResolved() && placeholder(current) && !placeholder(candidate);
    }

    private boolean placeholder(Actor a) {
        String[] words = a.text().trim().split("\\s+");
        return lexicon.is("PLACEHOLDER", words[words.length - 1]);
    }

    static EventDate narrower(EventDate candidate, EventDate current) {
        if (candidate == null || candidate.precision() == DatePrecision.UNKNOWN) {
            return current;
        }
        if (current == null || current.precision() == DatePrecision.UNKNOWN) {
            return candidate;
        }
        long c = candidate.end().toEpochDay() - candidate.start().toEpochDay();
        long k = current.end().toEpochDay() - current.start().toEpochDay();
        return c < k ? candidate : current;
    }

    static Location finer(Location candidate, Location current) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        // a place the text states beats the story's inferred setting, however fine the setting
        boolean stated = candidate.text() != null;
        if (stated != (current.text() != null)) {
            return stated ? candidate : current;
        }
        return candidate.precision().ordinal() < current.precision().ordinal() ? candidate : current;
    }
}
