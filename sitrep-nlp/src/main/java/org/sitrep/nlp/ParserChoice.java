package org.sitrep.nlp;

/** Which CoreNLP parser produces the dependency graph. Measured in docs/nlp.md. */
public enum ParserChoice {
    /** The neural dependency parser (english_UD), fastest. */
    DEPPARSE,
    /** The shift-reduce constituency parser (englishSR) converted to UD dependencies. */
    SHIFT_REDUCE
}
