package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Finds phrases that name a capital city without naming it: "the Somali capital", "Sudan's capital",
 * "the capital of Iraq", and a bare "the capital" (the capital of the story's country). Each becomes a
 * toponym resolved to the country's capital (the gazetteer's most populous PPLC), so an event "in the
 * Iraqi capital" is placed in Baghdad. Skipped: "capital" followed by its name ("the capital Beirut",
 * the name is a toponym of its own), a capital described otherwise ("the economic capital"), and
 * "capital" used as money or a letter. Thread-safe.
 */
final class CapitalPhrases {
    static final String SOURCE = "CAPITAL";

    private final Gazetteer gazetteer;
    private final Map<String, GazetteerEntry> capitals = new HashMap<>();

    CapitalPhrases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (GazetteerEntry e : gazetteer.entries(Feature.CITY)) {
            if ("PPLC".equals(e.featureCode()) && e.country() != null) {
                capitals.merge(e.country(), e, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
    }

    /** The capital of a country (ISO alpha-2), or null. */
    GazetteerEntry capitalOf(String iso2) {
        return iso2 == null ? null : capitals.get(iso2);
    }

    /**
     * The article's capital phrases, resolved; a bare "the capital" goes to {@code settingCountry}'s
     * capital and is dropped when that is null.
     */
    List<ResolvedToponym> find(AnnotatedArticle article, String settingCountry) {
        List<ResolvedToponym> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.word().toLowerCase(Locale.ROOT).equals("capital") || t.pos() == null || !t.pos().startsWith("NN")) {
                    continue;
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).pos() != null && tokens.get(i + 1).pos().startsWith("NNP")) {
                    continue; // "the capital Beirut": the name follows
                }
                if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals(",")
                        && tokens.get(i + 2).pos() != null && tokens.get(i + 2).pos().startsWith("NNP")) {
                    continue; // "the capital, Kabul"
                }
                ResolvedToponym r = phrase(s, i, settingCountry);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private ResolvedToponym phrase(Sentence s, int head, String settingCountry) {
        boolean definite = false;
        String country = null;
        int first = head;
        DependencyTree tree = DependencyTree.of(s);
        for (int d : tree.children(head)) {
            Token dep = s.token(d);
            String rel = tree.base(d);
            if (rel.equals(Relations.DET) && dep.word().equalsIgnoreCase("the")) {
                definite = true;
                first = Math.min(first, d);
            } else if (rel.equals(Relations.AMOD) || rel.equals(Relations.COMPOUND)) {
                GazetteerEntry c = gazetteer.demonym(dep.word());
                if (c != null && c.feature() != Feature.COUNTRY) {
                    return null; // "the European capital": a region's adjective names no capital
                }
                if (c == null) {
                    c = countryNamed(dep.word());
                }
                if (c == null) {
                    return null; // "the economic capital", "venture capital"
                }
                country = c.country();
                first = Math.min(first, d);
            } else if (rel.equals(Relations.NMOD) && (tree.relation(d).equals(Relations.NMOD_POSS)
                    || tree.relation(d).equals("nmod:of"))) {
                GazetteerEntry c = countryNamed(s, d);
                if (c == null) {
                    return null; // "the capital of the region", "the group's capital"
                }
                country = c.country();
                definite = true;
                if (tree.relation(d).equals(Relations.NMOD_POSS)) {
                    first = Math.min(first, subtreeStart(tree, d));
                }
            }
        }
        if (country == null) {
            if (!definite) {
                return null;
            }
            country = settingCountry;
        }
        GazetteerEntry capital = capitalOf(country);
        if (capital == null) {
            return null;
        }
        int start = s.token(first).start();
        int end = s.token(head).end();
        Toponym t = new Toponym(s.text().substring(start - s.start(), end - s.start()), start, end, s.index(), first,
                head + 1, Toponym.Kind.NAME, SOURCE);
        return new ResolvedToponym(t, capital, 1.0);
    }

    private static int subtreeStart(DependencyTree tree, int node) {
        int first = node;
        for (int d : tree.children(node)) {
            if (d < first && !tree.relation(d).equals(Relations.CASE)) {
                first = d;
            }
        }
        return first;
    }

    /** The country a name token (with its compound parts) names, or null. */
    private GazetteerEntry countryNamed(Sentence s, int node) {
        int from = node;
        DependencyTree tree = DependencyTree.of(s);
        for (int d : tree.children(node)) {
            if (d < from && tree.base(d).equals(Relations.COMPOUND)) {
                from = d;
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i <= node; i++) {
            if (i > from) {
                name.append(' ');
            }
            name.append(s.token(i).word());
        }
        return countryNamed(name.toString());
    }

    private GazetteerEntry countryNamed(String name) {
        for (GazetteerEntry e : gazetteer.candidates(name)) {
            if (e.feature() == Feature.COUNTRY) {
                return e;
            }
        }
        return null;
    }
}
