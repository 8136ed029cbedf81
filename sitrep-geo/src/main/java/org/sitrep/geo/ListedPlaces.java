package org.sitrep.geo;

import static org.sitrep.geo.ToponymRecognizer.NOT_PLACES;
import static org.sitrep.geo.ToponymRecognizer.capitalisedProperNoun;
import static org.sitrep.geo.ToponymRecognizer.isPlaceToken;
import static org.sitrep.geo.ToponymRecognizer.lower;
import static org.sitrep.geo.ToponymRecognizer.partOfInstitution;
import static org.sitrep.geo.ToponymRecognizer.streetOrGeneric;
import static org.sitrep.geo.ToponymRecognizer.toponym;

import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Names listed with a recognised place ("attacked Konduga, Bama, Gwoza and Maiduguri"): places too when
 * the gazetteer knows them in a country where the neighbour could lie.
 */
final class ListedPlaces {
    private static final Set<String> LIST_JOINTS = PlaceWords.set("list_joint");
    private static final int LIST_MEMBER_TOKENS = 3;

    private final Gazetteer gazetteer;

    ListedPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Names listed with a recognised place ("attacked Konduga, Bama, Gwoza and Maiduguri") are places too
     * when the gazetteer knows them in a country where the neighbour could lie; the NER often tags only
     * some members of such a list. Repeats until the list is covered, in both directions.
     */
    void add(Sentence s, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        boolean grew = true;
        while (grew) {
            grew = false;
            java.util.TreeMap<Integer, Toponym> byStart = new java.util.TreeMap<>();
            for (Toponym t : out) {
                if (t.sentence() == s.index() && t.startToken() >= 0) {
                    byStart.put(t.startToken(), t);
                }
            }
            for (Toponym t : List.copyOf(byStart.values())) {
                if (t.isDemonym() || t.inName()) {
                    continue;
                }
                // left neighbour: NAME , | NAME and | NAME , and
                int k = t.startToken() - 1;
                int joints = 0;
                while (k >= 0 && joints < 2 && LIST_JOINTS.contains(lower(tokens.get(k)))) {
                    k--;
                    joints++;
                }
                if (joints > 0 && k >= 0) {
                    int from = k;
                    while (from - 1 >= 0 && k - from + 1 < LIST_MEMBER_TOKENS && capitalisedProperNoun(tokens.get(from - 1))) {
                        from--;
                    }
                    grew |= addListMember(s, from, k + 1, t, byStart, out);
                }
                // right neighbour
                k = t.endToken();
                joints = 0;
                while (k < tokens.size() && joints < 2 && LIST_JOINTS.contains(lower(tokens.get(k)))) {
                    k++;
                    joints++;
                }
                if (joints > 0 && k < tokens.size()) {
                    int end = k + 1;
                    while (end < tokens.size() && end - k < LIST_MEMBER_TOKENS && capitalisedProperNoun(tokens.get(end))) {
                        end++;
                    }
                    grew |= addListMember(s, k, end, t, byStart, out);
                }
            }
        }
    }

    private boolean addListMember(Sentence s, int from, int end, Toponym neighbour,
                                  java.util.NavigableMap<Integer, Toponym> byStart, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        boolean taggedOtherwise = false; // the NER called it a person or organisation: ask for more
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            if (!capitalisedProperNoun(t)) {
                return false;
            }
            taggedOtherwise |= t.ner() != null && !isPlaceToken(t) && !"O".equals(t.ner()) && !"MISC".equals(t.ner());
        }
        java.util.Map.Entry<Integer, Toponym> before = byStart.floorEntry(end - 1);
        if (before != null && before.getValue().endToken() > from) {
            return false; // already a toponym, or overlapping one
        }
        String text = s.span(from, end);
        String key = NameKey.of(text);
        if (key.length() < 3 || NOT_PLACES.contains(key) || streetOrGeneric(tokens, from, end)
                || partOfInstitution(tokens, from, end) || gazetteer.demonym(text) != null) {
            return false;
        }
        java.util.Set<String> neighbourCountries = new java.util.HashSet<>();
        for (int code : gazetteer.lookupKey(ToponymResolver.readingKey(neighbour.text()))) {
            String c = gazetteer.entry(code >>> 1).country();
            if (c != null) {
                neighbourCountries.add(c);
            }
        }
        for (int code : gazetteer.lookupKey(key)) {
            GazetteerEntry e = gazetteer.entry(code >>> 1);
            boolean enough = !taggedOtherwise || (code & 1) == 0 || e.population() >= 5_000;
            if (enough && e.country() != null && neighbourCountries.contains(e.country())
                    && e.feature() != Feature.COUNTRY) {
                Toponym added = toponym(s, from, end, Toponym.Kind.NAME, "LISTED");
                out.add(added);
                byStart.put(from, added);
                return true;
            }
        }
        return false;
    }

}
