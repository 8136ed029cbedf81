/**
 * Actors: who acts, who is acted upon and who speaks, resolved from the words of the article to
 * canonical names and CAMEO-style codes (country + role) using the actor lexicons.
 */
package org.sitrep.actor;
