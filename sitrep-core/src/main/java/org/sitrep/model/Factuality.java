package org.sitrep.model;

/** Whether the text reports an event as having happened, per the output contract. */
public enum Factuality {
    /** Reported as having happened. */
    ASSERTED,
    /** Denied, prevented, prohibited or said not to have happened. */
    NEGATED,
    /** Alleged, suspected, hypothetical or conditional. */
    POSSIBLE,
    /** Planned, threatened or intended. */
    FUTURE;

    /** The lower-case name used in the contract's JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
