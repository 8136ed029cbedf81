package org.sitrep.model;

import java.util.Objects;

/**
 * ACLED's event type and sub-event type, e.g. "Explosions/Remote violence" /
 * "Shelling/artillery/missile attack".
 */
public record AcledType(String eventType, String subEventType) {
    public AcledType {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subEventType, "subEventType");
    }
}
