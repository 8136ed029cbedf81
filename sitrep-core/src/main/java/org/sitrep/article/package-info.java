/**
 * The article as read from a source, and the one exception type for bad input. Nothing here
 * decides anything about content; it only carries text, metadata and provenance.
 */
package org.sitrep.article;
