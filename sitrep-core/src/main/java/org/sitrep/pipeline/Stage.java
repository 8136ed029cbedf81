package org.sitrep.pipeline;

import java.util.Set;

/**
 * One step of the pipeline: a pure function from one immutable value to the next. A stage holds its
 * heavy resources (models, lexicons, gazetteer) loaded once and must be safe to call from many threads.
 * It declares what it reads ({@link #requires()}) and what it adds ({@link #provides()});
 * {@link Pipeline} checks the order when it is built.
 *
 * @param <I> what it reads
 * @param <O> what it produces
 */
public interface Stage<I, O> {
    /** Short name used in benchmarks and messages ("annotate", "events", "actors"). */
    String name();

    O apply(I input);

    /** What must be on the article before this stage runs. */
    default Set<Provision> requires() {
        return Set.of();
    }

    /** What this stage adds. */
    default Set<Provision> provides() {
        return Set.of();
    }
}
