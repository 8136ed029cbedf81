package org.sitrep.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;
import org.junit.jupiter.api.Test;

class StandardPipelineTest {
    @Test
    void theStandardStagesRunInTheirDeclaredOrder() {
        assertThat(StandardPipeline.extractionStages()).extracting(Stage::name)
                .containsExactly("events", "quotes", "actors", "places", "dates");
    }

    @Test
    void theChainThroughAStageStopsAtTheStageThatProvidesIt() {
        assertThat(StandardPipeline.extractionStagesThrough(Provision.ACTORS)).extracting(Stage::name)
                .containsExactly("events", "quotes", "actors");
        assertThat(StandardPipeline.extractionStagesThrough(Provision.EVENTS)).extracting(Stage::name)
                .containsExactly("events");
    }

    @Test
    void theChainCodesAnUnparsedArticleToNoEvents() {
        Stage<Article, AnnotatedArticle> empty = new Stage<>() {
            @Override
            public String name() {
                return "annotate";
            }

            @Override
            public AnnotatedArticle apply(Article a) {
                return new AnnotatedArticle(a, List.of(), List.of());
            }
        };
        Pipeline p = StandardPipeline.with(empty);
        CodedArticle c = p.run(new Article("a", null, null, null, null, "en", "Nothing here.", "a.txt"));
        assertThat(c.events()).isEmpty();
        assertThat(c.quotes()).isEmpty();
        assertThat(p.stageNames()).containsExactly("annotate", "events", "quotes", "actors", "places", "dates");
    }
}
