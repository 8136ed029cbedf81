package org.sitrep.geo;

/** The inner reading lies within (or, if {@code near}, close to) the outer one. */
record Cue(Reading inner, Reading outer, boolean near) {
}
