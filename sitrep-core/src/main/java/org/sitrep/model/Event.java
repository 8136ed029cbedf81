package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One coded event, with every field of the output contract plus its anchor in the annotation.
 *
 * @param id          unique within the article: article id + "-e" + ordinal
 * @param cameo       CAMEO event code, most specific known ("194", "1951")
 * @param cameoName   the codebook's name for the code
 * @param quadClass   CAMEO quad class 1..4
 * @param goldstein   Goldstein scale value -10..+10
 * @param plover      PLOVER event type, or null
 * @param acled       ACLED event/sub-event type, or null
 * @param factuality  asserted, negated, possible or future
 * @param source      who acted, or null when unknown
 * @param target      who was acted upon, or null
 * @param date        when the event happened (not the publication date), or null before dating
 * @param location    where it happened, or null
 * @param fatalities  number killed when the text states it, else null
 * @param evidence    the sentence that states it
 * @param confidence  0..1
 * @param anchor      trigger and argument positions in the annotation
 * @param mentions    the other sentences of the article that state the same occurrence (headline and body,
 *                    a verb and its nominal echoes, an attack's killings), in text order; empty when the
 *                    evidence is the only one
 */
public record Event(String id, String cameo, String cameoName, int quadClass, double goldstein, String plover,
                    AcledType acled, Factuality factuality, Actor source, Actor target, EventDate date,
                    Location location, Integer fatalities, Evidence evidence, double confidence,
                    EventAnchor anchor, List<Evidence> mentions) {
    public Event {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /** An event stated once: no further mentions. */
    public Event(String id, String cameo, String cameoName, int quadClass, double goldstein, String plover,
                 AcledType acled, Factuality factuality, Actor source, Actor target, EventDate date,
                 Location location, Integer fatalities, Evidence evidence, double confidence, EventAnchor anchor) {
        this(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, source, target, date, location,
                fatalities, evidence, confidence, anchor, List.of());
    }

    public Event withAcled(AcledType newAcled) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, newAcled, factuality, source, target,
                date, location, fatalities, evidence, confidence, anchor, mentions);
    }

    public Event withActors(Actor newSource, Actor newTarget) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, newSource,
                newTarget, date, location, fatalities, evidence, confidence, anchor, mentions);
    }

    public Event withDate(EventDate newDate) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, source, target,
                newDate, location, fatalities, evidence, confidence, anchor, mentions);
    }

    public Event withLocation(Location newLocation) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, source, target,
                date, newLocation, fatalities, evidence, confidence, anchor, mentions);
    }

    public Event withConfidence(double newConfidence) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, source, target,
                date, location, fatalities, evidence, newConfidence, anchor, mentions);
    }

    /** The same event with further mentions of the occurrence. */
    public Event withMentions(List<Evidence> newMentions) {
        return new Event(id, cameo, cameoName, quadClass, goldstein, plover, acled, factuality, source, target,
                date, location, fatalities, evidence, confidence, anchor, newMentions);
    }

    /** The CAMEO root: the first two digits. */
    public String cameoRoot() {
        return cameo.substring(0, 2);
    }
}
