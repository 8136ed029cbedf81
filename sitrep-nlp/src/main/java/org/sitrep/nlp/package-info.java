/**
 * The one door to Stanford CoreNLP: runs its annotators on an article and converts the result into
 * Sitrep's own annotation records. No CoreNLP type leaves this package.
 */
package org.sitrep.nlp;
