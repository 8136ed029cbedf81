package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotation.AnnotatedArticle;

/**
 * Chooses, for every toponym of an article, the gazetteer entry it means. Each distinct name is read
 * once per article (one sense per discourse). A candidate's prior comes from how the name matches
 * (main or alternate name), population, feature type and agreement with the NER type; the context then
 * adds the article's country and first-level-division focus, containment cues ("X, Y", "X in Y",
 * "Y's X", "X, south of Y") and closeness to the other places the article names. Thread-safe.
 */
public final class ToponymResolver {
    private static final int ROUNDS = 3;

    private final Gazetteer gazetteer;
    private final Candidates candidates;

    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.candidates = new Candidates(gazetteer);
    }

    /** Resolves the toponyms of one article; the result is in the order given. */
    public List<ResolvedToponym> resolve(AnnotatedArticle article, List<Toponym> toponyms) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        Reading[] readingOf = new Reading[toponyms.size()];
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            String key = t.isDemonym() ? "demonym:" + NameKey.of(t.text()) : Candidates.readingKey(t.text());
            Reading r = readings.get(key);
            if (r == null) {
                r = new Reading(key, t);
                candidates.fill(r, t);
                readings.put(key, r);
            }
            r.occurrences.add(t);
            readingOf[i] = r;
        }
        List<Reading> all = new ArrayList<>(readings.values());
        for (Reading r : all) {
            r.pickBest(r.prior);
        }
        List<Cue> cues = PlaceContext.containmentCues(article, toponyms, readingOf);
        PlaceContext.kindWords(article, toponyms, readingOf);
        PlaceContext.lists(article, toponyms, readingOf);
        for (int round = 0; round < ROUNDS; round++) {
            Focus focus = Focus.of(all);
            for (Reading r : all) {
                r.rescore(focus, all, cues, gazetteer);
            }
            for (Reading r : all) {
                r.pickBest(r.score);
            }
        }
        List<ResolvedToponym> out = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Reading r = readingOf[i];
            out.add(r.best < 0 ? new ResolvedToponym(toponyms.get(i), null, 0)
                    : new ResolvedToponym(toponyms.get(i), r.entries[r.best], r.score[r.best]));
        }
        return out;
    }

    /** A name's key for one sense per discourse ("the Hague" and "Hague", "Iraq's" and "Iraq" meet). */
    static String readingKey(String text) {
        return Candidates.readingKey(text);
    }

    /** The gazetteer codes of the place an inhabitant word names ("Ohioans"), or empty. */
    int[] demonymStemCodes(String key) {
        return candidates.demonymStemCodes(key);
    }
}
