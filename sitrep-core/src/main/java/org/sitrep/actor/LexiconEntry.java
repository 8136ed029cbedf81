package org.sitrep.actor;

/**
 * One thing the actor lexicon knows: a country, an organisation, a person or an agent word.
 *
 * @param kind        what it names
 * @param name        canonical name ("Kataib Hezbollah", "Iraq", "army")
 * @param code        CAMEO-style code, or null for agent words (their code depends on the country)
 * @param country     ISO alpha-3, or null
 * @param role        CAMEO role, "-" for agent words that take the role of what they speak for, or null
 * @param affiliation for a person, the organisation they act for; else null
 * @param personal    true when the entry names a person or people (for "he"/"they" coreference)
 */
public record LexiconEntry(EntryKind kind, String name, String code, String country, String role,
                           String affiliation, boolean personal) {

    /** True for agent words like "spokesperson" or "group" that carry no role of their own. */
    public boolean inheritsRole() {
        return "-".equals(role);
    }
}
