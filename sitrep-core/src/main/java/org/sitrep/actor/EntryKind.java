package org.sitrep.actor;

/** What a lexicon entry names, which decides how it combines with the words around it. */
public enum EntryKind {
    /** A country by name ("Iraq", "the US"). */
    COUNTRY,
    /** A country's adjective or people ("Iraqi", "Iranians"). */
    DEMONYM,
    /** A capital or seat of power standing for a government ("Washington", "the Kremlin"). */
    METONYM,
    /** A named organisation. */
    ORGANISATION,
    /** A named person. */
    PERSON,
    /** A common noun or title that gives a role ("army", "spokesperson"). */
    AGENT;

    public boolean isState() {
        return this == COUNTRY || this == DEMONYM || this == METONYM;
    }
}
