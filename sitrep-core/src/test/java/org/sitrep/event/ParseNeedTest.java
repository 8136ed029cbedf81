package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real lexicons decide which sentences need a parse. */
class ParseNeedTest {
    private static ParseNeed need;

    @BeforeAll
    static void load() {
        need = ParseNeed.load();
    }

    private static boolean needs(String words, String lemmas) {
        return need.needsParse(Arrays.asList(words.split(" ")), Arrays.asList(lemmas.split(" ")));
    }

    @Test
    void eventTriggersReportingVerbsAndQuotesNeedAParse() {
        assertThat(needs("Soldiers shot two protesters", "soldier shoot two protester")).isTrue();
        assertThat(needs("The attack began", "the attack begin")).isTrue();
        assertThat(needs("officials said", "official say")).isTrue();
        assertThat(needs("\u201c Enough \u201d", "\u201c enough \u201d")).isTrue();
        assertThat(needs("in the Iraqi capital", "in the iraqi capital")).isTrue();
    }

    @Test
    void aSentenceWithNoneOfThemDoesNot() {
        assertThat(needs("The weather was mild", "the weather be mild")).isFalse();
        assertThat(need.needsParse(List.of("Hello"), Arrays.asList((String) null))).isFalse();
    }
}
