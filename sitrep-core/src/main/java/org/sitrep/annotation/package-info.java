/**
 * Sitrep's own linguistic annotation records: sentences, tokens with offsets, lemmas, POS, NER
 * and normalized times, dependency edges and entity mentions. Extraction code reads only
 * these, never an NLP library's types, so it can be tested on hand-built sentences.
 */
package org.sitrep.annotation;
