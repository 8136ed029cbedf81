package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void endsTheDatelineWithAFullStopOfTheSameLength() {
        String text = "ABUJA, Sept 3 \u2014 The West African bloc ECOWAS on Tuesday imposed travel bans.";
        String out = Dateline.withSentenceBreak(text);
        assertEquals("ABUJA, Sept 3 . The West African bloc ECOWAS on Tuesday imposed travel bans.", out);
        assertEquals(text.length(), out.length());
    }

    @Test
    void readsCountriesAgenciesAndAsciiDashes() {
        assertEquals("ODESA, Ukraine, Sept 10 .   Ukraine's SBU said",
                Dateline.withSentenceBreak("ODESA, Ukraine, Sept 10 --  Ukraine's SBU said"));
        assertEquals("CAIRO (AP) . Egypt said", Dateline.withSentenceBreak("CAIRO (AP) - Egypt said"));
        assertEquals("KUALA LUMPUR, July 30 . The leaders met",
                Dateline.withSentenceBreak("KUALA LUMPUR, July 30 \u2013 The leaders met"));
    }

    @Test
    void leavesOtherOpeningsAlone() {
        for (String text : new String[] {
                "GBI, police arrest suspected Albany serial rapist. Albany \u2014 A man was held.",
                "Police in Nepal opened fire \u2014 killing 19.",
                "The UN-backed talks - in Geneva - ended.",
                "Anti-government protests \u2014 the largest in years \u2014 spread."}) {
            assertEquals(text, Dateline.withSentenceBreak(text), text);
        }
    }
}
