package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;

/**
 * The town of a wire-service dateline ("ABUJA, Sept 3 —", "JEDDAH, Saudi Arabia, March 11 —", "THE HAGUE,
 * June 26 —"): where the story was filed, and so where its statements, meetings and decisions took place
 * unless the text says otherwise. The annotator ends the first sentence at the dateline's dash, so the
 * dateline is a short first sentence that starts with the place written in capitals and ends at a dash.
 */
final class DatelinePlace {
    /** A dateline is the place, a country or region, and a date: a handful of tokens. */
    private static final int MAX_TOKENS = 14;

    private DatelinePlace() {
    }

    /** The dateline's town (city or finer), or null when the article has no dateline or its place is not a town. */
    static GazetteerEntry town(List<ResolvedToponym> places, AnnotatedArticle article) {
        if (article.sentences().isEmpty()) {
            return null;
        }
        Sentence first = article.sentences().get(0);
        if (first.size() > MAX_TOKENS || !endsAtDash(article.article().text(), first)) {
            return null;
        }
        int lead = first.size() > 1 && first.token(0).word().equals("THE") ? 1 : 0;
        for (ResolvedToponym p : places) {
            Toponym t = p.toponym();
            if (t.sentence() == 0 && t.startToken() == lead && !t.isDemonym() && capitals(t.text())) {
                return p.resolved() && p.entry().feature().ordinal() >= Feature.CITY.ordinal() ? p.entry() : null;
            }
        }
        return null;
    }

    /** Whether the article text has a dash (—, –, "--", " - ") where the first sentence ends. */
    private static boolean endsAtDash(String text, Sentence first) {
        int from = Math.max(0, first.end() - 2);
        String tail = text.substring(Math.min(from, text.length()), Math.min(text.length(), first.end() + 2));
        return tail.contains("\u2014") || tail.contains("\u2013") || tail.contains("--") || tail.contains(" - ");
    }

    /** At least two letters, none of them lower case. */
    private static boolean capitals(String s) {
        return s.chars().filter(Character::isLetter).count() >= 2 && s.equals(s.toUpperCase(Locale.ROOT));
    }
}
