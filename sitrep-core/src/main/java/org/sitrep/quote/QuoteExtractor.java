package org.sitrep.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.Relations;
import org.sitrep.model.Actor;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.model.Quote;
import java.util.Set;
import org.sitrep.pipeline.Provision;

/**
 * Finds every direct quotation and the words that name its speaker. The speaker is the subject of a
 * reporting verb ("said", "stated", "according to") next to the quote in the same paragraph; a quote
 * with no reporting verb of its own continues the previous quote's speaker when it follows it in the
 * same paragraph or opens the next one. The speaker is left as words with their position
 * ({@link Quote#speakerStart()}); the actor stage ({@link org.sitrep.actor.ActorResolver}) resolves it
 * with the rest of the article's actors, so "he" and "Askary" become the full name, affiliation and
 * code of the person first named earlier.
 */
public final class QuoteExtractor implements Stage<CodedArticle, CodedArticle> {
    /** Quotes shorter than this many words need their own reporting verb (else they are scare quotes). */
    private static final int MIN_UNATTRIBUTED_WORDS = 4;

    private final ActorLexicon lexicon;

    public QuoteExtractor(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static QuoteExtractor load() {
        return new QuoteExtractor(ActorLexicon.load());
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.ANNOTATION);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.QUOTES);
    }

    @Override
    public String name() {
        return "quotes";
    }

    /** Where a quote's speaker is named: the subject token of the reporting verb. */
    private record Attribution(int sentence, int token) {
    }

    @Override
    public CodedArticle apply(CodedArticle coded) {
        AnnotatedArticle annotated = coded.annotated();
        String text = annotated.article().text();
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        if (spans.isEmpty()) {
            return coded.withQuotes(List.of());
        }
        List<Quote> out = new ArrayList<>();
        QuoteMarks.Span previous = null;
        Quote previousQuote = null;
        for (QuoteMarks.Span span : spans) {
            Attribution att = attribution(annotated, text, span);
            int words = words(text, span.start(), span.end());
            String quoted = text.substring(span.start(), span.end());
            Quote quote;
            if (att != null) {
                Sentence s = annotated.sentences().get(att.sentence());
                int[] bounds = s.subtreeBounds(att.token());
                quote = new Quote(quoted, span.start(), span.end(),
                        Actor.unresolved(speakerWords(s, bounds, att.token(), span)), s.token(att.token()).start());
            } else if (previous != null && previousQuote.speaker() != null && words >= MIN_UNATTRIBUTED_WORDS
                    && (span.paragraph() == previous.paragraph()
                    || (span.paragraph() == previous.paragraph() + 1 && span.continuesParagraph()))) {
                quote = new Quote(quoted, span.start(), span.end(), previousQuote.speaker(),
                        previousQuote.speakerStart());
            } else if (words < MIN_UNATTRIBUTED_WORDS) {
                continue;
            } else {
                quote = new Quote(quoted, span.start(), span.end(), null, -1);
            }
            out.add(quote);
            previous = span;
            previousQuote = quote;
        }
        return coded.withQuotes(out);
    }

    /** The reporting verb nearest the quote, in the sentences it touches, within its paragraph. */
    private Attribution attribution(AnnotatedArticle a, String text, QuoteMarks.Span span) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : a.sentences()) {
            if (s.end() < span.start() - 3 || s.start() > span.end() + 3) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.end() > span.start() - 1 && t.start() < span.end() + 1) {
                    continue;
                }
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                boolean according = t.word().equalsIgnoreCase("according");
                if (!according && !lexicon.isReportingVerb(lemma)) {
                    continue;
                }
                int distance = t.end() <= span.start() ? span.start() - t.end() : t.start() - span.end();
                if (distance >= bestDistance || crossesParagraph(text, t, span)) {
                    continue;
                }
                int speaker = according ? accordingTo(s, t.index()) : subject(s, t.index());
                if (speaker < 0) {
                    continue;
                }
                Token sp = s.token(speaker);
                if (sp.start() >= span.start() && sp.end() <= span.end()) {
                    continue;
                }
                best = new Attribution(s.index(), speaker);
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean crossesParagraph(String text, Token t, QuoteMarks.Span span) {
        int from = Math.min(t.end(), span.end());
        int to = Math.max(t.start(), span.start());
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The subject of a verb, looking through coordination ("he paused and added"). */
    static int subject(Sentence s, int verb) {
        if (!s.token(verb).isVerb()) {
            return -1;
        }
        int v = verb;
        for (int guard = 0; guard < 4 && v >= 0; guard++) {
            for (Dependency d : s.children(v)) {
                if (d.baseRelation().equals(Relations.NSUBJ)) {
                    return d.dependent();
                }
            }
            Dependency up = s.headEdge(v);
            if (up == null || !up.baseRelation().equals(Relations.CONJ)) {
                return -1;
            }
            v = up.governor();
        }
        return -1;
    }

    /** X in "according to X". */
    private static int accordingTo(Sentence s, int according) {
        Dependency e = s.headEdge(according);
        if (e != null && e.governor() >= 0 && (e.baseRelation().equals(Relations.CASE)
                || e.baseRelation().equals(Relations.MARK))) {
            return e.governor();
        }
        for (int t = according + 1; t < Math.min(s.size(), according + 4); t++) {
            if (s.token(t).isNoun()) {
                return t;
            }
        }
        return -1;
    }

    /** The speaker's words: the subject's subtree, cut before the quote if it reaches into it. */
    private static String speakerWords(Sentence s, int[] bounds, int head, QuoteMarks.Span span) {
        int lo = bounds[0];
        int hi = bounds[1];
        while (lo < head && s.token(lo).end() > span.start() && s.token(lo).start() < span.end()) {
            lo++;
        }
        while (hi - 1 > head && (s.token(hi - 1).start() < span.end() && s.token(hi - 1).end() > span.start()
                || s.token(hi - 1).word().isEmpty() || !Character.isLetterOrDigit(s.token(hi - 1).word().charAt(0)))) {
            hi--;
        }
        return s.span(lo, hi);
    }

    private static int words(String text, int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
