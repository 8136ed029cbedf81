package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.TimeSentences.article;
import static org.sitrep.testing.TimeSentences.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * One expression type per test, each in a short past-tense clause "Police arrested him TIME ." with
 * the TIMEX value SUTime gives for it; the publication day is Thursday 2021-07-08.
 */
class TimeExpressionKindsTest {
    private static final EventDater DATER = EventDater.load();
    private static final LocalDate PUB = LocalDate.of(2021, 7, 8);

    /** Dates "arrested" in "Police arrested him" + the time tokens (each "word lemma POS NER value rel"). */
    private static EventDate arrested(String... time) {
        StringBuilder conll = new StringBuilder("""
                Police police NNS O _ 1 nsubj
                arrested arrest VBD O _ -1 root
                him he PRP O _ 1 obj
                """);
        int head = 2 + time.length; // the last time token heads the expression
        for (int i = 0; i < time.length; i++) {
            String[] f = time[i].split(" ");
            boolean last = i == time.length - 1;
            String rel = last ? f[5] : (f[2].equals("IN") ? "case" : "amod");
            conll.append(String.join(" ", f[0], f[1], f[2], f[3], f[4], String.valueOf(last ? 1 : head), rel)).append('\n');
        }
        conll.append(". . . O _ 1 punct\n");
        AnnotatedArticle a = article(PUB, conll.toString());
        return DATER.apply(CodedArticle.of(a).withEvents(List.of(event(a, 0, "arrested")))).events().get(0).date();
    }

    private static void assertSpan(EventDate d, String start, String end, DatePrecision p) {
        assertThat(d.start()).as(d.toString()).isEqualTo(LocalDate.parse(start));
        assertThat(d.end()).as(d.toString()).isEqualTo(LocalDate.parse(end));
        assertThat(d.precision()).as(d.toString()).isEqualTo(p);
    }

    @Test
    void lastWeekIsThePreviousMondayToSundayWeek() {
        assertSpan(arrested("last last JJ DATE 2021-W26 _", "week week NN DATE 2021-W26 obl:tmod"),
                "2021-06-28", "2021-07-04", DatePrecision.WEEK);
    }

    @Test
    void earlierThisMonthRunsFromTheFirstToPublication() {
        assertSpan(arrested("earlier earlier RBR DATE 2021-07 _", "this this DT DATE 2021-07 _",
                "month month NN DATE 2021-07 obl:tmod"), "2021-07-01", "2021-07-08", DatePrecision.MONTH);
    }

    @Test
    void monthAndDayWithoutYearIsTheLatestOnOrBeforePublication() {
        assertSpan(arrested("on on IN O _ _", "March March NNP DATE 2021-03-03 _", "3 3 CD DATE 2021-03-03 obl"),
                "2021-03-03", "2021-03-03", DatePrecision.DAY);
        assertSpan(arrested("on on IN O _ _", "December December NNP DATE 2021-12-03 _", "3 3 CD DATE 2021-12-03 obl"),
                "2020-12-03", "2020-12-03", DatePrecision.DAY);
    }

    @Test
    void monthAloneInAPastClauseIsLastYearsWhenStillAhead() {
        assertSpan(arrested("in in IN O _ _", "August August NNP DATE 2021-08 obl"), "2020-08-01", "2020-08-31",
                DatePrecision.MONTH);
        assertSpan(arrested("in in IN O _ _", "July July NNP DATE 2021-07 obl"), "2021-07-01", "2021-07-08",
                DatePrecision.MONTH);
    }

    @Test
    void spelledYearsAndMonthsStayIntervals() {
        assertSpan(arrested("in in IN O _ _", "2019 2019 CD DATE 2019 obl"), "2019-01-01", "2019-12-31",
                DatePrecision.YEAR);
        assertSpan(arrested("in in IN O _ _", "January January NNP DATE 2020-01 _", "2020 2020 CD DATE 2020-01 obl"),
                "2020-01-01", "2020-01-31", DatePrecision.MONTH);
        assertSpan(arrested("last last JJ DATE 2020 _", "year year NN DATE 2020 obl:tmod"), "2020-01-01", "2020-12-31",
                DatePrecision.YEAR);
    }

    @Test
    void deicticWordsCountFromPublication() {
        assertSpan(arrested("overnight overnight RB TIME 2021-07-08TNI advmod"), "2021-07-07", "2021-07-08",
                DatePrecision.DAY);
        assertSpan(arrested("yesterday yesterday NN DATE 2021-07-07 obl:tmod"), "2021-07-07", "2021-07-07",
                DatePrecision.DAY);
        assertSpan(arrested("two two CD DATE 2021-07-06 _", "days day NNS DATE 2021-07-06 _",
                "ago ago RB DATE 2021-07-06 advmod"), "2021-07-06", "2021-07-06", DatePrecision.DAY);
    }

    @Test
    void lastFridayIsStrictlyBeforeAndTheWeekendIsTheLastOne() {
        assertSpan(arrested("last last JJ DATE 2021-07-02 _", "Friday Friday NNP DATE 2021-07-02 obl:tmod"),
                "2021-07-02", "2021-07-02", DatePrecision.DAY);
        assertSpan(arrested("over over IN O _ _", "the the DT DATE 2021-W27-WE _",
                "weekend weekend NN DATE 2021-W27-WE obl"), "2021-07-03", "2021-07-04", DatePrecision.WEEK);
    }

    @Test
    void durationsFrequenciesAndVagueWordsDateNothing() {
        assertSpan(arrested("for for IN O _ _", "two two CD DURATION P2D _", "days days NNS DURATION P2D obl"),
                "2021-07-08", "2021-07-08", DatePrecision.UNKNOWN);
        assertSpan(arrested("recently recently RB DATE PAST_REF advmod"), "2021-07-08", "2021-07-08",
                DatePrecision.UNKNOWN);
    }

    @Test
    void runsOfDaysAndPrefixedMonthsAndDecades() {
        assertSpan(arrested("on on IN O _ _", "November November NNP DATE 2020-11-24 _", "24 24 CD DATE 2020-11-24 _",
                "and and CC O _ _", "25 25 CD NUMBER 25.0 obl"), "2020-11-24", "2020-11-25", DatePrecision.DAY);
        assertSpan(arrested("in in IN O _ _", "mid-March mid-March NNP DATE 2021-03 obl"), "2021-03-01", "2021-03-31",
                DatePrecision.MONTH);
        assertSpan(arrested("in in IN O _ _", "the the DT DATE 199X _", "1990s 1990s NNS DATE 199X obl"), "1990-01-01",
                "1999-12-31", DatePrecision.YEAR);
    }

    @Test
    void seasonsAreTheLatestBegunOneOrTheLastCompletedOne() {
        assertSpan(arrested("last last JJ DATE 2020-SU _", "summer summer NN DATE 2020-SU obl:tmod"), "2020-06-01",
                "2020-08-31", DatePrecision.MONTH);
        assertSpan(arrested("in in IN O _ _", "the the DT DATE 2021-SP _", "spring spring NN DATE 2021-SP obl"),
                "2021-03-01", "2021-05-31", DatePrecision.MONTH);
        assertSpan(arrested("in in IN O _ _", "the the DT DATE 2019-WI _", "winter winter NN DATE 2019-WI _",
                "of of IN DATE 2019-WI _", "2019 2019 CD DATE 2019-WI obl"), "2019-12-01", "2020-02-29", DatePrecision.MONTH);
    }
}
