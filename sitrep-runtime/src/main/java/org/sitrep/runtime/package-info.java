/**
 * What every runner (the command line, the server, the distributed runner) uses to code articles:
 * the standard pipeline in its declared and checked order, the CoreNLP annotator loaded on first use,
 * and batch coding on worker threads in input order.
 */
package org.sitrep.runtime;
