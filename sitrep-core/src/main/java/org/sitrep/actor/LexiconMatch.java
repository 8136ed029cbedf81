package org.sitrep.actor;

/**
 * A lexicon alias found in a sentence.
 *
 * @param entry      what it names
 * @param startToken first token covered (inclusive)
 * @param endToken   last token covered (exclusive); a match may cover only part of a hyphenated token
 * @param relation   how the name relates to the phrase it sits in
 */
record LexiconMatch(LexiconEntry entry, int startToken, int endToken, Relation relation) {

    /** How a matched name relates to its phrase. */
    enum Relation {
        /** The name is (part of) the actor. */
        SELF,
        /** The name backs the actor ("Iran-backed", "backed by Iran", "pro-Iranian"). */
        PATRON,
        /** The name is opposed by the actor ("anti-Houthi"): not the actor. */
        OPPOSED
    }

    boolean covers(int token) {
        return token >= startToken && token < endToken;
    }

    EntryKind kind() {
        return entry.kind();
    }
}
