package org.sitrep.nlp;

/**
 * How the CoreNLP pipeline is configured.
 *
 * @param parser           which parser builds the dependency graph
 * @param bidirectionalPos use the slower bidirectional POS tagger instead of left3words
 * @param ner              run named-entity recognition with SUTime (needed for actors, places, dates)
 * @param parseAll         parse every sentence, not only those the extraction stages read a parse of
 * @param maxParseTokens   sentences longer than this many tokens are not parsed (a note is logged)
 */
public record NlpOptions(ParserChoice parser, boolean bidirectionalPos, boolean ner, boolean parseAll,
                         int maxParseTokens) {
    /** Longest sentence parsed by default: news sentences run to about 60 tokens (docs/nlp.md). */
    public static final int DEFAULT_MAX_PARSE_TOKENS = 100;

    public NlpOptions(ParserChoice parser, boolean bidirectionalPos, boolean ner) {
        this(parser, bidirectionalPos, ner, false, DEFAULT_MAX_PARSE_TOKENS);
    }

    /** The measured default (docs/nlp.md). */
    public static NlpOptions defaults() {
        return new NlpOptions(ParserChoice.SHIFT_REDUCE, false, true);
    }
}
