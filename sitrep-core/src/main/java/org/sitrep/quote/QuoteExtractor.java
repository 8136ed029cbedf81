package org.sitrep.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.Actor;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ArticleActors;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.QuoteSpan;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.pipeline.CodedArticle;
import org.sitrep.pipeline.Stage;

/**
 * Finds every direct quotation and its speaker. The speaker is the subject of a reporting verb
 * ("said", "stated", "according to") next to the quote in the same paragraph; a quote with no
 * reporting verb of its own continues the previous quote's speaker when it follows it in the same
 * paragraph or opens the next one. Speakers are resolved through {@link ArticleActors}, so "he" and
 * "Askary" become the full name, affiliation and code of the person first named earlier.
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
    public String name() {
        return "quotes";
    }

    /** Where a quote's speaker is named: a token of the speaker's noun phrase. */
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
        ArticleActors actors = ArticleActors.of(lexicon, annotated);
        List<Quote> out = new ArrayList<>();
        QuoteMarks.Span previous = null;
        Actor previousSpeaker = null;
        for (QuoteMarks.Span span : spans) {
            Attribution att = attribution(annotated, text, span);
            int words = words(text, span.start(), span.end());
            Actor speaker = null;
            if (att != null) {
                speaker = actors.resolvePhrase(att.sentence(), att.token());
            } else if (previous != null && previousSpeaker != null && words >= MIN_UNATTRIBUTED_WORDS
                    && (span.paragraph() == previous.paragraph()
                    || (span.paragraph() == previous.paragraph() + 1 && span.continuesParagraph()))) {
                speaker = previousSpeaker;
            } else if (words < MIN_UNATTRIBUTED_WORDS) {
                continue;
            } else {
                speaker = fromAnnotator(annotated, span);
            }
            out.add(new Quote(text.substring(span.start(), span.end()), span.start(), span.end(), speaker));
            previous = span;
            previousSpeaker = speaker;
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
                if (!lexicon.isReportingVerb(lemma)) {
                    continue;
                }
                int distance = t.end() <= span.start() ? span.start() - t.end() : t.start() - span.end();
                if (distance >= bestDistance || crossesParagraph(text, t, span)) {
                    continue;
                }
                int speaker = lemma.equalsIgnoreCase("according") ? accordingTo(s, t.index()) : subject(s, t.index());
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
                if (d.baseRelation().equals("nsubj")) {
                    return d.dependent();
                }
            }
            Dependency up = s.headEdge(v);
            if (up == null || !up.baseRelation().equals("conj")) {
                return -1;
            }
            v = up.governor();
        }
        return -1;
    }

    /** X in "according to X". */
    private static int accordingTo(Sentence s, int according) {
        Dependency e = s.headEdge(according);
        if (e != null && e.governor() >= 0 && (e.baseRelation().equals("case") || e.baseRelation().equals("mark"))) {
            return e.governor();
        }
        for (int t = according + 1; t < Math.min(s.size(), according + 4); t++) {
            if (s.token(t).isNoun()) {
                return t;
            }
        }
        return -1;
    }

    private static Actor fromAnnotator(AnnotatedArticle a, QuoteMarks.Span span) {
        for (QuoteSpan q : a.quotes()) {
            if (q.start() < span.end() && q.end() > span.start() && q.speakerText() != null) {
                return Actor.unresolved(q.speakerText());
            }
        }
        return null;
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
