package org.sitrep.geo;

import static org.sitrep.geo.ToponymRecognizer.NOT_PLACES;
import static org.sitrep.geo.ToponymRecognizer.capitalised;
import static org.sitrep.geo.ToponymRecognizer.capitalisedProperNoun;
import static org.sitrep.geo.ToponymRecognizer.isPlaceToken;
import static org.sitrep.geo.ToponymRecognizer.lower;
import static org.sitrep.geo.ToponymRecognizer.toponym;

import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Town and county names that local news writes in fixed frames, which the NER tags as people or
 * organisations or leaves untagged: a legislator's party and district ("Rep. Jane Doe, R-Ashland"), a
 * person's home town ("Ann Reed, 30, of Ten Mile", "said Miller, of Wooster"), a resident ("A Chapin
 * man died"), a town after a locative at a clause's end ("children in Anderson."), a town's public bodies
 * ("the Oakdale Fire Department", "Canaan Board of Finance") and the members of a list of counties ("Otter
 * Tail, Swift and Wilkin counties"). The frame says a place is meant,
 * so the gazetteer need only know a town, county or state of the name (of any size); the name inside a public
 * body's name is flagged as inside a name, and so is a legislator's district (neither is where an event
 * happened).
 */
final class LocalFrames {
    private static final Set<String> PARTY_TAGS = PlaceWords.set("party_tag");
    private static final Set<String> RESIDENT_NOUNS = PlaceWords.set("resident_noun");
    private static final Set<String> CIVIC_HEADS = PlaceWords.set("civic_head");
    private static final Set<String> NOT_TOWNS = PlaceWords.set("civic_not_town");
    private static final Set<String> KIND_HEADS = Set.of("city", "town", "village", "township");
    private static final Set<String> HOME_BEFORE = PlaceWords.set("home_town_before");
    private static final Set<String> RESIDENT_BEFORE = PlaceWords.set("resident_before");
    private static final Set<String> RUN_ENDS = PlaceWords.set("frame_end");
    private static final Set<String> PLURAL_DIVISIONS = PlaceWords.set("plural_division");
    private static final Set<String> LIST_JOINTS = PlaceWords.set("list_joint");
    private static final int MAX_RUN = 4;
    private static final Set<String> LOCATIVES = PlaceWords.set("frame_locative");
    /**
     * How many people a town a locative frame names must have (measured 2026-12-07: 1,000 gains most on LGL and
     * GeoVirus, 5,000 less, 20,000 almost nothing).
     */
    private static final int LOCATIVE_POPULATION = 1000;

    private final Gazetteer gazetteer;

    LocalFrames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the toponyms the frames of sentence {@code s} show, where no toponym lies yet. */
    void add(Sentence s, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (Toponym t : out) {
            if (t.sentence() == s.index() && t.startToken() >= 0) {
                for (int k = t.startToken(); k < t.endToken() && k < covered.length; k++) {
                    covered[k] = true;
                }
            }
        }
        countyList(s, covered, out);
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !nameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j - i < MAX_RUN + 2 && !covered[j] && nameWord(tokens.get(j))) {
                j++;
            }
            Toponym found = frame(s, i, j);
            if (found != null) {
                out.add(found);
                for (int k = found.startToken(); k < found.endToken(); k++) {
                    covered[k] = true;
                }
            }
            i = j;
        }
    }

    private Toponym frame(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        boolean ends = to == tokens.size() || RUN_ENDS.contains(lower(tokens.get(to)));
        if (to - from <= MAX_RUN && ends && partyTag(tokens, from) && known(s.span(from, to), true)) {
            return toponym(s, from, to, Toponym.Kind.NAME, "FRAME", true); // "R - Ashland", "D - W. Va."
        }
        if (to - from <= MAX_RUN && ends && homeTown(tokens, from) && known(s.span(from, to), false)) {
            return toponym(s, from, to, Toponym.Kind.NAME, "FRAME"); // "Ann Reed, 30, of Ten Mile"
        }
        if (to - from <= MAX_RUN && ends && from > 0 && LOCATIVES.contains(tokens.get(from - 1).word())
                && town(s.span(from, to), LOCATIVE_POPULATION)) {
            return toponym(s, from, to, Toponym.Kind.NAME, "FRAME"); // "children in Anderson."
        }
        if (to - from <= MAX_RUN && to < tokens.size() && RESIDENT_NOUNS.contains(tokens.get(to).word())
                && (from == 0 || RESIDENT_BEFORE.contains(lower(tokens.get(from - 1))))
                && known(s.span(from, to), false)) {
            return toponym(s, from, to, Toponym.Kind.NAME, "FRAME"); // "A Chapin man"
        }
        if (gazetteer.knows(NameKey.of(s.span(from, to)))) {
            return null;
        }
        for (int start = from; start < to - 1 && start < from + 2; start++) {
            Toponym civic = civicBody(s, start, to);
            if (civic != null) {
                return civic; // "Sunday Alexandria Police went": the run may open with another word
            }
        }
        return null;
    }

    /** The town a public body is named after ("the Oakdale Fire Department", "Grand Ledge Police Chief"). */
    private Toponym civicBody(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int k = Math.min(to - 1, from + MAX_RUN); k > from; k--) {
            String head = lower(tokens.get(k));
            String prefix = s.span(from, k);
            if (CIVIC_HEADS.contains(head) && !NOT_TOWNS.contains(lower(tokens.get(from)))
                    && !prefix.equals(prefix.toUpperCase(java.util.Locale.ROOT)) // "SOS Emergency": an acronym
                    && known(prefix, false)) {
                if (k == to - 1 && KIND_HEADS.contains(head)) {
                    return toponym(s, from, to, Toponym.Kind.NAME, "FRAME"); // "Warren County's Hamilton Township"
                }
                return toponym(s, from, k, Toponym.Kind.NAME, "FRAME", true); // "the Oakdale Fire Department"
            }
        }
        return null;
    }

    /** "Otter Tail, Swift and Wilkin counties": each member a county the gazetteer knows. */
    private void countyList(Sentence s, boolean[] covered, List<Toponym> out) {
        List<Token> tokens = s.tokens();
        for (int c = 1; c < tokens.size(); c++) {
            String kind = tokens.get(c).word();
            if (!PLURAL_DIVISIONS.contains(kind)) {
                continue;
            }
            String singular = switch (kind) {
                case "counties" -> "County";
                case "parishes" -> "Parish";
                default -> "Township";
            };
            int end = c;
            while (end > 0) {
                int from = end;
                while (from > 0 && end - from < MAX_RUN && capitalisedProperNoun(tokens.get(from - 1))) {
                    from--;
                }
                if (from == end) {
                    break;
                }
                boolean free = true;
                for (int k = from; k < end; k++) {
                    free &= !covered[k];
                }
                String name = s.span(from, end);
                if (free && !NOT_PLACES.contains(NameKey.of(name))
                        && gazetteer.knows(NameKey.of(name + " " + singular))) {
                    out.add(toponym(s, from, end, Toponym.Kind.NAME, "FRAME"));
                    for (int k = from; k < end; k++) {
                        covered[k] = true;
                    }
                }
                int k = from - 1;
                int joints = 0;
                while (k >= 0 && joints < 2 && LIST_JOINTS.contains(lower(tokens.get(k)))) {
                    k--;
                    joints++;
                }
                if (joints == 0) {
                    break;
                }
                end = k + 1;
            }
        }
    }

    /** "R - Ashland", "DFL - Chisholm": a party's initial and a hyphen before the run. */
    private static boolean partyTag(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).word().equals("-") && capitalised(tokens.get(from - 2))
                && PARTY_TAGS.contains(lower(tokens.get(from - 2)));
    }

    /** "Reed, 30, of X", "Miller, of X", "Troop 208 of X", "Ann Reed of X": a person and "of"/"from". */
    private static boolean homeTown(List<Token> tokens, int from) {
        if (from < 2 || !HOME_BEFORE.contains(lower(tokens.get(from - 1)))) {
            return false;
        }
        int k = from - 2;
        if (tokens.get(k).word().equals(",")) {
            k--;
            if (k >= 1 && isNumber(tokens.get(k)) && tokens.get(k - 1).word().equals(",")) {
                k -= 2; // ", 30 ,"
            }
        } else if (isNumber(tokens.get(k)) && k >= 1 && capitalised(tokens.get(k - 1))
                && "O".equals(ner(tokens.get(k - 1)))) {
            return true; // "Troop 208 of Coleridge", "Pack 176 of Laurel"
        }
        return k >= 0 && "PERSON".equals(ner(tokens.get(k)));
    }

    private boolean known(String text, boolean abbreviations) {
        String key = NameKey.of(text);
        if (key.length() < 3 && !abbreviations || !abbreviations && NOT_PLACES.contains(key)) {
            return false;
        }
        for (int code : gazetteer.lookupKey(key)) {
            GazetteerEntry e = gazetteer.entry(code >>> 1);
            boolean main = (code & 1) == 0;
            if (e.feature() == Feature.CITY && main || e.feature() == Feature.ADMIN2
                    || e.feature() == Feature.ADMIN1 && (main || abbreviations)) {
                return true;
            }
        }
        return false;
    }

    /** A town of at least {@code population} people the gazetteer knows by that main name. */
    private boolean town(String text, int population) {
        String key = NameKey.of(text);
        if (key.length() < 3 || NOT_PLACES.contains(key)) {
            return false;
        }
        for (int code : gazetteer.lookupKey(key)) {
            GazetteerEntry e = gazetteer.entry(code >>> 1);
            if ((code & 1) == 0 && e.feature() == Feature.CITY && e.population() >= population) {
                return true;
            }
        }
        return false;
    }

    /** A word of a name run: capitalised and a proper noun, or tagged as a place or organisation ("Seniors"). */
    private static boolean nameWord(Token t) {
        return capitalised(t) && (capitalisedProperNoun(t) || isPlaceToken(t) || "ORGANIZATION".equals(t.ner()));
    }

    private static boolean isNumber(Token t) {
        return !t.word().isEmpty() && t.word().chars().allMatch(Character::isDigit);
    }

    private static String ner(Token t) {
        return t.ner() == null ? "O" : t.ner();
    }
}
