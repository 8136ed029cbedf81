/**
 * Sitrep's knowledge files read one way: {@link org.sitrep.knowledge.KnowledgeTable} reads every TSV of the
 * {@code knowledge/AREA/NAME.tsv} tree (a {@code #} comment block, a column header line, rows by column
 * name), and {@link org.sitrep.knowledge.Knowledge} names the user's overlay directory ({@code --knowledge}
 * or {@code SITREP_KNOWLEDGE}) whose {@code AREA/NAME.tsv} rows are added to the built-in file's.
 */
package org.sitrep.knowledge;
