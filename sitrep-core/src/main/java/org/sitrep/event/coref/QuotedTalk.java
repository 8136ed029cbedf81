package org.sitrep.event.coref;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;

/**
 * What a speaker says in a direct quote that is no report of an occurrence: demands and pledges in the first
 * or second person ("We demand his release", "we will not wait for them to come and kill us"), generic acts
 * with no subject ("Arresting a journalist for asking questions is an attack on press freedom") and event
 * nouns ("to move on from the stale old debates and political fights"). A past act told in the third
 * person ("They shot at children") is kept: a witness may be the only source of what happened.
 */
final class QuotedTalk {
    private static final Set<String> SPEAKERS = Set.of("i", "we", "you", "us", "me");
    private static final Set<String> MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d");

    private QuotedTalk() {
    }

    static boolean test(Sentence s, int t) {
        if (s == null || t < 0 || t >= s.size() || !quoted(s, t)) {
            return false;
        }
        String pos = s.token(t).pos();
        if (!pos.startsWith("VB")) {
            return true; // an event noun in a quote: "political fights"
        }
        if (!pos.equals("VBD") && !pos.equals("VBN")) {
            return true; // present, future, gerund or infinitive: "we demand", "Arresting a journalist"
        }
        for (Dependency d : s.children(t)) {
            if (d.relation().startsWith(Relations.NSUBJ)) {
                return SPEAKERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Between quotation marks: an odd number of marks before the word, or none before and an odd number after. */
    static boolean quoted(Sentence s, int t) {
        int before = 0;
        int after = 0;
        for (int i = 0; i < s.size(); i++) {
            if (i != t && MARKS.contains(s.token(i).word())) {
                if (i < t) {
                    before++;
                } else {
                    after++;
                }
            }
        }
        return before % 2 == 1 || before == 0 && after % 2 == 1;
    }
}
