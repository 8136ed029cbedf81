package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

class ArticleBoundsTest {
    private final List<String> warnings = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(Article article) {
        }

        @Override
        public void reject(InputException problem) {
        }

        @Override
        public void warn(String origin, String message) {
            warnings.add(origin + ": " + message);
        }
    };

    private static Article article(String text) {
        return new Article("a", null, null, null, null, "en", text, "in.txt");
    }

    private static String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(i);
        }
        return b.toString();
    }

    @Test
    void ordinaryProseIsLeftAlone() throws InputException {
        Article a = article("Rebels attacked a village. \"We fled,\" she said!\n\nPolice came (later.)");
        assertThat(new ArticleBounds(IngestOptions.defaults()).apply(a, sink)).isSameAs(a);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHugeWordIsBlankedKeepingOffsetsAndAnArticleOfNothingElseIsRejected() throws InputException {
        String text = "Rebels attacked a village. " + "x".repeat(5000) + " Police came.";
        Article out = new ArticleBounds(IngestOptions.defaults()).apply(article(text), sink);
        assertThat(out.text()).hasSize(text.length()).startsWith("Rebels attacked a village. ").endsWith(" Police came.");
        assertThat(out.text()).doesNotContain("x");
        assertThat(warnings).singleElement().asString().contains("in.txt").contains("longest 5000").contains("--max-word-chars");
        assertThatThrownBy(() -> new ArticleBounds(IngestOptions.defaults()).apply(article("a".repeat(100_000)), sink))
                .hasMessageContaining("in.txt").hasMessageContaining("no text left to code");
    }

    @Test
    void aLongRunIsCutIntoPiecesAndAnEndlessOneIsLeftOut() throws InputException {
        String run = words(250);
        Article out = new ArticleBounds(IngestOptions.defaults()).apply(article(run + ". Then a sentence."), sink);
        assertThat(out.text()).hasSize(run.length() + ". Then a sentence.".length());
        assertThat(out.text().split("\n\n")).hasSize(3);
        assertThat(out.text()).doesNotContain("w100 ").doesNotContain("w200 ").contains("w99\n\n").contains(" w101 ");
        assertThat(warnings).singleElement().asString().contains("at 2 place(s)");

        warnings.clear();
        String dump = words(1500);
        Article mixed = new ArticleBounds(IngestOptions.defaults()).apply(article(dump + "\n\nRebels attacked."), sink);
        assertThat(mixed.text().strip()).isEqualTo("Rebels attacked.");
        assertThat(warnings).singleElement().asString().contains("1500 words").contains("--max-run-words");
        assertThatThrownBy(() -> new ArticleBounds(IngestOptions.defaults()).apply(article(dump), sink))
                .hasMessageContaining("no sentence in it");
    }

    @Test
    void anArticleOverTheWordLimitIsRejectedNamingIt() {
        IngestOptions small = new IngestOptions(1_000_000, null, 100, 100, 50);
        assertThatThrownBy(() -> new ArticleBounds(small).apply(article("Word. ".repeat(51)), sink))
                .isInstanceOf(InputException.class).hasMessageContaining("in.txt")
                .hasMessageContaining("more than 50 words").hasMessageContaining("--max-words");
    }
}
