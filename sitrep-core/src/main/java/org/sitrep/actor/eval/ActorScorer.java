package org.sitrep.actor.eval;

import java.util.Locale;
import java.util.Objects;
import org.sitrep.model.Actor;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ArticleActors;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;

/**
 * Scores one coded gold item: each gold mention is resolved directly from its words in the
 * annotation (so the figure measures resolution, not argument finding); each gold event is looked
 * up by its trigger among the pipeline's events; each gold quote among the pipeline's quotes.
 */
public final class ActorScorer {
    private final ActorLexicon lexicon;

    public ActorScorer(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the item's counts and mismatches to {@code scores}. */
    public void score(ActorGold gold, CodedArticle coded, ActorScores scores) {
        AnnotatedArticle annotated = coded.annotated();
        String text = annotated.article().text();
        scores.items++;
        ArticleActors actors = ArticleActors.of(lexicon, annotated);
        for (ActorGold.Mention m : gold.mentions()) {
            scores.mentions++;
            Actor a = resolveMention(actors, annotated, text, m);
            String code = a == null ? null : a.code();
            if (m.accepts(code)) {
                scores.mentionsCorrect++;
            } else {
                scores.errors.add(String.format(Locale.ROOT, "%s mention \"%s\": expected %s, got %s", gold.id(),
                        m.text(), m.code(), a == null ? "no tokens" : code + " (" + a.name() + ")"));
            }
        }
        for (ActorGold.GoldEvent ge : gold.events()) {
            int at = find(text, ge.trigger(), 1);
            Event e = at < 0 ? null : eventAt(coded, at, ge.trigger());
            if (ge.source() != null) {
                scores.sources++;
                if (e != null) {
                    scores.sourcesFound++;
                }
                judge(scores, gold, ge, "source", ge.source(), e == null ? null : e.source(), e != null, true);
            }
            if (ge.target() != null) {
                scores.targets++;
                if (e != null) {
                    scores.targetsFound++;
                }
                judge(scores, gold, ge, "target", ge.target(), e == null ? null : e.target(), e != null, false);
            }
        }
        for (ActorGold.GoldQuote gq : gold.quotes()) {
            scores.quotes++;
            Quote q = null;
            for (Quote candidate : coded.quotes()) {
                if (candidate.text().startsWith(gq.starts())) {
                    q = candidate;
                    break;
                }
            }
            if (q == null) {
                scores.errors.add(gold.id() + " quote \"" + gq.starts() + "\": not found");
                continue;
            }
            scores.quotesFound++;
            Actor sp = q.speaker();
            String name = sp == null ? null : sp.name();
            if (gq.speaker() != null && name != null && gq.speaker().equalsIgnoreCase(name)) {
                scores.speakersCorrect++;
            } else {
                scores.errors.add(gold.id() + " quote \"" + gq.starts() + "\": speaker expected " + gq.speaker()
                        + ", got " + name);
            }
            if (Objects.equals(gq.code(), sp == null ? null : sp.code())) {
                scores.speakerCodesCorrect++;
            } else {
                scores.errors.add(gold.id() + " quote \"" + gq.starts() + "\": code expected " + gq.code()
                        + ", got " + (sp == null ? null : sp.code()));
            }
            if (Objects.equals(gq.affiliation(), sp == null ? null : sp.affiliation())) {
                scores.affiliationsCorrect++;
            }
        }
    }

    private static void judge(ActorScores scores, ActorGold gold, ActorGold.GoldEvent ge, String role, String expected,
                              Actor actual, boolean found, boolean source) {
        String code = actual == null ? null : actual.code();
        if (expected.equals(code)) {
            if (source) {
                scores.sourcesCorrect++;
            } else {
                scores.targetsCorrect++;
            }
            return;
        }
        scores.errors.add(String.format(Locale.ROOT, "%s event \"%s\" %s: expected %s, got %s", gold.id(),
                ge.trigger(), role, expected, found ? code + (actual == null ? "" : " (" + actual.text() + ")")
                        : "no such event"));
    }

    /** The pipeline's event whose trigger sits at the offset, or whose evidence holds the trigger word. */
    private static Event eventAt(CodedArticle coded, int at, String trigger) {
        Event loose = null;
        for (Event e : coded.events()) {
            if (e.evidence() == null || at < e.evidence().start() || at >= e.evidence().end()) {
                continue;
            }
            if (e.anchor() != null) {
                Sentence s = coded.annotated().sentences().get(e.anchor().sentence());
                int t = e.anchor().trigger();
                if (t >= 0 && t < s.size() && s.token(t).start() == at) {
                    return e;
                }
            }
            String tw = e.evidence().trigger();
            if (loose == null && tw != null && tw.toLowerCase(Locale.ROOT).contains(trigger.toLowerCase(Locale.ROOT))) {
                loose = e;
            }
        }
        return loose;
    }

    /** Resolves the gold mention's words where they stand, or null when no tokens cover them. */
    static Actor resolveMention(ArticleActors actors, AnnotatedArticle a, String text, ActorGold.Mention m) {
        int at = find(text, m.text(), m.occurrence());
        if (at < 0) {
            return null;
        }
        int end = at + m.text().length();
        for (Sentence s : a.sentences()) {
            if (at < s.start() || at >= s.end()) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int t = 0; t < s.size(); t++) {
                if (s.token(t).start() >= at && s.token(t).end() <= end) {
                    if (first < 0) {
                        first = t;
                    }
                    last = t;
                }
            }
            if (first < 0) {
                return null;
            }
            return actors.resolve(s.index(), first, last + 1, head(s, first, last + 1), m.text());
        }
        return null;
    }

    /** The token of [from, to) whose head lies outside the span (the last such for a flat span). */
    static int head(Sentence s, int from, int to) {
        int head = to - 1;
        for (int t = from; t < to; t++) {
            Dependency d = s.headEdge(t);
            if (d == null || d.governor() < from || d.governor() >= to) {
                if (!s.token(t).pos().equals("POS") && !s.token(t).pos().equals(",")) {
                    head = t;
                }
            }
        }
        return head;
    }

    /** The offset of the n-th whole-word occurrence of {@code words}, or -1. */
    static int find(String text, String words, int occurrence) {
        int from = 0;
        int seen = 0;
        while (true) {
            int at = text.indexOf(words, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + words.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk && ++seen == occurrence) {
                return at;
            }
            from = at + 1;
        }
    }
}
