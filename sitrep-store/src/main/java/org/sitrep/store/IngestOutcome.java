package org.sitrep.store;

/** What storing one article did. */
public enum IngestOutcome {
    /** A new article: it and its events, quotes and places were stored. */
    STORED,
    /** The same article (same id, same content hash) was already stored: nothing changed. */
    UNCHANGED,
    /** The article id was stored with other content: the old rows were replaced in one transaction. */
    REPLACED
}
