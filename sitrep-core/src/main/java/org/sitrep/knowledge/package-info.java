/**
 * A user's own knowledge files, overlaid on the built-in ones: decides which extra file, if any, a
 * reader adds to a built-in lexicon, from the directory named by {@code SITREP_KNOWLEDGE}.
 */
package org.sitrep.knowledge;
