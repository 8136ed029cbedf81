/**
 * Actors: who acts, who is acted upon and who speaks. Decides, from the words of an event argument
 * or speaker phrase (names found by longest alias match in the actor lexicons, NER types, the head
 * noun and its modifiers, possessives, titles, and earlier mentions for "he" or "the group"), the
 * canonical name and CAMEO-style code (country + role) of each actor.
 */
package org.sitrep.actor;
