package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.TimeSentences.article;
import static org.sitrep.testing.TimeSentences.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * The dater on hand-built sentences whose TIMEX values are what SUTime gives with the publication
 * date as document date — including its forward-resolved "Monday" and "December".
 */
class EventDaterTest {
    private static final EventDater DATER = EventDater.load();
    private static final LocalDate THURSDAY = LocalDate.of(2021, 7, 8);

    private static List<EventDate> date(AnnotatedArticle a, Event... events) {
        return DATER.apply(CodedArticle.of(a).withEvents(List.of(events))).events().stream().map(Event::date).toList();
    }

    private static EventDate interval(String start, String end, DatePrecision p) {
        return new EventDate(LocalDate.parse(start), LocalDate.parse(end), p, null);
    }

    private static void assertSpan(EventDate actual, String start, String end, DatePrecision p) {
        assertThat(actual.start()).as("start of " + actual).isEqualTo(LocalDate.parse(start));
        assertThat(actual.end()).as("end of " + actual).isEqualTo(LocalDate.parse(end));
        assertThat(actual.precision()).as("precision of " + actual).isEqualTo(p);
    }

    /** The seed's story in short: a 2021 article recounting January 2020. */
    private static final String STORY = """
            Rockets rocket NNS O _ 2 nsubj:pass
            were be VBD O _ 2 aux:pass
            fired fire VBN O _ -1 root
            early early JJ DATE 2021-07-08 4 amod
            Thursday Thursday NNP DATE 2021-07-08 2 obl:tmod
            . . . O _ 2 punct
            ¶
            The the DT O _ 1 det
            embassy embassy NN O _ 4 nsubj:pass
            was be VBD O _ 4 aux:pass
            damaged damage VBN O _ -1 root
            in in IN O _ 7 case
            an a DT O _ 7 det
            attack attack NN O _ 4 obl
            in in IN O _ 9 case
            December December NNP DATE 2021-12 7 nmod
            . . . O _ 4 punct

            Protesters protester NNS O _ 1 nsubj
            stormed storm VBD O _ -1 root
            the the DT O _ 3 det
            embassy embassy NN O _ 1 obj
            in in IN O _ 5 case
            January January NNP DATE 2020-01 1 obl
            2020 2020 CD DATE 2020-01 5 nummod
            . . . O _ 1 punct
            ¶
            Two two CD DURATION P2D 1 nummod
            days day NNS DURATION P2D 9 obl
            after after IN O _ 1 case
            the the DT O _ 4 det
            protests protest NNS O _ 5 nsubj
            ended end VBD O _ 1 dep
            , , , O _ 9 punct
            the the DT O _ 8 det
            US US NNP COUNTRY _ 9 nsubj
            launched launch VBD O _ -1 root
            an a DT O _ 12 det
            air air NN O _ 12 compound
            strike strike NN O _ 9 obj
            . . . O _ 9 punct

            Three three CD DATE 2021-07-11 1 nummod
            days day NNS DATE 2021-07-11 2 obl:npmod
            later later RB DATE 2021-07-11 6 advmod
            , , , O _ 6 punct
            the the DT O _ 5 det
            US US NNP COUNTRY _ 6 nsubj
            killed kill VBD O _ -1 root
            the the DT O _ 8 det
            general general NN O _ 6 obj
            . . . O _ 6 punct

            Shortly shortly RB O _ 2 advmod
            after after IN O _ 2 case
            that that DT O _ 6 obl
            , , , O _ 6 punct
            the the DT O _ 5 det
            parliament parliament NN O _ 6 nsubj
            decided decide VBD O _ -1 root
            to to TO O _ 8 mark
            expel expel VB O _ 6 xcomp
            US US NNP COUNTRY _ 10 compound
            forces force NNS O _ 8 obj
            . . . O _ 6 punct
            """;

    @Test
    void dateComesFromTheEventsClauseNotThePublication() {
        AnnotatedArticle a = article(THURSDAY, STORY);
        List<EventDate> d = date(a, event(a, 0, "fired"), event(a, 1, "damaged"), event(a, 1, "attack"),
                event(a, 2, "stormed"));
        assertSpan(d.get(0), "2021-07-08", "2021-07-08", DatePrecision.DAY);
        assertThat(d.get(0).text()).isEqualTo("early Thursday");
        // SUTime says 2021-12; a past attack "in December" in a July 2021 article is December 2020
        assertSpan(d.get(1), "2020-12-01", "2020-12-31", DatePrecision.MONTH);
        assertSpan(d.get(2), "2020-12-01", "2020-12-31", DatePrecision.MONTH);
        assertSpan(d.get(3), "2020-01-01", "2020-01-31", DatePrecision.MONTH);
    }

    @Test
    void relativeChainsShiftFromTheNamedOrPreviousEventAndStayInsideItsMonth() {
        AnnotatedArticle a = article(THURSDAY, STORY);
        List<EventDate> d = date(a, event(a, 2, "stormed"), event(a, 3, "launched"), event(a, 3, "strike"),
                event(a, 4, "killed"), event(a, 5, "decided"), event(a, 5, "expel"));
        assertSpan(d.get(1), "2020-01-03", "2020-01-31", DatePrecision.MONTH);
        assertThat(d.get(1).text()).isEqualTo("Two days after");
        assertSpan(d.get(2), "2020-01-03", "2020-01-31", DatePrecision.MONTH);
        // SUTime's 2021-07-11 for "Three days later" is ignored
        assertSpan(d.get(3), "2020-01-06", "2020-01-31", DatePrecision.MONTH);
        assertSpan(d.get(4), "2020-01-06", "2020-01-31", DatePrecision.MONTH);
        assertSpan(d.get(5), "2020-01-06", "2020-01-31", DatePrecision.MONTH);
        for (EventDate x : d) {
            assertThat(x.within(interval("2020-01-01", "2020-01-31", DatePrecision.MONTH))).as(x.toString()).isTrue();
        }
    }

    @Test
    void theEventARelativeExpressionNamesIsNotShiftedByIt() {
        AnnotatedArticle a = article(THURSDAY, STORY);
        List<EventDate> d = date(a, event(a, 2, "stormed"), event(a, 3, "ended"), event(a, 3, "launched"));
        assertSpan(d.get(1), "2020-01-01", "2020-01-31", DatePrecision.MONTH);
        assertSpan(d.get(2), "2020-01-03", "2020-01-31", DatePrecision.MONTH);
    }

    @Test
    void relativeExpressionFindsTheNamedEventEvenWhenAnotherCameBetween() {
        AnnotatedArticle a = article(THURSDAY, """
                Protesters protester NNS O _ 1 nsubj
                stormed storm VBD O _ -1 root
                the the DT O _ 3 det
                embassy embassy NN O _ 1 obj
                in in IN O _ 5 case
                January January NNP DATE 2020-01 1 obl
                2020 2020 CD DATE 2020-01 5 nummod
                . . . O _ 1 punct

                In in IN O _ 1 case
                March March NNP DATE 2021-03 4 obl
                , , , O _ 4 punct
                troops troop NNS O _ 4 nsubj
                shelled shell VBD O _ -1 root
                the the DT O _ 6 det
                town town NN O _ 4 obj
                . . . O _ 4 punct

                A a DT DURATION P1W 1 det
                week week NN DURATION P1W 6 obl
                after after IN O _ 4 case
                the the DT O _ 4 det
                storming storming NN O _ 1 nmod
                , , , O _ 6 punct
                police police NNS O _ 6 nsubj
                arrested arrest VBD O _ -1 root
                ten ten CD NUMBER 10 8 nummod
                men man NNS O _ 6 obj
                . . . O _ 6 punct
                """);
        List<EventDate> d = date(a, event(a, 0, "stormed"), event(a, 1, "shelled"), event(a, 2, "arrested"));
        assertSpan(d.get(1), "2021-03-01", "2021-03-31", DatePrecision.MONTH);
        assertSpan(d.get(2), "2020-01-08", "2020-01-31", DatePrecision.MONTH);
    }

    @Test
    void weekdaysPointBackInPastClausesAndForwardInFutureOnes() {
        AnnotatedArticle a = article(THURSDAY, """
                Gunmen gunman NNS O _ 1 nsubj
                attacked attack VBD O _ -1 root
                a a DT O _ 3 det
                village village NN O _ 1 obj
                on on IN O _ 5 case
                Monday Monday NNP DATE 2021-07-12 1 obl
                . . . O _ 1 punct

                Leaders leader NNS O _ 2 nsubj
                will will MD O _ 2 aux
                meet meet VB O _ -1 root
                on on IN O _ 4 case
                Monday Monday NNP DATE 2021-07-12 2 obl
                . . . O _ 2 punct
                """);
        List<EventDate> d = date(a, event(a, 0, "attacked"), event(a, 1, "meet"));
        assertSpan(d.get(0), "2021-07-05", "2021-07-05", DatePrecision.DAY);
        assertSpan(d.get(1), "2021-07-12", "2021-07-12", DatePrecision.DAY);
    }

    @Test
    void lexiconPhrasesWinOverThePartTheAnnotatorTagged() {
        AnnotatedArticle a = article(THURSDAY, """
                Gunmen gunman NNS O _ 1 nsubj
                attacked attack VBD O _ -1 root
                a a DT O _ 3 det
                checkpoint checkpoint NN O _ 1 obj
                on on IN O _ 5 case
                Monday Monday NNP DATE 2021-07-12 1 obl
                . . . O _ 1 punct

                Later later RBR O _ 7 advmod
                in in IN O _ 3 case
                the the DT DATE 2021-07-08 3 det
                day day NN DATE 2021-07-08 0 obl
                , , , O _ 7 punct
                soldiers soldier NNS O _ 7 nsubj
                raided raid VBD O _ -1 root
                a a DT O _ 8 det
                village village NN O _ 6 obj
                . . . O _ 6 punct

                Talks talk NNS O _ 1 nsubj
                collapsed collapse VBD O _ -1 root
                on on IN O _ 3 case
                March March NNP DATE 2021-03 1 obl
                3 3 CD DATE ******03/******04 3 nummod
                - - SYM DATE ******03/******04 6 case
                4 4 CD DATE ******03/******04 3 nmod
                . . . O _ 1 punct
                """);
        List<EventDate> d = date(a, event(a, 0, "attacked"), event(a, 1, "raided"), event(a, 2, "collapsed"));
        assertSpan(d.get(1), "2021-07-05", "2021-07-05", DatePrecision.DAY);
        assertThat(d.get(1).text()).isEqualTo("Later in the day");
        assertSpan(d.get(2), "2021-03-03", "2021-03-04", DatePrecision.DAY);
    }

    @Test
    void aFutureWeekdayThatIsThePublicationDayIsToday() {
        AnnotatedArticle a = article(LocalDate.of(2022, 9, 21), """
                Raisi Raisi NNP PERSON _ 2 nsubj
                will will MD O _ 2 aux
                speak speak VB O _ -1 root
                on on IN O _ 4 case
                Wednesday Wednesday NNP DATE 2022-09-21 2 obl
                . . . O _ 2 punct
                """);
        assertSpan(date(a, event(a, 0, "speak")).get(0), "2022-09-21", "2022-09-21", DatePrecision.DAY);
    }

    @Test
    void theEventCountedFromLiesThatFarBeforeTheDatedOne() {
        AnnotatedArticle a = article(LocalDate.of(2022, 9, 21), """
                Amini Amini NNP PERSON _ 1 nsubj
                died die VBD O _ -1 root
                on on IN O _ 3 case
                Friday Friday NNP DATE 2022-09-16 1 obl
                , , , O _ 1 punct
                three three CD DURATION P3D 6 nummod
                days day NNS DURATION P3D 1 obl
                after after IN O _ 10 mark
                she she PRP O _ 10 nsubj:pass
                was be VBD O _ 10 aux:pass
                arrested arrest VBN O _ 6 acl
                . . . O _ 1 punct
                """);
        List<EventDate> d = date(a, event(a, 0, "died"), event(a, 0, "arrested"));
        assertSpan(d.get(0), "2022-09-16", "2022-09-16", DatePrecision.DAY);
        assertSpan(d.get(1), "2022-09-13", "2022-09-13", DatePrecision.DAY);
    }

    @Test
    void undatedPastClauseContinuesTheStoryButReportsAndDistantParagraphsDoNot() {
        AnnotatedArticle a = article(THURSDAY, """
                Gunmen gunman NNS O _ 1 nsubj
                attacked attack VBD O _ -1 root
                a a DT O _ 3 det
                checkpoint checkpoint NN O _ 1 obj
                on on IN O _ 5 case
                Monday Monday NNP DATE 2021-07-12 1 obl
                . . . O _ 1 punct

                They they PRP O _ 1 nsubj
                killed kill VBD O _ -1 root
                two two CD NUMBER 2 3 nummod
                soldiers soldier NNS O _ 1 obj
                . . . O _ 1 punct

                Officials official NNS O _ 1 nsubj
                said say VBD O _ -1 root
                the the DT O _ 3 det
                area area NN O _ 5 nsubj
                is be VBZ O _ 5 cop
                calm calm JJ O _ 1 ccomp
                . . . O _ 1 punct
                ¶
                The the DT O _ 1 det
                army army NN O _ 3 nsubj
                has have VBZ O _ 3 aux
                sent send VBN O _ -1 root
                reinforcements reinforcement NNS O _ 3 obj
                . . . O _ 3 punct
                ¶
                Police police NNS O _ 1 nsubj
                arrested arrest VBD O _ -1 root
                a a DT O _ 3 det
                man man NN O _ 1 obj
                . . . O _ 1 punct
                """);
        List<EventDate> d = date(a, event(a, 1, "killed"), event(a, 2, "said"), event(a, 3, "sent"),
                event(a, 4, "arrested"));
        assertSpan(d.get(0), "2021-07-05", "2021-07-05", DatePrecision.DAY);
        assertThat(d.get(0).text()).isEqualTo("Monday");
        assertSpan(d.get(1), "2021-07-08", "2021-07-08", DatePrecision.UNKNOWN);
        assertSpan(d.get(2), "2021-07-08", "2021-07-08", DatePrecision.UNKNOWN);
        assertSpan(d.get(3), "2021-07-08", "2021-07-08", DatePrecision.UNKNOWN);
        assertThat(d.get(3).text()).isNull();
    }

    @Test
    void sinceMakesAStateLastUntilPublicationOnlyInItsOwnClause() {
        AnnotatedArticle a = article(LocalDate.of(2019, 4, 12), """
                Since since IN O _ 1 case
                Saturday Saturday NNP DATE 2019-04-06 5 obl
                , , , O _ 5 punct
                thousands thousand NNS O _ 5 nsubj
                had have VBD O _ 5 aux
                camped camp VBN O _ -1 root
                outside outside IN O _ 7 case
                headquarters headquarters NN O _ 5 obl
                . . . O _ 5 punct
                """);
        assertSpan(date(a, event(a, 0, "camped")).get(0), "2019-04-06", "2019-04-12", DatePrecision.WEEK);
    }

    @Test
    void withoutPublicationDateOnlySpelledYearsAreReadAndTheLatestIsTheFallback() {
        AnnotatedArticle a = article(null, """
                Protesters protester NNS O _ 1 nsubj
                stormed storm VBD O _ -1 root
                the the DT O _ 3 det
                embassy embassy NN O _ 1 obj
                in in IN O _ 5 case
                January January NNP DATE 2020-01 1 obl
                2020 2020 CD DATE 2020-01 5 nummod
                . . . O _ 1 punct
                ¶
                Police police NNS O _ 2 nsubj
                have have VBP O _ 2 aux
                arrested arrest VBN O _ -1 root
                ten ten CD NUMBER 10 4 nummod
                men man NNS O _ 2 obj
                on on IN O _ 6 case
                Monday Monday NNP DATE XXXX-WXX-1 2 obl
                . . . O _ 2 punct
                """);
        List<EventDate> d = date(a, event(a, 0, "stormed"), event(a, 1, "arrested"));
        assertSpan(d.get(0), "2020-01-01", "2020-01-31", DatePrecision.MONTH);
        assertSpan(d.get(1), "2020-01-31", "2020-01-31", DatePrecision.UNKNOWN);

        AnnotatedArticle bare = article(null, """
                Police police NNS O _ 1 nsubj
                arrested arrest VBD O _ -1 root
                a a DT O _ 3 det
                man man NN O _ 1 obj
                . . . O _ 1 punct
                """);
        assertThat(date(bare, event(bare, 0, "arrested")).get(0)).isNull();
    }

    @Test
    void keepsEveryOtherEventFieldAndTheEventOrder() {
        AnnotatedArticle a = article(THURSDAY, STORY);
        Event late = event(a, 4, "killed");
        Event early = event(a, 2, "stormed");
        List<Event> out = DATER.apply(CodedArticle.of(a).withEvents(List.of(late, early))).events();
        assertThat(out).extracting(Event::id).containsExactly(late.id(), early.id());
        assertThat(out.get(0).evidence()).isEqualTo(late.evidence());
        assertSpan(out.get(0).date(), "2020-01-06", "2020-01-31", DatePrecision.MONTH);
        assertThat(DATER.name()).isEqualTo("dates");
    }
}
