/**
 * Ingest: turning files, JSON Lines records, HTML pages and WARC archives' HTML responses into {@link org.sitrep.article.Article}s.
 * Decides the format of each input, its publication date and main text, and rejects bad input with an
 * {@link org.sitrep.article.InputException} naming the input and the problem.
 */
package org.sitrep.ingest;
