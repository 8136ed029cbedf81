package org.sitrep.actor;

import org.sitrep.model.Actor;

/** A resolved phrase with the kind of thing it names. */
record Resolution(Actor actor, Discourse.Kind kind) {
}
