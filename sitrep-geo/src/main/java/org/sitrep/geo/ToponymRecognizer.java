package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Finds the toponyms of an article: runs of tokens the NER tagged as a place (LOCATION, CITY,
 * STATE_OR_PROVINCE, COUNTRY), demonyms (NATIONALITY, "Iraqi") kept apart as {@link Toponym.Kind#DEMONYM},
 * and capitalised proper-noun runs the NER left untagged that the gazetteer knows as a notable place.
 * Place words inside an organisation's name ("Iraqi Parliament", "Ohio State University") are not
 * toponyms. Thread-safe.
 */
public final class ToponymRecognizer {
    static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Words after a place name that make the name part of an organisation or facility. */
    private static final Set<String> INSTITUTION_HEADS = Set.of("university", "college", "school", "academy",
            "institute", "hospital", "church", "cathedral", "mosque", "bank", "company", "corporation", "corp",
            "inc", "club", "team", "times", "post", "journal", "herald", "tribune", "gazette", "daily", "news",
            "press", "television", "tv", "radio", "airlines", "airways", "fc", "united", "party", "council",
            "parliament", "assembly", "senate", "congress", "ministry", "department", "police", "army", "navy",
            "guard", "state", "high", "middle", "elementary", "street", "st", "road", "avenue", "boulevard",
            "highway", "drive", "lane", "court", "courthouse", "center", "centre", "hall", "mall", "stadium",
            "airport", "park", "library", "museum", "association", "society", "foundation", "committee",
            "commission", "board", "agency", "office", "service", "services", "group", "authority");
    /** Division words that belong to the name when they follow it ("Laurel County", "Anbar Province"). */
    private static final Set<String> DIVISION_WORDS = Set.of("county", "parish", "province", "governorate",
            "district", "borough", "township", "oblast", "prefecture", "region", "state");
    /** Capitalised words that are never place names on their own, though the gazetteer has towns so named. */
    private static final Set<String> NOT_PLACES = Set.of("god", "jesus", "christ", "allah", "mr", "mrs", "ms",
            "dr", "president", "governor", "mayor", "senator", "king", "queen", "prince", "sheriff", "chief",
            "judge", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "christmas", "easter", "internet", "web", "tv", "ap", "reuters", "i", "a",
            "the", "mass", "miss", "ill", "wash", "ind", "la", "ga", "pa", "mo", "me", "ok", "hi", "oh", "in",
            "or", "un", "eu", "nato", "hamas", "hezbollah", "isis", "taliban", "republican", "democrat",
            "democrats", "republicans", "federal", "national", "central", "northern", "southern", "eastern",
            "western", "north", "south", "east", "west", "new", "old", "great", "little", "union", "liberty",
            "victory", "independence", "freedom", "hope", "unity", "providence", "commerce", "industry",
            "police", "army", "court", "congress", "senate", "house", "white", "black", "green", "brown");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "inside", "from", "to",
            "across", "around", "throughout", "within", "into", "of", "toward", "towards");

    private final Gazetteer gazetteer;

    public ToponymRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Toponym> recognize(AnnotatedArticle article) {
        List<Toponym> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            recognize(s, out);
        }
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    private void recognize(Sentence s, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            String ner = t.ner() == null ? "O" : t.ner();
            if (PLACE_TYPES.contains(ner)) {
                int j = i + 1;
                while (j < n && ner.equals(tokens.get(j).ner())) {
                    j++;
                }
                int end = j;
                if (end < n && DIVISION_WORDS.contains(lower(tokens.get(end)))
                        && gazetteer.knows(NameKey.of(s.span(i, end + 1)))) {
                    end++;
                }
                if (!partOfInstitution(tokens, i, end)) {
                    out.add(toponym(s, i, end, Toponym.Kind.NAME, ner));
                }
                i = Math.max(end, i + 1);
            } else if ("NATIONALITY".equals(ner) || "MISC".equals(ner)) {
                int j = i + 1;
                while (j < n && ner.equals(tokens.get(j).ner())) {
                    j++;
                }
                if (gazetteer.demonym(s.span(i, j)) != null) {
                    out.add(toponym(s, i, j, Toponym.Kind.DEMONYM, ner));
                } else if (j - i > 1 && gazetteer.demonym(t.word()) != null) {
                    out.add(toponym(s, i, i + 1, Toponym.Kind.DEMONYM, ner));
                }
                i = j;
            } else if (capitalisedProperNoun(t)) {
                int j = i + 1;
                while (j < n && capitalisedProperNoun(tokens.get(j)) && sameNer(t, tokens.get(j))) {
                    j++;
                }
                Toponym found = gazetteerMatch(s, i, j, ner);
                if (found != null) {
                    out.add(found);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /** A run of capitalised proper nouns the NER did not call a place, if the gazetteer makes it one. */
    private Toponym gazetteerMatch(Sentence s, int from, int to, String ner) {
        List<Token> tokens = s.tokens();
        int end = to;
        if (end < tokens.size() && DIVISION_WORDS.contains(lower(tokens.get(end)))
                && gazetteer.knows(NameKey.of(s.span(from, end + 1)))) {
            end++;
        }
        String text = s.span(from, end);
        String key = NameKey.of(text);
        if (key.length() < 3 || NOT_PLACES.contains(key) || partOfInstitution(tokens, from, end)) {
            return null;
        }
        if (gazetteer.demonym(text) != null) {
            return toponym(s, from, end, Toponym.Kind.DEMONYM, "GAZETTEER");
        }
        int[] codes = gazetteer.lookupKey(key);
        if (codes.length == 0) {
            return null;
        }
        boolean locativeCue = from > 0 && LOCATIVE.contains(lower(tokens.get(from - 1)))
                || from > 1 && ",".equals(tokens.get(from - 1).word()) && isPlaceToken(tokens.get(from - 2));
        boolean otherEntity = !"O".equals(ner) && !"MISC".equals(ner);
        if (otherEntity && !locativeCue) {
            return null; // a person or organisation the gazetteer happens to share a name with
        }
        double best = 0;
        for (int code : codes) {
            best = Math.max(best, notability(gazetteer.entry(code >>> 1), (code & 1) == 1, key));
        }
        double needed = otherEntity ? 3 : from == 0 ? 2 : locativeCue ? 1 : 1.5;
        return best >= needed ? toponym(s, from, end, Toponym.Kind.NAME, "GAZETTEER") : null;
    }

    /** How safely a bare gazetteer match can be taken for a place: 0 (not) .. 3 (surely). */
    private static double notability(GazetteerEntry e, boolean alternate, String key) {
        if (alternate && key.length() <= 3) {
            return 0;
        }
        return switch (e.feature()) {
            case COUNTRY, REGION -> 3;
            case ADMIN1 -> 3;
            case ADMIN2 -> key.contains(" ") ? 2 : 0.5;
            case SITE, NEIGHBORHOOD -> "SUPPLEMENT".equals(e.featureCode()) ? 3 : 0;
            case CITY -> e.population() >= 1_000_000 ? 3 : e.population() >= 100_000 ? 2
                    : e.population() >= 5_000 ? 1 : 0;
        };
    }

    private static boolean partOfInstitution(List<Token> tokens, int from, int end) {
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if ("ORGANIZATION".equals(next.ner()) && Character.isUpperCase(next.word().charAt(0))) {
                return true;
            }
            if (Character.isUpperCase(next.word().charAt(0)) && INSTITUTION_HEADS.contains(lower(next))) {
                return true;
            }
        }
        if (from > 1 && "of".equals(lower(tokens.get(from - 1)))) {
            Token before = tokens.get(from - 2);
            return Character.isUpperCase(before.word().charAt(0)) && INSTITUTION_HEADS.contains(lower(before));
        }
        return false;
    }

    private static boolean isPlaceToken(Token t) {
        return t.ner() != null && PLACE_TYPES.contains(t.ner());
    }

    private static boolean capitalisedProperNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && !t.word().isEmpty()
                && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean sameNer(Token a, Token b) {
        return a.ner() == null ? b.ner() == null : a.ner().equals(b.ner());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static Toponym toponym(Sentence s, int from, int to, Toponym.Kind kind, String source) {
        int start = s.tokens().get(from).start();
        int end = s.tokens().get(to - 1).end();
        return new Toponym(s.span(from, to), start, end, s.index(), from, to, kind, source);
    }
}
