package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Codebook;
import org.sitrep.model.Factuality;

/** Invariants of the predicate, mode and factuality lexicons: codes exist, classes exist, no duplicates. */
class LexiconTest {
    static final Codebook BOOK = Codebook.load();
    static final PredicateLexicon PREDICATES = PredicateLexicon.load(BOOK.cameo());
    static final ModeLexicon MODES = ModeLexicon.load(BOOK.cameo());

    @Test
    void everyVerbAndNounCodeIsInTheCodebook() {
        assertThat(PREDICATES.allVerbFrames()).hasSizeGreaterThan(200);
        assertThat(PREDICATES.allNouns()).hasSizeGreaterThan(80);
        PREDICATES.allVerbFrames().forEach(f -> assertThat(BOOK.cameo().contains(f.cameo())).as(f.toString()).isTrue());
        PREDICATES.allNouns().forEach(n -> assertThat(BOOK.cameo().contains(n.cameo())).as(n.toString()).isTrue());
    }

    @Test
    void verbPatternsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (PredicateLexicon.VerbFrame f : PREDICATES.allVerbFrames()) {
            String key = f.lemma() + " " + f.particle() + " " + f.objects() + " " + f.objectClass() + " "
                    + f.subjectClass() + " " + f.preposition() + " " + f.intransitive();
            assertThat(seen.add(key)).as("duplicate pattern %s", key).isTrue();
        }
    }

    @Test
    void everyClassAFrameNamesExistsInTheModeLexicon() {
        Set<String> classes = new HashSet<>(MODES.tags("class"));
        classes.addAll(MODES.tags("actor"));
        for (PredicateLexicon.VerbFrame f : PREDICATES.allVerbFrames()) {
            if (f.objectClass() != null) {
                assertThat(classes).as("class of %s", f).contains(f.objectClass());
            }
            if (f.subjectClass() != null) {
                assertThat(classes).as("class of %s", f).contains(f.subjectClass());
            }
        }
    }

    @Test
    void everyModeCueTheAcledMappingNeedsCanBeFound() {
        Set<String> producible = new HashSet<>(MODES.tags("manner"));
        producible.addAll(MODES.tags("sentence"));
        for (String tag : MODES.tags("actor")) {
            producible.add("SOURCE_" + tag);
            producible.add("TARGET_" + tag);
        }
        producible.add("LETHAL");
        // the patient's word class gives WEAPON and BASE (AcledTyper.addClassTags): "set up a base"
        for (String tag : MODES.tags("class")) {
            if (tag.equals("WEAPON") || tag.equals("BASE")) {
                producible.add(tag);
            }
        }
        assertThat(producible).containsAll(BOOK.acled().modeNames());
    }

    @Test
    void supportVerbsAndComplementsLoad() {
        assertThat(PREDICATES.supportVerbs("carry")).extracting(PredicateLexicon.SupportVerb::particle)
                .containsExactly("out");
        assertThat(PREDICATES.complementRules("threaten")).last()
                .extracting(PredicateLexicon.ComplementRule::prefix).isEqualTo("-");
    }

    @Test
    void factualityCuesCoverEveryContractValueButAsserted() {
        FactualityLexicon f = FactualityLexicon.load();
        Set<Factuality> values = new HashSet<>();
        f.all().values().forEach(m -> m.values().forEach(c -> values.add(c.factuality())));
        assertThat(values).contains(Factuality.NEGATED, Factuality.POSSIBLE, Factuality.FUTURE);
        assertThat(f.cue("governor", "bar").factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(f.cue("governor", "vow").factuality()).isEqualTo(Factuality.FUTURE);
        assertThat(f.cue("governor", "accuse").factuality()).isEqualTo(Factuality.POSSIBLE);
    }
}
