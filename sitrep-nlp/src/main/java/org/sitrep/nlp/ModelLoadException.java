package org.sitrep.nlp;

/** The CoreNLP models could not be loaded (for example, the heap is too small); the message is one line. */
public final class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }
}
