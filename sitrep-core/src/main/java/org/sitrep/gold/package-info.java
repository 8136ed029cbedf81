/**
 * Gold sets: reading the JSON Lines files that {@code sitrep eval} scores against, so every evaluator
 * names a bad record by file and line the same way.
 */
package org.sitrep.gold;
