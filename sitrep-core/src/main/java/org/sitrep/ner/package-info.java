/**
 * Fine entity types for names (COUNTRY, STATE_OR_PROVINCE, CITY, NATIONALITY, TITLE) given by a lookup in
 * Sitrep's own name table, over the coarse tags of CoreNLP's 3-class tagger: the work CoreNLP's
 * fine-grained NER did, at a fraction of its cost (docs/nlp.md). Reads {@code annotation} and
 * {@code knowledge}; nothing in Sitrep's other packages.
 */
package org.sitrep.ner;
