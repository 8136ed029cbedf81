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
    private static final Set<String> INSTITUTION_HEADS = PlaceWords.set("institution_head");
    /** Division words that belong to the name when they follow it ("Laurel County", "Anbar Province"). */
    private static final Set<String> DIVISION_WORDS = PlaceWords.set("division_word");
    /** Capitalised words that are never place names on their own, though the gazetteer has towns so named. */
    static final Set<String> NOT_PLACES = PlaceWords.set("not_a_place");
    /** Last words of street and building names, which are not toponyms for the gazetteer. */
    private static final Set<String> STREET_WORDS = PlaceWords.set("street_word");
    /** Single words the NER sometimes tags as a place by themselves. */
    private static final Set<String> GENERIC = PlaceWords.set("generic_word");
    /** Words after a place name that make it the name of a disease ("West Nile virus", "Ebola fever"). */
    private static final Set<String> DISEASE_WORDS = PlaceWords.set("disease_word");
    /** Compass words that qualify a place name without being part of it ("North Texas", "Northeast Georgia"). */
    private static final Set<String> DIRECTION_WORDS = PlaceWords.set("compass_qualifier");
    private static final Set<String> POSSESSIVE = PlaceWords.set("possessive");
    /** Words after a name that say it is an area ("Sheikh Omar region", "Zaatari camp"). */
    private static final Set<String> AREA_WORDS = PlaceWords.set("area_word");
    private static final Set<String> LOCATIVE = PlaceWords.set("recognition_locative");
    private static final Set<String> PERIOD_ABBREVIATIONS = PlaceWords.set("period_abbreviation");
    private static final Set<String> FEATURE_WORDS = PlaceWords.set("feature_word");

    private final Gazetteer gazetteer;
    private final ListedPlaces listed;
    private final RepeatedNames repeated;
    private final LocalFrames frames;

    public ToponymRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.listed = new ListedPlaces(gazetteer);
        this.repeated = new RepeatedNames(gazetteer);
        this.frames = new LocalFrames(gazetteer);
    }

    public List<Toponym> recognize(AnnotatedArticle article) {
        List<Toponym> out = new ArrayList<>();
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
                    lower.add(t.word());
                }
            }
        }
        for (Sentence s : article.sentences()) {
            recognize(s, out, lower);
        }
        for (Sentence s : article.sentences()) {
            datelines(s, out);
        }
        for (Sentence s : article.sentences()) {
            frames.add(s, out);
        }
        for (Sentence s : article.sentences()) {
            listed.add(s, out);
        }
        repeated.add(article, out);
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    private void recognize(Sentence s, List<Toponym> out, java.util.Set<String> commonWords) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            String ner = t.ner() == null ? "O" : t.ner();
            if (PLACE_TYPES.contains(ner)) {
                int j = i + 1;
                while (j < n && PLACE_TYPES.contains(tokens.get(j).ner()) && adjacentName(tokens, j)) {
                    j++;
                }
                int end = hyphenExtension(s, i, j);
                if (end < n && DIVISION_WORDS.contains(lower(tokens.get(end)))
                        && gazetteer.knows(NameKey.of(s.span(i, end + 1)))) {
                    end++;
                }
                end = curatedSiteExtension(s, i, end);
                int begin = compassExtension(s, i, end);
                Toponym leading = facilityPlace(s, begin, end);
                if (leading != null) {
                    out.add(leading); // "Henderson County Jail", "Greer City Hall": the place the facility is named after
                    i = end;
                    continue;
                }
                if (end - i > 1 && DIRECTION_WORDS.contains(lower(t)) && !gazetteer.knows(NameKey.of(s.span(i, end)))
                        && gazetteer.knows(NameKey.of(s.span(i + 1, end)))) {
                    begin = i + 1; // "North Texas": the place named is Texas
                }
                boolean noise = end - i == 1 && (t.word().length() < 2
                        || NOT_PLACES.contains(NameKey.of(t.word())) && !t.word().endsWith(".") && !periodFollows(s, i))
                        || !capitalised(t) || end < n && DISEASE_WORDS.contains(lower(tokens.get(end)));
                if (!noise && !streetOrGeneric(tokens, i, end)) {
                    boolean inName = partOfInstitution(tokens, begin, end);
                    out.add(toponym(s, begin, end, Toponym.Kind.NAME, ner, inName));
                } else if (end - i == 1) {
                    hyphenated(s, t, out);
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
                } else {
                    // a MISC-tagged proper name the gazetteer knows as a notable place ("downstream in Gezira")
                    Toponym found = "MISC".equals(ner) && properNouns(tokens, i, j)
                            ? gazetteerMatch(s, i, j, ner, commonWords) : null;
                    if (found != null && bestNotability(NameKey.of(found.text())) < 2) {
                        found = null; // only a country, region, large division or city, or a curated place
                    }
                    if (found != null) {
                        out.add(found);
                    } else if (j - i == 1) {
                        hyphenated(s, t, out);
                    }
                }
                i = j;
            } else if (capitalisedProperNoun(t)) {
                int j = i + 1;
                String runNer = ner;
                while (j < n && capitalisedProperNoun(tokens.get(j)) && nameLike(tokens.get(j))) {
                    if ("O".equals(runNer) || "MISC".equals(runNer)) {
                        runNer = tokens.get(j).ner() == null ? "O" : tokens.get(j).ner();
                    }
                    j++;
                }
                Toponym found = gazetteerMatch(s, i, j, runNer, commonWords);
                if (found == null && j - i > 1 && !"PERSON".equals(runNer)) {
                    found = leadingPlace(s, i, j);
                }
                if (found != null) {
                    out.add(found);
                    i = found.endToken();
                    continue;
                } else if (j - i == 1) {
                    hyphenated(s, t, out);
                }
                i = j;
            } else {
                if (capitalised(t) && t.pos() != null && t.pos().startsWith("JJ") && gazetteer.demonym(t.word()) != null) {
                    out.add(toponym(s, i, i + 1, Toponym.Kind.DEMONYM, "GAZETTEER"));
                } else if (capitalised(t)) {
                    hyphenated(s, t, out);
                }
                i++;
            }
        }
    }

    /**
     * The end of a name the tokenizer split at a hyphen ("Guinea - Bissau", "Batesburg - Leesville"): the run
     * {@code from..end} continued over a hyphen written without spaces and the capitalised words after it,
     * when the gazetteer knows the joined name; else {@code end}.
     */
    private int hyphenExtension(Sentence s, int from, int end) {
        List<Token> tokens = s.tokens();
        int last = end;
        while (last + 1 < tokens.size() && tokens.get(last).word().equals("-")
                && tokens.get(last).start() == tokens.get(last - 1).end()
                && tokens.get(last + 1).start() == tokens.get(last).end() && capitalised(tokens.get(last + 1))) {
            int k = last + 2;
            while (k < tokens.size() && capitalised(tokens.get(k)) && adjacentName(tokens, k)
                    && tokens.get(k).ner() != null && tokens.get(k).ner().equals(tokens.get(last + 1).ner())) {
                k++;
            }
            if (!gazetteer.knows(NameKey.of(s.span(from, k)))) {
                break;
            }
            last = k;
        }
        return last;
    }

    /**
     * The start of the name when a capitalised compass word the NER left out opens a name the gazetteer knows
     * ("West Virginia", "North Las Vegas" tagged only from the second word), else {@code from}.
     */
    private int compassExtension(Sentence s, int from, int end) {
        if (from == 0) {
            return from;
        }
        Token before = s.token(from - 1);
        if (capitalised(before) && !isPlaceToken(before) && DIRECTION_WORDS.contains(lower(before))
                && gazetteer.knows(NameKey.of(s.span(from - 1, end)))) {
            return from - 1;
        }
        return from;
    }

    /**
     * The place a facility or institution tagged as a place is named after ("Henderson County Jail", "Greer City
     * Hall", "Neches River National Wildlife Refuge"): when the gazetteer does not know the whole run but knows a
     * leading part of it as a town of some size or a division, and the rest are capitalised words. The part is a
     * place name inside another name, never an event location by itself. Null otherwise.
     */
    private Toponym facilityPlace(Sentence s, int from, int end) {
        List<Token> tokens = s.tokens();
        if (end - from < 2 || gazetteer.knows(NameKey.of(s.span(from, end)))
                || DIVISION_WORDS.contains(lower(tokens.get(end - 1))) || streetOrGeneric(tokens, from, end)
                || DIRECTION_WORDS.contains(lower(tokens.get(from))) // "Northeast Georgia": not a facility
                || FEATURE_WORDS.contains(lower(tokens.get(end - 1)))) { // "Sacramento River": a place itself
            return null;
        }
        for (int k = from; k < end; k++) {
            if (!capitalised(tokens.get(k))) {
                return null;
            }
        }
        for (int k = end - 1; k > from; k--) {
            String key = NameKey.of(s.span(from, k));
            if (key.length() >= 3 && !NOT_PLACES.contains(key) && !GENERIC.contains(key) && bestNotability(key) >= 1) {
                return toponym(s, from, k, Toponym.Kind.NAME, "GAZETTEER", true);
            }
        }
        return null;
    }

    /** Tokens that end a dateline. */
    private static final Set<String> DATELINE_DASHES = Set.of("--", "---", "\u2014", "\u2013", "-");

    /**
     * A dateline's town written in capitals before a dash ("MANSFIELD -- Mansfield Mayor ...", "FALLS VILLAGE,
     * Conn. --"), which the NER often leaves untagged: a town the gazetteer knows, of any size (a dateline
     * names a place, so no notability is asked). Its later mentions in ordinary case follow by one sense per
     * discourse.
     */
    private void datelines(Sentence s, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            while (j < tokens.size() && j - i < 4 && allCapitals(tokens.get(j).word())) {
                j++;
            }
            if (j == i) {
                continue;
            }
            int dash = j;
            if (dash < tokens.size() && tokens.get(dash).word().equals(",")) {
                dash++; // "FALLS VILLAGE, Conn. --": a state or country between the town and the dash
                while (dash < tokens.size() && dash - j < 4 && capitalised(tokens.get(dash))) {
                    dash++;
                }
            }
            if (dash + 2 < tokens.size() && tokens.get(dash).word().equals("(")
                    && tokens.get(dash + 2).word().equals(")") && allCapitals(tokens.get(dash + 1).word())) {
                dash += 3; // "MOUNT GILEAD (AP) --": the agency between the town and the dash
            }
            boolean opens = i == 0 || !Character.isLowerCase(tokens.get(i - 1).word().charAt(0));
            if (opens && dash < tokens.size() && DATELINE_DASHES.contains(tokens.get(dash).word())
                    && knownTown(NameKey.of(s.span(i, j)))) {
                int same = covering(out, s.index(), i, j);
                if (same == -1) {
                    out.add(toponym(s, i, j, Toponym.Kind.NAME, "DATELINE"));
                } else if (out.get(same).startToken() == i && out.get(same).endToken() == j
                        && !PLACE_TYPES.contains(out.get(same).source())) {
                    out.set(same, toponym(s, i, j, Toponym.Kind.NAME, "DATELINE")); // found already: say it is one
                } else if (out.get(same).startToken() >= i && out.get(same).endToken() <= j
                        && covering(out.subList(same + 1, out.size()), s.index(), i, j) == -1) {
                    out.set(same, toponym(s, i, j, Toponym.Kind.NAME, "DATELINE")); // "ST. PARIS --", not "PARIS"
                }
            }
            i = j - 1;
        }
    }

    private static boolean allCapitals(String word) {
        int letters = 0;
        for (int c = 0; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            if (Character.isLetter(ch)) {
                letters++;
            } else if (ch != '.' && ch != '\'' && ch != '\u2019') {
                return false;
            }
        }
        return letters >= 2;
    }

    private boolean knownTown(String key) {
        for (int code : gazetteer.lookupKey(key)) {
            if (gazetteer.entry(code >>> 1).feature().ordinal() >= Feature.CITY.ordinal()) {
                return true;
            }
        }
        return false;
    }

    /** The index of a toponym overlapping tokens {@code from..to} of the sentence, or -1. */
    private static int covering(List<Toponym> out, int sentence, int from, int to) {
        for (int k = 0; k < out.size(); k++) {
            Toponym t = out.get(k);
            if (t.sentence() == sentence && t.startToken() < to && t.endToken() > from) {
                return k;
            }
        }
        return -1;
    }

    /** A notable place name that opens a longer name ("Texas Department", "Laurel County Sheriff"). */
    private Toponym leadingPlace(Sentence s, int from, int to) {
        if (DIRECTION_WORDS.contains(lower(s.token(from))) && to - from > 2) {
            for (int end = to - 1; end > from + 1; end--) {
                String key = NameKey.of(s.span(from, end));
                if (!NOT_PLACES.contains(key) && bestNotability(key) >= 1) {
                    // "the North Las Vegas Police", "West Columbia City Council": the compass word is the town's
                    return toponym(s, from, end, Toponym.Kind.NAME, "GAZETTEER", true);
                }
            }
            from++;
        }
        for (int end = to - 1; end > from; end--) {
            String text = s.span(from, end);
            String key = NameKey.of(text);
            if ((key.length() >= 3 || abbreviation(text)) && !NOT_PLACES.contains(key) && bestNotability(key) >= 2) {
                return toponym(s, from, end, Toponym.Kind.NAME, "GAZETTEER", true);
            }
        }
        if (gazetteer.demonym(s.token(from).word()) != null) {
            // "the American Society of Plastic Surgeons": a demonym inside an organisation's name
            return toponym(s, from, from + 1, Toponym.Kind.DEMONYM, "GAZETTEER", true);
        }
        return null;
    }

    /** How many words past a name a curated site's longer name may reach ("nuclear power plant"). */
    private static final int SITE_EXTENSION = 4;

    /**
     * The end of the longest curated site or district name that continues the name {@code from..end} with
     * words the NER left out ("Zaporizhzhia nuclear power plant", "Natanz enrichment facility", "Moria camp"),
     * or {@code end} when none does.
     */
    private int curatedSiteExtension(Sentence s, int from, int end) {
        List<Token> tokens = s.tokens();
        int last = end;
        while (last < tokens.size() && last - end < SITE_EXTENSION
                && Character.isLetter(tokens.get(last).word().charAt(0))) {
            last++;
        }
        for (int k = last; k > end; k--) {
            for (int code : gazetteer.lookupKey(NameKey.of(s.span(from, k)))) {
                GazetteerEntry e = gazetteer.entry(code >>> 1);
                if ("SUPPLEMENT".equals(e.featureCode())
                        && (e.feature() == Feature.SITE || e.feature() == Feature.NEIGHBORHOOD)) {
                    return k;
                }
            }
        }
        return end;
    }

    /** Whether token j continues the name before it (no punctuation between, no new sentence-like break). */
    private static boolean adjacentName(List<Token> tokens, int j) {
        return Character.isLetter(tokens.get(j).word().charAt(0)) || tokens.get(j).word().startsWith(".");
    }

    /** "Egyptian-US relations", "Iraq-Syria border": country and division names inside one hyphenated token. */
    private void hyphenated(Sentence s, Token t, List<Toponym> out) {
        String word = t.word();
        if (word.indexOf('-') <= 0 || t.end() - t.start() != word.length()) {
            return;
        }
        int from = 0;
        while (from < word.length()) {
            int dash = word.indexOf('-', from);
            int to = dash < 0 ? word.length() : dash;
            String part = word.substring(from, to);
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) {
                int start = t.start() + from;
                int end = t.start() + to;
                if (gazetteer.demonym(part) != null) {
                    out.add(new Toponym(part, start, end, s.index(), t.index(), t.index() + 1, Toponym.Kind.DEMONYM,
                            "GAZETTEER"));
                } else if (bestNotability(NameKey.of(part)) >= 3) {
                    out.add(new Toponym(part, start, end, s.index(), t.index(), t.index() + 1, Toponym.Kind.NAME,
                            "GAZETTEER"));
                }
            }
            if (dash < 0) {
                break;
            }
            from = dash + 1;
        }
    }

    static boolean streetOrGeneric(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            for (int c = 0; c < tokens.get(k).word().length(); c++) {
                if (Character.isDigit(tokens.get(k).word().charAt(c))) {
                    return true; // "Highway 59", "County Road 80"
                }
            }
        }
        String last = lower(tokens.get(end - 1));
        if (STREET_WORDS.contains(last)) {
            return true;
        }
        return end - from == 1 && GENERIC.contains(last);
    }

    private double bestNotability(String key) {
        double best = 0;
        for (int code : gazetteer.lookupKey(key)) {
            best = Math.max(best, notability(gazetteer.entry(code >>> 1), (code & 1) == 1, key));
        }
        return best;
    }

    /** A run of capitalised proper nouns the NER did not call a place, if the gazetteer makes it one. */
    private Toponym gazetteerMatch(Sentence s, int from, int to, String ner, java.util.Set<String> commonWords) {
        List<Token> tokens = s.tokens();
        int end = to;
        if (end < tokens.size() && DIVISION_WORDS.contains(lower(tokens.get(end)))
                && gazetteer.knows(NameKey.of(s.span(from, end + 1)))) {
            end++;
        }
        end = curatedSiteExtension(s, from, end);
        String text = s.span(from, end);
        String key = NameKey.of(text);
        boolean inName = partOfInstitution(tokens, from, end);
        boolean abbreviation = abbreviation(text);
        if (key.length() < 3 && !abbreviation || NOT_PLACES.contains(key)) {
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
                || from > 1 && ",".equals(tokens.get(from - 1).word()) && isPlaceToken(tokens.get(from - 2))
                || from > 1 && POSSESSIVE.contains(tokens.get(from - 1).word()) && isPlaceToken(tokens.get(from - 2))
                || end < tokens.size() && AREA_WORDS.contains(lower(tokens.get(end)));
        boolean otherEntity = !"O".equals(ner) && !"MISC".equals(ner);
        if (streetOrGeneric(tokens, from, end)) {
            return null;
        }
        if (end - from == 1 && !otherEntity && commonWords != null && commonWords.contains(key)) {
            return null; // written in lower case elsewhere in the article: a common word ("Man", "Hope")
        }
        double best = bestNotability(key);
        // a person or organisation tag wins over a gazetteer match unless the name is a country or
        // province, or a locative preposition introduces it
        double needed = otherEntity ? (locativeCue ? 2 : 3) : from == 0 ? 2 : locativeCue ? 1 : 1.5;
        if (inName) {
            needed = Math.max(needed, 2);
        }
        return best >= needed ? toponym(s, from, end, Toponym.Kind.NAME, "GAZETTEER", inName) : null;
    }

    /** Whether token {@code i} is a period abbreviation whose period the tokenizer split off ("Lumpkin, Ga ."). */
    private static boolean periodFollows(Sentence s, int i) {
        Token t = s.token(i);
        int after = t.end() - s.start();
        return PERIOD_ABBREVIATIONS.contains(lower(t)) && after < s.text().length() && s.text().charAt(after) == '.';
    }

    /** A name written in capitals ("UK", "U.S.", "S.C."), of at least two letters. */
    private static boolean abbreviation(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && NameKey.of(text).length() >= 2;
    }

    /** How safely a bare gazetteer match can be taken for a place: 0 (not) .. 3 (surely). */
    private static double notability(GazetteerEntry e, boolean alternate, String key) {
        if (alternate && key.length() <= 3 && e.feature() != Feature.COUNTRY && e.feature() != Feature.ADMIN1) {
            return 0; // airport-like codes of towns
        }
        double n = switch (e.feature()) {
            case COUNTRY, REGION -> 3;
            case ADMIN1 -> alternate ? (e.population() >= 1_000_000 ? 3 : 2) : e.population() >= 100_000 ? 3 : 1.5;
            case ADMIN2 -> key.contains(" ") ? 2 : 0.5;
            case SITE, NEIGHBORHOOD -> "SUPPLEMENT".equals(e.featureCode()) ? 3 : 0;
            case CITY -> e.population() >= 1_000_000 ? 3 : e.population() >= 100_000 ? 2
                    : e.population() >= 5_000 ? 1 : 0;
        };
        // an alternate name (an old, foreign or transliterated one) is weaker evidence than the main name
        return alternate && e.feature() != Feature.COUNTRY ? Math.max(0, n - 1) : n;
    }

    static boolean partOfInstitution(List<Token> tokens, int from, int end) {
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

    static boolean isPlaceToken(Token t) {
        return t.ner() != null && PLACE_TYPES.contains(t.ner());
    }

    static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean properNouns(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!capitalisedProperNoun(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean capitalisedProperNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && !t.word().isEmpty()
                && Character.isUpperCase(t.word().charAt(0));
    }

    /** Tokens that may continue a run of name words: untagged, or tagged as a person, title or organisation. */
    private static boolean nameLike(Token t) {
        String ner = t.ner() == null ? "O" : t.ner();
        return ner.equals("O") || ner.equals("MISC") || ner.equals("PERSON") || ner.equals("TITLE")
                || ner.equals("ORGANIZATION");
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static Toponym toponym(Sentence s, int from, int to, Toponym.Kind kind, String source) {
        return toponym(s, from, to, kind, source, false);
    }

    static Toponym toponym(Sentence s, int from, int to, Toponym.Kind kind, String source, boolean inName) {
        int start = s.tokens().get(from).start();
        int end = s.tokens().get(to - 1).end();
        String text = s.span(from, to);
        // "W.Va." and "Ala." at a sentence end: the tokenizer gives the abbreviation's last period to the sentence
        int after = end - s.start();
        boolean abbreviated = text.indexOf('.') > 0 || PERIOD_ABBREVIATIONS.contains(lower(s.tokens().get(to - 1)));
        if (abbreviated && Character.isLetter(text.charAt(text.length() - 1)) && after < s.text().length()
                && s.text().charAt(after) == '.') {
            text = text + ".";
            end++;
        }
        return new Toponym(text, start, end, s.index(), from, to, kind, source, inName);
    }
}
