package org.sitrep.geo;

/**
 * A toponym and the gazetteer entry it resolved to.
 *
 * @param toponym the words in the article
 * @param entry   the place, or null when nothing in the gazetteer fits
 * @param score   the winning candidate's score (higher is surer); 0 when unresolved
 */
public record ResolvedToponym(Toponym toponym, GazetteerEntry entry, double score) {
    public boolean resolved() {
        return entry != null;
    }
}
