package org.sitrep.annotation;

/**
 * One edge of a sentence's dependency graph (Universal Dependencies relation names, with the
 * enhanced "nmod:in"/"obl:near" style suffixes where the parser gives them).
 *
 * @param governor  index of the head token in the sentence, or -1 for the root edge
 * @param dependent index of the dependent token
 * @param relation  relation name, e.g. nsubj, obj, obl:near, nsubj:pass, compound:prt
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: "obl" for "obl:near". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype, "near" for "obl:near", or the empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
