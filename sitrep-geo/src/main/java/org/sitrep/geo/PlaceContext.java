package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * What the words around an article's toponyms say about them: containment ("X, Y", "X in Y",
 * "Y's X", "X, south of Y"), a generic word naming the kind of place ("the state of X"), and lists
 * of places that are likely of one kind and country ("Ohio, Oregon and Utah").
 */
final class PlaceContext {
    private static final Set<String> CONTAINER_GAP = PlaceWords.set("container_gap");

    private PlaceContext() {
    }

    /** "X, Y", "X in Y", "Y's X" (Y contains X) and "X, south of Y", "near Y" (X lies near Y). */
    static List<Cue> containmentCues(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        List<Cue> cues = new ArrayList<>();
        Map<Long, Integer> byPosition = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() >= 0 && t.startToken() >= 0) {
                byPosition.put(((long) t.sentence() << 32) | t.startToken(), i);
            }
        }
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() < 0 || t.startToken() < 0 || t.isDemonym()) {
                continue;
            }
            Sentence s = article.sentences().get(t.sentence());
            List<Token> tokens = s.tokens();
            int k = t.endToken();
            boolean near = false;
            boolean comma = k < tokens.size() && ",".equals(tokens.get(k).word());
            if (comma) {
                k++;
            }
            int gap = 0;
            while (k < tokens.size() && gap < 6 && !byPosition.containsKey(((long) t.sentence() << 32) | k)) {
                // a toponym starting here ends the gap, even one whose name begins with a compass word
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (Candidates.DIRECTIONS.contains(w)) {
                    near = true;
                } else if (!(w.equals("in") || w.equals("of") || w.equals("about") || w.equals("some")
                        || w.equals("km") || w.equals("kilometers") || w.equals("kilometres") || w.equals("miles")
                        || w.equals("mi") || CONTAINER_GAP.contains(w) || tokens.get(k).pos().equals("CD"))) {
                    break;
                }
                if (gap == 0 && !comma && !(w.equals("in") || near)) {
                    break;
                }
                k++;
                gap++;
            }
            Integer other = byPosition.get(((long) t.sentence() << 32) | k);
            if (other != null && other != i && (comma || gap > 0)) {
                cues.add(new Cue(readingOf[i], readingOf[other], near));
            }
            // "Y's X" and "Y's X region"
            int p = t.startToken() - 1;
            if (p >= 1 && (tokens.get(p).word().equals("'s") || tokens.get(p).word().equals("’s"))) {
                for (int j = 0; j < toponyms.size(); j++) {
                    Toponym y = toponyms.get(j);
                    if (y.sentence() == t.sentence() && y.endToken() == p && !y.isDemonym()) {
                        cues.add(new Cue(readingOf[i], readingOf[j], false));
                    }
                }
            }
        }
        return cues;
    }

    /** Lower-case words that say what kind of place the name next to them is. */
    private static final Map<String, Feature> KIND_AFTER = Map.of("state", Feature.ADMIN1, "province",
            Feature.ADMIN1, "governorate", Feature.ADMIN1, "region", Feature.ADMIN1, "county", Feature.ADMIN2,
            "city", Feature.CITY, "town", Feature.CITY);
    private static final Map<String, Feature> KIND_BEFORE = Map.of("state", Feature.ADMIN1, "province",
            Feature.ADMIN1, "governorate", Feature.ADMIN1, "county", Feature.ADMIN2, "city", Feature.CITY,
            "town", Feature.CITY, "village", Feature.CITY, "country", Feature.COUNTRY);

    /**
     * "Washington state", "the state of Victoria", "the city of Buffalo": a lower-case generic word right
     * after the name, or "the WORD of" right before it, says what kind of place is meant.
     */
    static void kindWords(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() < 0 || t.startToken() < 0 || t.isDemonym()) {
                continue;
            }
            List<Token> tokens = article.sentences().get(t.sentence()).tokens();
            Feature kind = null;
            if (t.endToken() < tokens.size()) {
                String next = tokens.get(t.endToken()).word();
                kind = next.equals(next.toLowerCase(Locale.ROOT)) ? KIND_AFTER.get(next) : null;
            }
            int b = t.startToken();
            if (kind == null && b >= 2 && tokens.get(b - 1).word().equals("of")) {
                String word = tokens.get(b - 2).word();
                kind = word.equals(word.toLowerCase(Locale.ROOT)) ? KIND_BEFORE.get(word) : null;
            }
            if (kind != null) {
                readingOf[i].kindWords.add(kind);
            }
        }
    }

    /**
     * Places listed together ("in British Columbia, Alberta, Manitoba and New Brunswick") are usually of one
     * kind and, below the country level, in one country. A list is three or more names separated by commas,
     * or names joined by "and"/"or"; "Paris, Texas" (two names and a comma) is a containment, not a list.
     */
    static void lists(AnnotatedArticle article, List<Toponym> toponyms, Reading[] readingOf) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (t.sentence() >= 0 && t.startToken() >= 0 && !t.isDemonym()) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.<Integer>comparingInt(i -> toponyms.get(i).sentence())
                .thenComparingInt(i -> toponyms.get(i).startToken()));
        List<Integer> group = new ArrayList<>();
        boolean conjunction = false;
        for (int n = 0; n <= order.size(); n++) {
            Integer i = n < order.size() ? order.get(n) : null;
            if (i != null && !group.isEmpty()) {
                Toponym prev = toponyms.get(group.get(group.size() - 1));
                Toponym t = toponyms.get(i);
                String joint = t.sentence() == prev.sentence() ? between(article, prev, t) : null;
                if (joint != null) {
                    conjunction |= !joint.equals(",");
                    group.add(i);
                    continue;
                }
            }
            if (group.size() >= 3 || (group.size() == 2 && conjunction)) {
                List<Reading> members = new ArrayList<>();
                for (int g : group) {
                    if (!members.contains(readingOf[g])) {
                        members.add(readingOf[g]);
                    }
                }
                Feature kind = listKind(article, toponyms.get(group.get(0)), toponyms.get(group.get(group.size() - 1)));
                for (Reading r : members) {
                    if (kind != null) {
                        r.kindWords.add(kind);
                    }
                    for (Reading o : members) {
                        if (o != r && !r.siblings.contains(o)) {
                            r.siblings.add(o);
                        }
                    }
                }
            }
            group.clear();
            conjunction = false;
            if (i != null) {
                group.add(i);
            }
        }
    }

    private static final Map<String, Feature> KIND_PLURAL = Map.of("states", Feature.ADMIN1, "provinces",
            Feature.ADMIN1, "governorates", Feature.ADMIN1, "regions", Feature.ADMIN1, "counties", Feature.ADMIN2,
            "parishes", Feature.ADMIN2, "cities", Feature.CITY, "towns", Feature.CITY, "villages", Feature.CITY,
            "countries", Feature.COUNTRY);
    private static final Set<String> LIST_OPENERS = PlaceWords.set("list_opener");

    /**
     * The kind a plural generic word gives a whole list: after it ("Jackson and Barrow counties") or just
     * before it ("states including Georgia, Oklahoma and Utah", "the provinces of A and B").
     */
    private static Feature listKind(AnnotatedArticle article, Toponym first, Toponym last) {
        List<Token> tokens = article.sentences().get(first.sentence()).tokens();
        if (last.endToken() < tokens.size()) {
            Feature after = KIND_PLURAL.get(tokens.get(last.endToken()).word());
            if (after != null) {
                return after;
            }
        }
        int k = first.startToken() - 1;
        int openers = 0;
        while (k >= 0 && openers < 2 && LIST_OPENERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
            openers++;
        }
        return openers > 0 && k >= 0 ? KIND_PLURAL.get(tokens.get(k).word()) : null;
    }

    /** The words between two toponyms of a sentence when they only join a list (",", "and", ", and", "or"). */
    private static String between(AnnotatedArticle article, Toponym a, Toponym b) {
        List<Token> tokens = article.sentences().get(a.sentence()).tokens();
        StringBuilder joint = new StringBuilder();
        for (int k = a.endToken(); k < b.startToken(); k++) {
            String w = tokens.get(k).word();
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("&"))) {
                return null;
            }
            joint.append(joint.length() == 0 ? "" : " ").append(w);
        }
        return joint.length() == 0 ? null : joint.toString();
    }
}
