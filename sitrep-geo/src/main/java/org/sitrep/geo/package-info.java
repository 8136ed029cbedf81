/**
 * Geoparsing: a gazetteer built from GeoNames data plus a curated supplement, recognition of the
 * toponyms an article mentions (from NER and from gazetteer matches), their resolution to one
 * gazetteer entry by name, population, feature type, article focus and containment cues, and the
 * location each event is tied to by its clause or by the story's setting.
 */
package org.sitrep.geo;
