package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Codebook;

/** The coreference lexicon's invariants. */
class CorefLexiconTest {
    static final CorefLexicon LEXICON = CorefLexicon.load();

    @Test
    void everyFamilyPrefixIsACameoCode() {
        Codebook codebook = Codebook.load();
        for (String prefix : LEXICON.familyPrefixes()) {
            boolean known = codebook.cameo().get(prefix) != null || prefix.length() == 2;
            assertThat(known).as(prefix).isTrue();
        }
    }

    @Test
    void familiesGoByTheLongestPrefix() {
        assertThat(LEXICON.family("1951")).isEqualTo("violence");
        assertThat(LEXICON.family("145")).isEqualTo("violence");
        assertThat(LEXICON.family("141")).isEqualTo("protest");
        assertThat(LEXICON.family("0874")).isEqualTo("withdrawal");
        assertThat(LEXICON.family("0871")).isEqualTo("agreement"); // a ceasefire is agreed, 0874 a withdrawal
        assertThat(LEXICON.family("010")).isNull();
    }

    @Test
    void kinIsSymmetricAndWordsAreCaseBlind() {
        assertThat(LEXICON.kin("145", "191")).isTrue();
        assertThat(LEXICON.kin("191", "145")).isTrue();
        assertThat(LEXICON.kin("194", "195")).isFalse();
        assertThat(LEXICON.is("WEAPON", "194")).isTrue();
        assertThat(LEXICON.is("PRONOUN", "It")).isTrue();
        assertThat(LEXICON.is("FIGURATIVE", "Freedom")).isTrue();
    }
}
