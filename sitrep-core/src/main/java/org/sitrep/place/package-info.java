/**
 * Places: toponyms found in the article, resolved against the gazetteer, and the location each
 * event is tied to by its clause or by the story's setting.
 */
package org.sitrep.place;
