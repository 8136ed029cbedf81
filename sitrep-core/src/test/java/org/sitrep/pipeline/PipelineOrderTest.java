package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;
import org.junit.jupiter.api.Test;

class PipelineOrderTest {
    private static final Stage<Article, AnnotatedArticle> ANNOTATOR = new Stage<>() {
        @Override
        public String name() {
            return "annotate";
        }

        @Override
        public AnnotatedArticle apply(Article a) {
            return new AnnotatedArticle(a, List.of(), List.of());
        }
    };

    private static Stage<CodedArticle, CodedArticle> stage(String name, Set<Provision> requires, Set<Provision> provides) {
        return new Stage<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CodedArticle apply(CodedArticle c) {
                return c;
            }

            @Override
            public Set<Provision> requires() {
                return requires;
            }

            @Override
            public Set<Provision> provides() {
                return provides;
            }
        };
    }

    @Test
    void stagesInDeclaredOrderBuild() {
        Pipeline p = new Pipeline(ANNOTATOR, List.of(
                stage("events", Set.of(Provision.ANNOTATION), Set.of(Provision.EVENTS)),
                stage("actors", Set.of(Provision.EVENTS), Set.of(Provision.ACTORS))));
        assertThat(p.stageNames()).containsExactly("annotate", "events", "actors");
    }

    @Test
    void aStageBeforeWhatItRequiresFailsAtBuildNamingBoth() {
        assertThatThrownBy(() -> new Pipeline(ANNOTATOR, List.of(
                stage("actors", Set.of(Provision.EVENTS), Set.of(Provision.ACTORS)),
                stage("events", Set.of(Provision.ANNOTATION), Set.of(Provision.EVENTS)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'actors'")
                .hasMessageContaining("EVENTS");
    }

    @Test
    void theAnnotatorAlwaysProvidesAnnotation() {
        Pipeline p = new Pipeline(ANNOTATOR, List.of(stage("quotes", Set.of(Provision.ANNOTATION), Set.of(Provision.QUOTES))));
        assertThat(p.stageNames()).hasSize(2);
    }
}
