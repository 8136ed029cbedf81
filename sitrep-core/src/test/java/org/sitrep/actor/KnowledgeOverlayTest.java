package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Actor;
import org.sitrep.testing.ActorSentences;

/** A user's own actor list, overlaid on the built-in lexicon, resolves like a built-in one. */
class KnowledgeOverlayTest {
    private static final String SENTENCE = "Zawiya|NNP|ORGANIZATION|2|compound Brigade|NNP|ORGANIZATION|3|nsubj "
            + "attacked|VBD|O|0|root|attack .|.|O|3|punct";

    private static Actor subject(ActorLexicon lexicon) {
        AnnotatedArticle a = ActorSentences.article("Zawiya Brigade attacked.", SENTENCE);
        return ArticleActors.of(lexicon, a).resolvePhrase(0, 1);
    }

    @Test
    void anOverlaidOrganisationIsResolvedWithItsCode(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/organisations.tsv"),
                "# my own armed groups\nname\taliases\tcountry\trole\tcode\tbasis\n"
                        + "Zawiya Brigade\tZawiya Brigades\tLBY\tREB\tLBYREB\tlocal reporting\n");
        Actor overlaid = subject(ActorLexicon.load(new Knowledge(dir)));
        assertThat(overlaid.name()).isEqualTo("Zawiya Brigade");
        assertThat(overlaid.code()).isEqualTo("LBYREB");
        assertThat(overlaid.country()).isEqualTo("LBY");

        Actor builtIn = subject(ActorLexicon.load(Knowledge.none()));
        assertThat(builtIn.code()).isNotEqualTo("LBYREB");
    }

    @Test
    void aBadOverlaidRowFailsNamingItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("actors"));
        Path file = dir.resolve("actors/organisations.tsv");
        Files.writeString(file, "name\taliases\tcountry\trole\tcode\tbasis\nOnly two\tcolumns\n");
        assertThatThrownBy(() -> ActorLexicon.load(new Knowledge(dir)))
                .hasMessageContaining(file.toString() + ":2");
    }
}
