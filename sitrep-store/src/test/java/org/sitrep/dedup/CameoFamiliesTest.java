package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CameoFamiliesTest {
    private final CameoFamilies families = CameoFamilies.load();

    @Test
    void everyCameoRootFrom01To20IsListedOnceWithAName() {
        assertThat(families.all().keySet())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList());
        assertThat(families.all().values()).allSatisfy(f -> {
            assertThat(f.family()).matches("[a-z_]+");
            assertThat(f.rootName()).isNotBlank();
        });
    }

    @Test
    void violentRootsShareAFamilyAndProtestIsApart() {
        assertThat(families.familyOf("183")).isEqualTo(families.familyOf("190")).isEqualTo(families.familyOf("2041"));
        assertThat(families.familyOf("141")).isNotEqualTo(families.familyOf("183"));
        assertThat(families.rootsLike("1951")).containsExactly("18", "19", "20");
        assertThat(families.symmetric("190")).isTrue();
        assertThat(families.symmetric("183")).isFalse();
    }
}
