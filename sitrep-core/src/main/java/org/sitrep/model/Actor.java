package org.sitrep.model;

/**
 * Who acts, is acted on, or speaks.
 *
 * @param text        the words in the article that name the actor
 * @param name        canonical name (e.g. "Kataib Hezbollah"), or null when unknown
 * @param code        CAMEO-style code, country + role segments (e.g. "IRQREB", "USAMIL"), or null
 * @param country     ISO 3166-1 alpha-3 of the actor's affiliation, or null
 * @param role        CAMEO role (GOV, MIL, REB, COP, ...), or null
 * @param affiliation organisation a person speaks or acts for, or null
 * @param patron      who backs the actor when the text says so ("Iran-backed fighters": "IRN"), as a
 *                    country code or an organisation's canonical name, or null
 */
public record Actor(String text, String name, String code, String country, String role, String affiliation,
                    String patron) {

    /** An actor without a named patron. */
    public Actor(String text, String name, String code, String country, String role, String affiliation) {
        this(text, name, code, country, role, affiliation, null);
    }

    /** An actor known only by its words in the text. */
    public static Actor unresolved(String text) {
        return new Actor(text, null, null, null, null, null, null);
    }

    public boolean isResolved() {
        return code != null || name != null;
    }

    /** The same actor named by other words. */
    public Actor withText(String newText) {
        return new Actor(newText, name, code, country, role, affiliation, patron);
    }

    /** The same actor with a patron. */
    public Actor withPatron(String newPatron) {
        return new Actor(text, name, code, country, role, affiliation, newPatron);
    }
}
