package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimeLexiconTest {
    private static final TimeLexicon LEXICON = TimeLexicon.load();

    private static List<TimeLexicon.Entry> of(TimeLexicon.Kind kind) {
        return LEXICON.entries().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void everyMonthAndWeekdayIsThereWithItsFullName() {
        assertThat(of(TimeLexicon.Kind.MONTH).stream().map(TimeLexicon.Entry::low).collect(Collectors.toSet()))
                .isEqualTo(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(of(TimeLexicon.Kind.WEEKDAY).stream().map(TimeLexicon.Entry::low).collect(Collectors.toSet()))
                .isEqualTo(Set.of(1, 2, 3, 4, 5, 6, 7));
        assertThat(LEXICON.get("December", TimeLexicon.Kind.MONTH).low()).isEqualTo(12);
        assertThat(LEXICON.get("thursday", TimeLexicon.Kind.WEEKDAY).low()).isEqualTo(4);
    }

    @Test
    void rangesAreOrderedAndValuesInTheirDomains() {
        for (TimeLexicon.Entry e : LEXICON.entries()) {
            assertThat(e.phrase()).as(e.toString()).isEqualTo(e.phrase().strip().toLowerCase());
            switch (e.kind()) {
                case OFFSET, DEICTIC, AMOUNT -> assertThat(e.low()).as(e.toString()).isLessThanOrEqualTo(e.high());
                case DIRECTION -> {
                    assertThat(e.low()).as(e.toString()).isIn(-1, 1);
                    assertThat(e.high()).as(e.toString()).isPositive();
                }
                case UNIT -> assertThat(e.high()).as(e.toString()).isBetween(1, 4);
                case NUMBER -> assertThat(e.low()).as(e.toString()).isPositive();
                case SEASON -> {
                    assertThat(e.low()).as(e.toString()).isBetween(1, 12);
                    assertThat(e.high()).as(e.toString()).isBetween(1, 12);
                }
                case STOP -> assertThat(e.note()).as(e.toString()).isIn("vague", "frequency", "duration");
                default -> { }
            }
        }
        assertThat(LEXICON.get("shortly after", TimeLexicon.Kind.OFFSET)).isNotNull();
        assertThat(LEXICON.get("overnight", TimeLexicon.Kind.DEICTIC).low()).isEqualTo(-1);
    }

    private static final String H = "phrase\tkind\tvalue1\tvalue2";

    @Test
    void duplicatesAndMalformedRowsAreRejectedWithTheLine() {
        assertThatThrownBy(() -> TimeLexicon.parse(List.of("# h", H, "later\tDIRECTION\t1\t7", "later\tDIRECTION\t1\t7"), "x.tsv"))
                .hasMessageContaining("x.tsv:4").hasMessageContaining("duplicate");
        assertThatThrownBy(() -> TimeLexicon.parse(List.of(H, "later\tSOON\t1\t7"), "x.tsv"))
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> TimeLexicon.parse(List.of(H, "later\tDIRECTION\tone\t7"), "x.tsv"))
                .hasMessageContaining("not a number");
    }

    @Test
    void longestPhraseWins() {
        TimeLexicon.Match m = LEXICON.longestAt(List.of("shortly", "after", "that"), 0,
                Set.of(TimeLexicon.Kind.OFFSET));
        assertThat(m.entry().phrase()).isEqualTo("shortly after");
        assertThat(m.to()).isEqualTo(2);
    }
}
