package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StoreTimeTest {
    private static final LocalDateTime T = LocalDateTime.of(2024, 3, 14, 8, 0, 5);

    @Test
    void readsIsoTimesDaysGdeltDateAddedAndUnixSecondsAsUtc() {
        assertThat(StoreTime.parse("2024-03-14T08:00:05Z")).isEqualTo(T);
        assertThat(StoreTime.parse("2024-03-14T08:00:05")).isEqualTo(T);
        assertThat(StoreTime.parse("2024-03-14 08:00:05")).isEqualTo(T);
        assertThat(StoreTime.parse("2024-03-14T11:00:05+03:00")).isEqualTo(T);
        assertThat(StoreTime.parse("20240314080005")).isEqualTo(T);
        assertThat(StoreTime.parse("1710403205")).isEqualTo(T);
        assertThat(StoreTime.parse("2024-03-14")).isEqualTo(T.toLocalDate().atStartOfDay());
    }

    @Test
    void anythingElseIsAOneLineMessage() {
        assertThatThrownBy(() -> StoreTime.parse("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--since: 'yesterday' is not a time (2024-03-14T08:00:00Z, 2024-03-14, 20240314080000 or Unix seconds)");
    }
}
