/**
 * Codebooks: the CAMEO event codes with their names, quad classes and Goldstein values, and the mappings
 * from CAMEO (plus mode cues such as "rockets" or "suicide bomber") to PLOVER and ACLED types. All of it is
 * read from TSV files under {@code codebook/} on the classpath; nothing here knows about sentences.
 */
package org.sitrep.codebook;
