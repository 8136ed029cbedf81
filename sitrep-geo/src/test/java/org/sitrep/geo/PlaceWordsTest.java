package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlaceWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"institution_head", "division_word", "not_a_place", "street_word", "generic_word",
            "disease_word", "compass_qualifier", "possessive", "area_word", "recognition_locative", "list_joint",
            "near_cue", "container_gap", "list_opener", "event_locative", "vicinity"})
    void everyListTheCodeReadsIsThereAndLowerCase(String list) {
        Set<String> words = PlaceWords.set(list);
        assertThat(words).isNotEmpty();
        for (String w : words) {
            assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)).isEqualTo(w.strip());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "compass_qualifier, upstate, true",
        "compass_qualifier, north-east, false",
        "near_cue, north-east, true",
        "near_cue, near, true",
        "near_cue, upstate, false",
        "vicinity, outskirts, true",
        "vicinity, north-east, true",
        "vicinity, northern, false",
        "near_cue, northern, true",
        "compass_qualifier, northern, true",
        "compass_qualifier, southwest, true",
        "not_a_place, reuters, true",
        "street_word, highway, true",
        "disease_word, virus, true",
        "list_joint, and, true",
    })
    void theListsHoldTheirWords(String list, String word, boolean held) {
        assertThat(PlaceWords.set(list).contains(word)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource({"compass_qualifier, 16", "near_cue, 20", "vicinity, 22", "compass, 8"})
    void theCompassListsSharedThroughIncludesKeepTheirSizes(String list, int size) {
        assertThat(PlaceWords.set(list)).hasSize(size);
    }

    @Test
    void aListTheFileLacksFailsNamingIt() {
        assertThatThrownBy(() -> PlaceWords.set("no_such_list"))
                .hasMessageContaining("place_words.tsv").hasMessageContaining("no_such_list");
    }
}
