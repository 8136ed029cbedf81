package org.sitrep.actor;

import static org.sitrep.actor.PhraseParts.lastBefore;
import static org.sitrep.actor.PhraseParts.nearest;
import static org.sitrep.actor.PhraseParts.possessorAgent;
import static org.sitrep.actor.PhraseParts.preferPrenominal;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.sitrep.actor.Discourse.Kind;
import org.sitrep.actor.Discourse.Mention;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.DependencyTree;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Actor;

/**
 * The actors of one article: every name the lexicon or the NER finds, resolved in text order so
 * that later mentions ("the group", "he", "Askary") can point back to earlier ones. Built once per
 * article; answers "who is this noun phrase" for event arguments and quote speakers.
 */
public final class ArticleActors {
    private final ActorLexicon lexicon;
    private final AnnotatedArticle article;
    private final MatchedSentence[] matched;
    private final NounPhrases phrases;
    private final Discourse discourse = new Discourse();
    private final Pronouns pronouns;
    private final String placeCountry;
    private final People people;

    private ArticleActors(ActorLexicon lexicon, AnnotatedArticle article) {
        this.lexicon = lexicon;
        this.article = article;
        this.phrases = new NounPhrases(lexicon);
        this.pronouns = new Pronouns(lexicon, discourse);
        List<Sentence> sentences = article.sentences();
        this.matched = new MatchedSentence[sentences.size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = MatchedSentence.scan(lexicon, sentences.get(i));
        }
        this.placeCountry = new PlaceCountry(lexicon, phrases).weigh(article.article().title(), matched);
        this.people = new People(discourse, placeCountry);
        for (int i = 0; i < matched.length; i++) {
            collectMentions(i);
        }
    }

    /** Scans and resolves every actor mention of an article. */
    public static ArticleActors of(ActorLexicon lexicon, AnnotatedArticle article) {
        return new ArticleActors(lexicon, article);
    }

    public AnnotatedArticle article() {
        return article;
    }

    /** The country the article is mostly about, judged from the places it names, or null. */
    public String placeCountry() {
        return placeCountry;
    }

    /** Every mention resolved while reading the article, in text order. */
    List<Mention> discourse() {
        return discourse.mentions();
    }

    // ---------------------------------------------------------------- public resolution

    /**
     * Resolves the words [start, end) of a sentence whose head is {@code head}, e.g. an event argument.
     *
     * @param text the words as the caller names them (kept as the actor's text)
     */
    public Actor resolve(int sentence, int start, int end, int head, String text) {
        if (sentence < 0 || sentence >= matched.length) {
            return Actor.unresolved(text);
        }
        MatchedSentence ms = matched[sentence];
        if (head < 0 || head >= ms.sentence.size()) {
            return Actor.unresolved(text);
        }
        int h = NounPhrases.quantifiedHead(ms, NounPhrases.head(ms, head, false));
        Phrase phrase = phrases.personalPhrase(sentence, ms, h);
        Resolution r = resolve(phrase, Math.min(start, Math.min(phrase.first(), head)));
        return r == null ? Actor.unresolved(text) : r.actor().withText(text);
    }

    /** Resolves the noun phrase headed by (or containing) a token, e.g. the subject of "said". */
    public Actor resolvePhrase(int sentence, int token) {
        if (sentence < 0 || sentence >= matched.length || token < 0 || token >= matched[sentence].sentence.size()) {
            return Actor.unresolved("");
        }
        MatchedSentence ms = matched[sentence];
        int head = NounPhrases.quantifiedHead(ms, NounPhrases.head(ms, token));
        Phrase phrase = phrases.personalPhrase(sentence, ms, head);
        String text = phrase.text();
        Resolution r = resolve(phrase, phrase.first());
        return r == null ? Actor.unresolved(text) : r.actor().withText(text);
    }

    /**
     * The implicit agent of a predicate that names none: the possessor in "the group's commitment to
     * withdraw", the subject in "parliament decided to expel", the object in "pressed its allies to
     * strike". Null when the clause gives no controller or it does not resolve.
     */
    public Actor implicitAgent(int sentence, int trigger) {
        if (sentence < 0 || sentence >= matched.length) {
            return null;
        }
        MatchedSentence ms = matched[sentence];
        DependencyTree tree = ms.tree;
        if (trigger < 0 || trigger >= ms.sentence.size()) {
            return null;
        }
        int g = tree.head(trigger);
        if (g < 0) {
            return null;
        }
        String base = tree.base(trigger);
        int controller = -1;
        if (base.equals(Relations.ACL) && ms.sentence.token(g).isNoun()) {
            for (int c : tree.children(g)) {
                if (tree.relation(c).equals(Relations.NMOD_POSS)) {
                    controller = c;
                }
            }
            int v = tree.head(g);
            if (controller < 0 && v >= 0 && ms.sentence.token(v).isVerb() && tree.base(g).equals(Relations.OBJ)) {
                controller = tree.child(v, Relations.NSUBJ);
            }
        } else if (base.equals(Relations.XCOMP) && ms.sentence.token(g).isVerb()) {
            int obj = tree.child(g, Relations.OBJ);
            controller = obj >= 0 ? obj : tree.child(g, Relations.NSUBJ);
        } else if (ms.sentence.token(trigger).isNoun()) {
            controller = adopter(ms, trigger);
        }
        if (controller < 0) {
            return null;
        }
        Phrase phrase = phrases.phrase(sentence, ms, controller);
        Resolution r = resolve(phrase, phrase.first());
        if (r == null || !r.actor().isResolved()) {
            return null;
        }
        return r.actor().withText(phrase.text());
    }

    /**
     * Who does the act a noun names when a verb of adopting takes it as its object ("the military
     * government announced a ceasefire", "governments adopted a package of sanctions", "Venezuela
     * ordered the deployment"): the verb's active subject, or for an infinitive ("Ukraine was ready
     * to accept a ceasefire") the subject of what governs it. -1 when the noun is no such object.
     */
    private int adopter(MatchedSentence ms, int noun) {
        DependencyTree tree = ms.tree;
        int t = noun;
        int g = tree.head(t);
        if (g >= 0 && tree.base(t).equals(Relations.NMOD) && ms.sentence.token(g).isNoun()
                && (tree.subtype(t).equals("of") || NounPhrases.hasCase(ms, t, "of"))) {
            t = g; // "a package of sanctions", "a wave of strikes"
            g = tree.head(t);
        }
        if (g < 0 || !tree.base(t).equals(Relations.OBJ) || !ms.sentence.token(g).isVerb()
                || !"ADOPTS".equals(lexicon.cue(ms.sentence.token(g).lemma().toLowerCase(Locale.ROOT)))) {
            return -1;
        }
        int subject = activeSubject(tree, g);
        int above = tree.head(g);
        if (subject < 0 && above >= 0 && tree.base(g).equals(Relations.XCOMP)) {
            subject = activeSubject(tree, above);
        }
        return subject;
    }

    private static int activeSubject(DependencyTree tree, int verb) {
        for (int c : tree.children(verb)) {
            if (tree.relation(c).equals(Relations.NSUBJ)) {
                return c;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- discourse building

    private void collectMentions(int i) {
        MatchedSentence ms = matched[i];
        Sentence s = ms.sentence;
        TreeSet<Integer> heads = new TreeSet<>();
        for (LexiconMatch m : ms.matches) {
            if (m.relation() != LexiconMatch.Relation.SELF) {
                continue;
            }
            String words = s.span(m.startToken(), m.endToken());
            switch (m.kind()) {
                // names stand for themselves: no phrase to resolve
                case ORGANISATION -> discourse.add(new Mention(i, m.endToken() - 1, m.startToken(), m.endToken(),
                        organisationActor(m.entry(), words), Kind.ORGANISATION));
                case COUNTRY, DEMONYM, METONYM -> discourse.add(new Mention(i, m.endToken() - 1, m.startToken(),
                        m.endToken(), stateActor(m.entry().country(), m.kind() == EntryKind.METONYM ? "GOV" : null,
                        words), Kind.STATE));
                // people are resolved in their phrase, for their title and organisation
                case PERSON -> heads.add(NounPhrases.head(ms, m.endToken() - 1));
                // a body heading its phrase ("the army") can be what "it" and "its" point back to
                case AGENT -> {
                    int h = NounPhrases.head(ms, m.endToken() - 1);
                    if (!m.entry().personal() && !m.entry().inheritsRole() && m.covers(h) && ms.sentence.token(h).isNoun()) {
                        heads.add(h);
                    }
                }
                default -> { }
            }
        }
        for (Token t : s.tokens()) {
            if (("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) && ms.at(t.index()) == null) {
                heads.add(NounPhrases.head(ms, t.index()));
            }
        }
        for (int head : heads) {
            if (pronouns.isPronoun(s.token(head))) {
                continue;
            }
            Phrase phrase = phrases.personalPhrase(i, ms, head);
            int lo = phrase.first();
            Resolution r = resolve(phrase, lo);
            if (r != null && r.actor().isResolved() && (r.kind() != Kind.GROUP || r.actor().country() != null)) {
                Kind kind = r.kind() == Kind.GROUP ? Kind.STATE : r.kind();
                discourse.add(new Mention(i, head, lo, phrase.last() + 1, r.actor().withText(phrase.text()), kind));
            }
        }
    }

    // ---------------------------------------------------------------- the resolution proper

    private Resolution resolve(Phrase phrase, int position) {
        MatchedSentence ms = matched[phrase.sentence()];
        if (pronouns.isPronoun(ms.sentence.token(phrase.head()))) {
            return pronouns.resolve(ms, phrase.sentence(), phrase.head(), position);
        }
        PhraseParts parts = PhraseParts.of(ms, phrase);
        Resolution r = resolveParts(phrase, position, parts);
        if (r != null && parts.patron() != null && r.actor().patron() == null) {
            r = new Resolution(r.actor().withPatron(parts.patron()), r.kind());
        }
        return r;
    }

    private Resolution resolveParts(Phrase phrase, int position, PhraseParts parts) {
        int sentence = phrase.sentence();
        int head = phrase.head();
        MatchedSentence ms = matched[sentence];
        Sentence s = ms.sentence;
        String text = phrase.text();
        LexiconMatch headMatch = parts.headMatch();

        // 1. a person: named by the lexicon or the NER, or a proper name after a title
        int[] personRun = people.nameRun(phrase, parts, position);
        if (personRun != null) {
            return people.resolve(phrase, position, personRun, parts, text);
        }
        // 2. the head is a named organisation or a state
        if (parts.headIs(EntryKind.ORGANISATION)) {
            return new Resolution(organisationActor(headMatch.entry(), text), Kind.ORGANISATION);
        }
        if (parts.headIs(EntryKind.METONYM)) {
            return new Resolution(stateActor(headMatch.entry().country(), "GOV", text), Kind.STATE);
        }
        if (parts.headIs(EntryKind.COUNTRY) || parts.headIs(EntryKind.DEMONYM)) {
            LexiconMatch org = nearest(parts.orgs(), head);
            if (org != null && org.startToken() > head) {
                return new Resolution(organisationActor(org.entry(), text), Kind.ORGANISATION);
            }
            return new Resolution(stateActor(headMatch.entry().country(), null, text), Kind.STATE);
        }
        // 3. an agent word ("forces", "spokesperson", "the group"), or an unknown head with modifiers
        List<LexiconMatch> agents = parts.agents();
        LexiconMatch agent = parts.headIs(EntryKind.AGENT) ? headMatch : null;
        if (agent == null && headMatch == null) {
            agent = lastBefore(agents, head + 1);
        }
        LexiconMatch owner = possessorAgent(ms, agents, head);
        if (owner != null) {
            // "the attackers' positions": the positions are the attackers'
            agent = owner;
        }
        LexiconMatch org = nearest(parts.orgs(), head);
        if (org != null) {
            return new Resolution(organisationActor(org.entry(), text), Kind.ORGANISATION);
        }
        if (!parts.people().isEmpty()) {
            // "Soleimani's deputy": the person's organisation
            LexiconEntry p = parts.people().get(parts.people().size() - 1).entry();
            if (p.affiliation() != null && agent != null) {
                LexiconEntry o = lexicon.organisation(p.affiliation());
                if (o != null) {
                    return new Resolution(organisationActor(o, text), Kind.ORGANISATION);
                }
            }
        }
        Resolution possessor = agent == null ? null : pronouns.possessive(ms, phrase, position);
        LexiconMatch state = preferPrenominal(parts.states(), head);
        String role = agent == null ? null : agent.entry().role();
        if (possessor != null && state == null) {
            Actor a = possessor.actor();
            if (possessor.kind() == Kind.PERSON && Roles.isStateRole(a.role()) && a.country() != null && role != null
                    && !role.equals("-")) {
                // "his army" of a president: the army of his country
                return new Resolution(stateActor(a.country(), role, text), Kind.STATE);
            }
            if (possessor.kind() == Kind.ORGANISATION || possessor.kind() == Kind.PERSON) {
                return new Resolution(a.withText(text), Kind.ORGANISATION);
            }
            if (possessor.kind() == Kind.STATE && a.country() != null) {
                return new Resolution(stateActor(a.country(), Roles.stateRole(role, agent), text), Kind.STATE);
            }
        }
        if (state != null) {
            String country = state.entry().country();
            if (agent == null && state.kind() == EntryKind.METONYM) {
                return new Resolution(stateActor(country, "GOV", text), Kind.STATE);
            }
            Actor a = stateActor(country, Roles.stateRole(role, agent), text);
            String named = nerRun(phrase, "ORGANIZATION");
            if (named != null) {
                // "the Sudanese Communist Party": a body the lexicon does not list keeps its own name
                return new Resolution(new Actor(text, named, a.code(), a.country(), a.role(), null),
                        Kind.ORGANISATION);
            }
            return new Resolution(a, Kind.STATE);
        }
        if (agent == null) {
            return organisationByNer(phrase, text);
        }
        if (agent.entry().inheritsRole()) {
            Mention m = discourse.latest(sentence, position, Discourse.NOUN_WINDOW, Kind.ORGANISATION, null);
            return m == null ? null : new Resolution(m.actor().withText(text), Kind.ORGANISATION);
        }
        if (isDefinite(ms, head) || !agent.entry().personal()) {
            Mention m = discourse.latest(sentence, position, Discourse.NOUN_WINDOW, Kind.ORGANISATION, role);
            if (m != null && isDefinite(ms, head)) {
                return new Resolution(m.actor().withText(text), Kind.ORGANISATION);
            }
        }
        Resolution ner = organisationByNer(phrase, text);
        if (ner != null) {
            return ner;
        }
        // a role with no country in the phrase: the country the article is about
        if (placeCountry != null && !Roles.isInternational(role)) {
            return new Resolution(new Actor(text, roleName(placeCountry, agent), placeCountry + role, placeCountry,
                    role, null), Kind.GROUP);
        }
        return new Resolution(new Actor(text, agent.entry().name(), role, null, role, null), Kind.GROUP);
    }

    /** The words of the NER run of a type around the head, or null when the head has another type. */
    private static String nerRun(Phrase phrase, String type) {
        if (!type.equals(phrase.words().token(phrase.head()).ner())) {
            return null;
        }
        int[] run = phrase.runAround(phrase.head(), t -> type.equals(t.ner()));
        return phrase.words().span(run[0], run[1]);
    }

    private static Resolution organisationByNer(Phrase phrase, String text) {
        String name = nerRun(phrase, "ORGANIZATION");
        return name == null ? null : new Resolution(new Actor(text, name, null, null, null, null), Kind.ORGANISATION);
    }

    // ---------------------------------------------------------------- actors from entries

    static Actor organisationActor(LexiconEntry e, String text) {
        return new Actor(text, e.name(), e.code(), e.country(), e.role(), null);
    }

    private Actor stateActor(String country, String role, String text) {
        String code = role == null ? country : country + role;
        return new Actor(text, lexicon.countryName(country), code, country, role, null);
    }

    private String roleName(String country, LexiconMatch agent) {
        return lexicon.countryName(country) + " " + agent.entry().name();
    }

    private static boolean isDefinite(MatchedSentence ms, int head) {
        for (int c : ms.tree.children(head)) {
            String w = ms.sentence.token(c).word();
            if (ms.tree.base(c).equals(Relations.DET) && (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("this")
                    || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("these") || w.equalsIgnoreCase("those"))) {
                return true;
            }
        }
        return false;
    }
}
