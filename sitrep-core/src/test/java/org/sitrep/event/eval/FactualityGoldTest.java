package org.sitrep.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.InputException;
import org.sitrep.event.EventCoder;
import org.sitrep.model.CodedArticle;
import org.sitrep.testing.EventSentences;

/** The factuality gold reader, its halves, and the scorer on two real sentences coded by the event coder. */
class FactualityGoldTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, "# a comment\n" + FactualityGold.HEADER + "\n" + String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void readsEventsWithOccurrenceAndHalf() throws Exception {
        List<FactualityGold> items = FactualityGold.read(file(
                "negated\tnegation\tattack\tThe militia did not attack the embassy.",
                "asserted\tplain\tfired#2\tThey fired and fired again."));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).expected()).isEqualTo("negated");
        assertThat(items.get(1).word()).isEqualTo("fired");
        assertThat(items.get(1).occurrence()).isEqualTo(2);
        assertThat(items.get(0).where()).endsWith("s.tsv:3");
        // CRC-32 of "abc" is 0x352441c2 (even), of "a" 0xe8b7be43 (odd)
        assertThat(FactualityGold.half("abc")).isEqualTo("tune");
        assertThat(FactualityGold.half("a")).isEqualTo("frozen");
    }

    @Test
    void badLinesNameTheLineAndTheProblem() throws Exception {
        assertThatThrownBy(() -> FactualityGold.read(file("maybe\tplain\tattack\tThey attack.")))
                .isInstanceOf(InputException.class).hasMessageContaining("s.tsv:3").hasMessageContaining("unknown factuality");
        assertThatThrownBy(() -> FactualityGold.read(file("asserted\tplain\tstrike\tThey attack.")))
                .hasMessageContaining("not in the sentence");
        assertThatThrownBy(() -> FactualityGold.read(file("asserted\tplain\tattack")))
                .hasMessageContaining("4 tab-separated columns");
        assertThatThrownBy(() -> FactualityGold.read(dir.resolve("missing.tsv")))
                .hasMessageContaining("no such gold file");
        Path noHeader = dir.resolve("h.tsv");
        Files.writeString(noHeader, "asserted\tplain\tattack\tThey attack.\n");
        assertThatThrownBy(() -> FactualityGold.read(noHeader)).hasMessageContaining("header");
    }

    @Test
    void scorerCountsForbiddenAndLostEvents() throws Exception {
        EventCoder coder = EventCoder.load();
        String negated = "The/the/DT/2/det militia/militia/NN/5/nsubj did/do/VBD/5/aux not/not/RB/5/advmod "
                + "attack/attack/VB/0/root the/the/DT/7/det embassy/embassy/NN/5/obj ./././5/punct";
        String asserted = "Militants/militant/NNS/2/nsubj attacked/attack/VBD/0/root the/the/DT/4/det "
                + "embassy/embassy/NN/2/obj ./././2/punct";
        FactualityScorer scorer = new FactualityScorer();
        AnnotatedArticle a = EventSentences.article("n", negated);
        scorer.add(new FactualityGold("x:1", "negated", "negation", "attack", 1, a.article().text()), a,
                coder.apply(CodedArticle.of(a)).events());
        AnnotatedArticle b = EventSentences.article("a", asserted);
        List<org.sitrep.model.Event> events = coder.apply(CodedArticle.of(b)).events();
        // gold says "possible" for an asserted attack: one forbidden event
        scorer.add(new FactualityGold("x:2", "possible", "modal", "attacked", 1, b.article().text()), b, events);
        // the word "embassy" has no event: an asserted gold event there is lost
        scorer.add(new FactualityGold("x:3", "asserted", "plain", "embassy", 1, b.article().text()), b, events);
        FactualityScores s = scorer.score();
        assertThat(s.items()).isEqualTo(3);
        assertThat(s.correct()).isEqualTo(1);
        assertThat(s.forbidden()).isEqualTo(1);
        assertThat(s.notAsserted()).isEqualTo(2);
        assertThat(s.lost()).isEqualTo(1);
        assertThat(s.cell("possible", "asserted")).isEqualTo(1);
        assertThat(s.cell("asserted", "none")).isEqualTo(1);
        assertThat(s.table("t")).contains("forbidden").contains("negated");
        assertThat(s.errors()).hasSize(2);
    }
}
