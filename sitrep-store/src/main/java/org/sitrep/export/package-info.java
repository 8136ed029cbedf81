/**
 * Writes stored events for other tools: the output contract as JSON lines, CSV with GDELT-like or
 * ACLED-like columns (one row per real-world event after dedup), and GeoJSON points for GIS tools. Decides
 * only layout and column mapping; what to export comes from the store's query layer.
 */
package org.sitrep.export;
