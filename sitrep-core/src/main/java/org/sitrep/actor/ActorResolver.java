package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.model.Quote;
import org.sitrep.model.Actor;
import java.util.Set;
import org.sitrep.pipeline.Provision;

/**
 * Resolves the source and target of every event, and any quote speaker still unresolved, to
 * canonical names and CAMEO-style codes from the actor lexicon. Reads each event's anchor (the
 * argument's tokens in the annotation), so it works on the clause, not on the bare words.
 * Thread-safe: the lexicon is immutable and per-article state lives in {@link ArticleActors}.
 */
public final class ActorResolver implements Stage<CodedArticle, CodedArticle> {
    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A resolver with the lexicon read from the classpath. */
    public static ActorResolver load() {
        return new ActorResolver(ActorLexicon.load());
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.EVENTS, Provision.QUOTES);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.ACTORS);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public CodedArticle apply(CodedArticle coded) {
        if (coded.events().isEmpty() && coded.quotes().stream().allMatch(q -> q.speaker() == null
                || q.speaker().isResolved())) {
            return coded;
        }
        ArticleActors actors = ArticleActors.of(lexicon, coded.annotated());
        List<Quote> quotes = new ArrayList<>(coded.quotes().size());
        for (Quote q : coded.quotes()) {
            quotes.add(resolveSpeaker(actors, q));
        }
        List<Event> events = new ArrayList<>(coded.events().size());
        Map<Argument, Actor> memo = new HashMap<>();
        for (Event e : coded.events()) {
            EventAnchor anchor = e.anchor();
            if (anchor == null) {
                events.add(e);
                continue;
            }
            // The coder names the words but leaves the source empty only for an unknown perpetrator
            // ("gunmen", "unknown assailants"): that stays unknown, not a guess.
            boolean unknownPerpetrator = anchor.source() != null && e.source() == null;
            Actor source = unknownPerpetrator ? null : resolve(actors, anchor.source(), e.source(), memo);
            if (anchor.source() == null && source == null) {
                source = actors.implicitAgent(anchor.sentence(), anchor.trigger());
            }
            if (!unknownPerpetrator && (source == null || source.code() == null)) {
                Actor voice = speakerVoice(actors.article(), anchor, quotes);
                source = voice != null ? voice : source;
            }
            Actor target = resolve(actors, anchor.target(), e.target(), memo);
            events.add(e.withActors(source, target).withAcled(AcledByRoles.refine(e.acled(), source, target)));
        }
        return coded.withEvents(events).withQuotes(quotes);
    }

    private static Actor resolve(ArticleActors actors, Argument arg, Actor current, Map<Argument, Actor> memo) {
        if (arg == null) {
            return current;
        }
        if (current != null && current.code() != null) {
            return current;
        }
        String text = current != null && current.text() != null ? current.text() : arg.text();
        Actor a = memo.computeIfAbsent(arg, x -> actors.resolve(x.sentence(), x.start(), x.end(), x.head(), x.text()));
        a = a.withText(text);
        if (!a.isResolved() && current != null) {
            return current;
        }
        return a;
    }

    /**
     * Inside a direct quote, a verb whose agent is left unnamed or named only through a pronoun
     * ("its purpose is to push the occupation to depart", "we will fight") is the speaker's side
     * acting: the source is the organisation the speaker speaks for, or the speaker. Null otherwise.
     */
    private static Actor speakerVoice(AnnotatedArticle article, EventAnchor anchor, List<Quote> quotes) {
        if (quotes.isEmpty() || anchor.sentence() < 0 || anchor.sentence() >= article.sentences().size()) {
            return null;
        }
        Sentence s = article.sentences().get(anchor.sentence());
        if (anchor.trigger() < 0 || anchor.trigger() >= s.size()) {
            return null;
        }
        // Only a verb's missing or pronominal agent: a noun ("the clash", "peaceful protests") has no
        // agent to stand in for, and giving it the speaker would be a guess.
        if (!s.token(anchor.trigger()).isVerb()) {
            return null;
        }
        int at = s.token(anchor.trigger()).start();
        if (anchor.source() != null && !hasPronoun(s, anchor.source())) {
            return null;
        }
        for (Quote q : quotes) {
            Actor sp = q.speaker();
            if (at >= q.start() && at < q.end() && sp != null && sp.code() != null) {
                String name = sp.affiliation() != null ? sp.affiliation() : sp.name();
                String text = anchor.source() != null ? anchor.source().text() : sp.text();
                return new Actor(text, name, sp.code(), sp.country(), sp.role(), null);
            }
        }
        return null;
    }

    private static boolean hasPronoun(Sentence s, Argument arg) {
        for (int t = Math.max(0, arg.start()); t < Math.min(s.size(), arg.end()); t++) {
            String pos = s.token(t).pos();
            if (pos.equals("PRP") || pos.equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /** A speaker known only by its words: resolved where the quote names it, else found near the quote. */
    private static Quote resolveSpeaker(ArticleActors actors, Quote q) {
        Actor sp = q.speaker();
        if (sp == null || sp.isResolved() || sp.text() == null || sp.text().isBlank()) {
            return q;
        }
        AnnotatedArticle a = actors.article();
        int at = q.speakerStart();
        if (at < 0) {
            String text = a.article().text();
            at = text.lastIndexOf(sp.text(), q.start());
            if (at < 0) {
                at = text.indexOf(sp.text(), q.end());
            }
        }
        if (at < 0) {
            return q;
        }
        for (Sentence s : a.sentences()) {
            if (at < s.start() || at >= s.end()) {
                continue;
            }
            for (int t = 0; t < s.size(); t++) {
                if (s.token(t).start() <= at && at < s.token(t).end()) {
                    Actor r = actors.resolvePhrase(s.index(), t);
                    return r.isResolved() ? q.withSpeaker(r) : q;
                }
            }
        }
        return q;
    }
}
