/**
 * Events: who did what to whom. The coder decides from the dependency structure of each clause which
 * predicate is an event, its CAMEO code, its syntactic source and target, and its factuality.
 */
package org.sitrep.event;
