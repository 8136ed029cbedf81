/**
 * The geoparsing evaluation behind {@code sitrep eval geo}: reads gold corpora (LGL, GeoVirus) in
 * JSON Lines, runs recognition and resolution on them and scores toponym precision/recall/F1 on exact
 * spans and resolution by accuracy at 161 km, mean and median error and the AUC of the log-error curve.
 */
package org.sitrep.geo.eval;
