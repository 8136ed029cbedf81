/**
 * The pipeline: a chain of stages from an article to coded events. Every runner (CLI, server,
 * distributed) builds the same chain; they differ only in where articles come from and where results go.
 */
package org.sitrep.pipeline;
