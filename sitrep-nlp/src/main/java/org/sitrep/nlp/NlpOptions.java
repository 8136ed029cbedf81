package org.sitrep.nlp;

/**
 * How the CoreNLP pipeline is configured.
 *
 * @param parser          which parser builds the dependency graph
 * @param bidirectionalPos use the slower bidirectional POS tagger instead of left3words
 * @param ner             run named-entity recognition with SUTime (needed for actors, places, dates)
 */
public record NlpOptions(ParserChoice parser, boolean bidirectionalPos, boolean ner) {
    /** The measured default (docs/nlp.md). */
    public static NlpOptions defaults() {
        return new NlpOptions(ParserChoice.SHIFT_REDUCE, false, true);
    }
}
