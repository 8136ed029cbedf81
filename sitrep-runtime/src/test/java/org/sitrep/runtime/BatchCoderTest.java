package org.sitrep.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Annotators;

/**
 * The batch keeps going past an article that never finishes (given up at the time budget) and past one
 * that exhausts memory (Sitrep's failure, reported apart from rejected inputs). The annotator here stands
 * in for CoreNLP's worst cases: it spins on "STALL" and throws OutOfMemoryError on "OOM".
 */
class BatchCoderTest {
    @TempDir
    Path dir;

    /** Spins on "STALL" and throws OutOfMemoryError on "OOM"; otherwise no sentences. */
    private static AnnotatedArticle hostile(Article a) {
        if (a.text().contains("STALL")) {
            while (!a.text().isEmpty()) { // ignores interrupts, like a CoreNLP loop that never checks
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ignored) {
                    // keeps going
                }
            }
            return null;
        }
        if (a.text().contains("OOM")) {
            throw new OutOfMemoryError("Java heap space");
        }
        return new AnnotatedArticle(a, List.of(), List.of());
    }

    @Test
    @Timeout(30)
    void aStalledArticleIsGivenUpAndAnOutOfMemoryIsAFailureWhileEveryOtherArticleIsCoded() throws IOException {
        List<String> inputs = new ArrayList<>();
        String[] texts = {"One good text.", "STALL here.", "Two good text.", "OOM here.", "Three good text.",
            "Four good text."};
        for (int i = 0; i < texts.length; i++) {
            Path p = dir.resolve(i + ".txt");
            Files.writeString(p, "date 2024-01-0" + (i + 1) + " t\n" + texts[i] + "\n");
            inputs.add(p.toString());
        }
        List<String> coded = new ArrayList<>();
        List<InputException> rejected = new ArrayList<>();
        BatchCoder coder = new BatchCoder(new Pipeline(Annotators.of(BatchCoderTest::hostile), List.of()), 1, Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        BatchResult result = coder.run(new ArticleReader(IngestOptions.defaults()), inputs,
                (CodedArticle c) -> coded.add(c.article().text().strip()), rejected::add, w -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(coded).containsExactly("One good text.", "Two good text.", "Three good text.", "Four good text.");
        assertThat(result.coded()).isEqualTo(4);
        assertThat(rejected).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("1.txt").contains("time budget of 2 s per article"));
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f)
                .contains("3.txt").contains("ran out of memory").doesNotContain("java.lang"));
        assertThat(seconds).as("one worker, stuck for good: the rest still goes through").isLessThan(20);
    }
}
