package org.sitrep.event;

import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.Relations;

/**
 * Reads how many people an event killed when the sentence states a number: "killing 5", "at least 12
 * people were killed", "killed five soldiers". Vague amounts ("dozens") give null.
 */
final class FatalityReader {
    /** CAMEO codes whose patient is the dead: kill by physical assault, assassinate, mass killing. */
    static final Set<String> KILLING_CODES = Set.of("1823", "186", "202");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1));

    private FatalityReader() {
    }

    /** The number of dead in the patient phrase of a killing predicate, or null. */
    static Integer count(DependencyGraph g, int patient) {
        if (patient < 0) {
            return null;
        }
        if (g.isNumber(patient)) {
            return parse(g, patient);
        }
        for (int c : g.children(patient)) {
            if (g.rel[c].equals(Relations.NUMMOD)) {
                return parse(g, c);
            }
        }
        if ("PERSON".equals(g.sentence.token(patient).ner())) {
            int named = 1;
            for (int c : g.children(patient)) {
                if (g.rel[c].equals(Relations.CONJ) && "PERSON".equals(g.sentence.token(c).ner())) {
                    named++;
                }
            }
            return named;
        }
        if (g.pos[patient].equals("NN") && !g.lemma[patient].equals("people")) {
            for (int c : g.children(patient)) {
                if (g.rel[c].equals(Relations.NMOD_POSS) || g.rel[c].equals(Relations.DET) && (g.lemma[c].equals("a")
                        || g.lemma[c].equals("an") || g.lemma[c].equals("the") || g.lemma[c].equals("this")
                        || g.lemma[c].equals("that"))) {
                    return 1;
                }
            }
        }
        return null;
    }

    private static Integer parse(DependencyGraph g, int i) {
        String normalized = g.sentence.token(i).normalized();
        Integer n = digits(normalized);
        if (n == null) {
            n = digits(g.word[i]);
        }
        if (n == null) {
            n = NUMBER_WORDS.get(g.word[i]);
        }
        return n;
    }

    private static Integer digits(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String t = s.replace(",", "");
        int dot = t.indexOf('.');
        if (dot >= 0) {
            String frac = t.substring(dot + 1);
            if (!frac.chars().allMatch(ch -> ch == '0')) {
                return null;
            }
            t = t.substring(0, dot);
        }
        if (t.isEmpty() || t.length() > 7) {
            return null;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return null;
            }
        }
        return Integer.parseInt(t);
    }
}
