package org.sitrep.pipeline;

/**
 * One step of the pipeline: a pure function from one immutable value to the next. A stage holds its
 * heavy resources (models, lexicons, gazetteer) loaded once and must be safe to call from many threads.
 *
 * @param <I> what it reads
 * @param <O> what it produces
 */
public interface Stage<I, O> {
    /** Short name used in benchmarks and messages ("annotate", "events", "actors"). */
    String name();

    O apply(I input);
}
