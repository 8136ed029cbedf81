package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Actor;

/**
 * The actors of one article: every name the lexicon or the NER finds, resolved in text order so
 * that later mentions ("the group", "he", "Askary") can point back to earlier ones. Built once per
 * article; answers "who is this noun phrase" for event arguments and quote speakers.
 */
public final class ArticleActors {
    /** How far back (in sentences) a pronoun or "the group" may look for its antecedent. */
    private static final int PRONOUN_WINDOW = 4;
    private static final int NOUN_WINDOW = 6;

    /** What kind of thing a discourse mention is, for coreference. */
    enum Kind { PERSON, ORGANISATION, STATE, GROUP }

    /** A resolved mention in the discourse. */
    record Mention(int sentence, int head, int start, int end, Actor actor, Kind kind) {
    }

    /** A resolved phrase with the kind of thing it names. */
    private record Resolution(Actor actor, Kind kind) {
    }

    private final ActorLexicon lexicon;
    private final AnnotatedArticle article;
    private final MatchedSentence[] matched;
    private final List<Mention> discourse = new ArrayList<>();
    private final String placeCountry;

    private ArticleActors(ActorLexicon lexicon, AnnotatedArticle article) {
        this.lexicon = lexicon;
        this.article = article;
        List<Sentence> sentences = article.sentences();
        this.matched = new MatchedSentence[sentences.size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = MatchedSentence.scan(lexicon, sentences.get(i));
        }
        this.placeCountry = weighPlaceCountry();
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
        return List.copyOf(discourse);
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
        int h = quantifiedHead(ms, nounPhraseHead(ms, head, false));
        boolean[] mask = personalPhraseMask(ms, h);
        Resolution r = resolveMasked(sentence, mask, h, Math.min(start, Math.min(lowest(mask), head)));
        return r == null ? Actor.unresolved(text) : r.actor().withText(text);
    }

    /** Resolves the noun phrase headed by (or containing) a token, e.g. the subject of "said". */
    public Actor resolvePhrase(int sentence, int token) {
        if (sentence < 0 || sentence >= matched.length || token < 0 || token >= matched[sentence].sentence.size()) {
            return Actor.unresolved("");
        }
        MatchedSentence ms = matched[sentence];
        Sentence s = ms.sentence;
        int head = quantifiedHead(ms, nounPhraseHead(ms, token));
        boolean[] mask = personalPhraseMask(ms, head);
        int lo = lowest(mask);
        String text = phraseText(s, mask);
        Resolution r = resolveMasked(sentence, mask, head, lo);
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
        SentenceTree tree = ms.tree;
        if (trigger < 0 || trigger >= ms.sentence.size()) {
            return null;
        }
        int g = tree.head(trigger);
        if (g < 0) {
            return null;
        }
        String base = tree.base(trigger);
        int controller = -1;
        if (base.equals("acl") && ms.sentence.token(g).isNoun()) {
            for (int c : tree.children(g)) {
                if (tree.relation(c).equals("nmod:poss")) {
                    controller = c;
                }
            }
            int v = tree.head(g);
            if (controller < 0 && v >= 0 && ms.sentence.token(v).isVerb() && tree.base(g).equals("obj")) {
                controller = tree.child(v, "nsubj");
            }
        } else if (base.equals("xcomp") && ms.sentence.token(g).isVerb()) {
            int obj = tree.child(g, "obj");
            controller = obj >= 0 ? obj : tree.child(g, "nsubj");
        }
        if (controller < 0) {
            return null;
        }
        boolean[] mask = phraseMask(ms, controller);
        Resolution r = resolveMasked(sentence, mask, controller, lowest(mask));
        if (r == null || !r.actor().isResolved()) {
            return null;
        }
        return r.actor().withText(phraseText(ms.sentence, mask));
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
                case PERSON -> heads.add(nounPhraseHead(ms, m.endToken() - 1));
                // a body heading its phrase ("the army") can be what "it" and "its" point back to
                case AGENT -> {
                    int h = nounPhraseHead(ms, m.endToken() - 1);
                    if (!m.entry().personal() && !m.entry().inheritsRole() && m.covers(h) && ms.sentence.token(h).isNoun()) {
                        heads.add(h);
                    }
                }
                default -> { }
            }
        }
        for (Token t : s.tokens()) {
            if (("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) && ms.at(t.index()) == null) {
                heads.add(nounPhraseHead(ms, t.index()));
            }
        }
        for (int head : heads) {
            if (isPronoun(s.token(head))) {
                continue;
            }
            boolean[] mask = personalPhraseMask(ms, head);
            int lo = lowest(mask);
            Resolution r = resolveMasked(i, mask, head, lo);
            if (r != null && r.actor().isResolved() && (r.kind() != Kind.GROUP || r.actor().country() != null)) {
                Kind kind = r.kind() == Kind.GROUP ? Kind.STATE : r.kind();
                discourse.add(new Mention(i, head, lo, highest(mask) + 1, r.actor().withText(phraseText(s, mask)),
                        kind));
            }
        }
    }

    private String weighPlaceCountry() {
        Map<String, Integer> weight = new HashMap<>();
        String best = null;
        int bestWeight = 0;
        String title = article.article().title();
        if (title != null) {
            // the headline often says where ("Convoy ambushed in northern Burkina Faso")
            for (String country : titleCountries(title)) {
                int total = weight.merge(country, 4, Integer::sum);
                if (total > bestWeight) {
                    bestWeight = total;
                    best = country;
                }
            }
        }
        for (MatchedSentence ms : matched) {
            for (LexiconMatch m : ms.matches) {
                boolean named = m.kind().isState()
                        || (m.kind() == EntryKind.ORGANISATION && m.entry().country() != null);
                if (m.relation() != LexiconMatch.Relation.SELF || !named) {
                    continue;
                }
                int w = isLocative(ms, m.endToken() - 1) ? 4 : 1;
                int total = weight.merge(m.entry().country(), w, Integer::sum);
                if (total > bestWeight) {
                    bestWeight = total;
                    best = m.entry().country();
                }
            }
        }
        return best;
    }

    /** Countries the headline places its story in ("... in northern Burkina Faso"). */
    private List<String> titleCountries(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.split("[\\s,.;:!?()\"\u201c\u201d]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lowerWord = lower(w);
            if (lowerWord.endsWith("'s") || lowerWord.endsWith("\u2019s")) {
                words.addAll(AliasNormalizer.parts(w.substring(0, w.length() - 2)));
                words.add("'s");
            } else {
                words.addAll(AliasNormalizer.parts(w));
            }
        }
        String[] surfaces = words.toArray(new String[0]);
        String[] keys = new String[surfaces.length];
        for (int i = 0; i < keys.length; i++) {
            String k = AliasNormalizer.key(surfaces[i]);
            keys[i] = k.isEmpty() ? "\u0000" : k;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < keys.length) {
            AliasIndex.Alias a = lexicon.longest(keys, surfaces, i, keys.length);
            if (a == null) {
                i++;
                continue;
            }
            boolean locative = (i > 0 && "LOCATIVE".equals(lexicon.cue(keys[i - 1])))
                    || (i > 1 && "LOCATIVE".equals(lexicon.cue(keys[i - 2])));
            if (a.entry().kind().isState() && locative) {
                out.add(a.entry().country());
            }
            i += a.length();
        }
        return out;
    }

    private boolean isLocative(MatchedSentence ms, int token) {
        String base = ms.tree.base(token);
        if (!base.equals("obl") && !base.equals("nmod")) {
            return false;
        }
        if ("LOCATIVE".equals(lexicon.cue(ms.tree.subtype(token)))) {
            return true;
        }
        for (int c : ms.tree.children(token)) {
            if (ms.tree.base(c).equals("case") && "LOCATIVE".equals(lexicon.cue(lower(ms.sentence.token(c).word())))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- the resolution proper

    private Resolution resolveMasked(int sentence, boolean[] mask, int head, int position) {
        MatchedSentence ms = matched[sentence];
        Sentence s = ms.sentence;
        Token headToken = s.token(head);

        if (isPronoun(headToken)) {
            if (reportedBySubjectNoun(ms, head)) {
                // "no group has said it carried out the attack": "it" is the group, never an earlier actor
                return pronounInSentence(sentence, position, lower(headToken.word()));
            }
            return pronoun(sentence, position, lower(headToken.word()));
        }

        List<LexiconMatch> orgs = new ArrayList<>();
        List<LexiconMatch> states = new ArrayList<>();
        List<LexiconMatch> agents = new ArrayList<>();
        List<LexiconMatch> people = new ArrayList<>();
        String patron = null;
        LexiconMatch headMatch = null;
        for (LexiconMatch m : ms.matches) {
            if (m.relation() == LexiconMatch.Relation.PATRON) {
                // "Iran-backed fighters", "fighters backed by Iran": the backer hangs off the head
                int g = ms.tree.head(m.endToken() - 1);
                if (inMask(mask, m) || g == head || (g >= 0 && ms.tree.head(g) == head)) {
                    patron = m.kind().isState() ? m.entry().country() : m.entry().name();
                }
                continue;
            }
            if (!inMask(mask, m)) {
                continue;
            }
            if (m.relation() == LexiconMatch.Relation.OPPOSED) {
                continue;
            }
            if (m.covers(head)) {
                headMatch = m;
            }
            switch (m.kind()) {
                case ORGANISATION -> orgs.add(m);
                case COUNTRY, DEMONYM, METONYM -> states.add(m);
                case AGENT -> agents.add(m);
                case PERSON -> people.add(m);
                default -> { }
            }
        }
        Resolution r = resolveParts(sentence, mask, head, position, headMatch, orgs, states, agents, people);
        if (r != null && patron != null && r.actor().patron() == null) {
            r = new Resolution(r.actor().withPatron(patron), r.kind());
        }
        return r;
    }

    private Resolution resolveParts(int sentence, boolean[] mask, int head, int position, LexiconMatch headMatch,
                                    List<LexiconMatch> orgs, List<LexiconMatch> states, List<LexiconMatch> agents,
                                    List<LexiconMatch> people) {
        Sentence s = matched[sentence].sentence;
        String text = phraseText(s, mask);

        // 1. a person: named by the lexicon or the NER, or a proper name after a title
        int[] personRun = personRun(s, mask, head, headMatch, agents);
        if (personRun == null && headMatch == null && s.token(head).isProperNoun()
                && !"ORGANIZATION".equals(s.token(head).ner()) && !s.token(head).ner().equals("COUNTRY")
                && earlierPerson(sentence, position, s, new int[] {head, head + 1}) != null) {
            // a surname the NER missed, of a person named earlier ("Askary stated")
            personRun = new int[] {head, head + 1};
        }
        if (personRun != null) {
            return person(sentence, mask, head, position, personRun, headMatch, orgs, states, agents, people, text);
        }
        // 2. the head is a named organisation or a state
        if (headMatch != null && headMatch.kind() == EntryKind.ORGANISATION) {
            return new Resolution(organisationActor(headMatch.entry(), text), Kind.ORGANISATION);
        }
        if (headMatch != null && headMatch.kind() == EntryKind.METONYM) {
            return new Resolution(stateActor(headMatch.entry().country(), "GOV", text), Kind.STATE);
        }
        if (headMatch != null && (headMatch.kind() == EntryKind.COUNTRY || headMatch.kind() == EntryKind.DEMONYM)) {
            LexiconMatch org = nearest(orgs, head);
            if (org != null && org.startToken() > head) {
                return new Resolution(organisationActor(org.entry(), text), Kind.ORGANISATION);
            }
            return new Resolution(stateActor(headMatch.entry().country(), null, text), Kind.STATE);
        }
        // 3. an agent word ("forces", "spokesperson", "the group"), or an unknown head with modifiers
        LexiconMatch agent = headMatch != null && headMatch.kind() == EntryKind.AGENT ? headMatch : null;
        if (agent == null && headMatch == null) {
            agent = lastBefore(agents, head + 1);
        }
        LexiconMatch owner = possessorAgent(matched[sentence], agents, head);
        if (owner != null) {
            // "the attackers' positions": the positions are the attackers'
            agent = owner;
        }
        LexiconMatch org = nearest(orgs, head);
        if (org != null) {
            return new Resolution(organisationActor(org.entry(), text), Kind.ORGANISATION);
        }
        if (!people.isEmpty()) {
            // "Soleimani's deputy": the person's organisation
            LexiconEntry p = people.get(people.size() - 1).entry();
            if (p.affiliation() != null && agent != null) {
                LexiconEntry o = lexicon.organisation(p.affiliation());
                if (o != null) {
                    return new Resolution(organisationActor(o, text), Kind.ORGANISATION);
                }
            }
        }
        Resolution possessor = agent == null ? null : possessivePronoun(sentence, mask, head, position);
        LexiconMatch state = preferPrenominal(states, head);
        String role = agent == null ? null : agent.entry().role();
        if (possessor != null && state == null) {
            Actor a = possessor.actor();
            if (possessor.kind() == Kind.PERSON && isStateRole(a.role()) && a.country() != null && role != null
                    && !role.equals("-")) {
                // "his army" of a president: the army of his country
                return new Resolution(stateActor(a.country(), role, text), Kind.STATE);
            }
            if (possessor.kind() == Kind.ORGANISATION || possessor.kind() == Kind.PERSON) {
                return new Resolution(a.withText(text), Kind.ORGANISATION);
            }
            if (possessor.kind() == Kind.STATE && a.country() != null) {
                return new Resolution(stateActor(a.country(), stateRole(role, agent), text), Kind.STATE);
            }
        }
        if (state != null) {
            String country = state.entry().country();
            if (agent == null && state.kind() == EntryKind.METONYM) {
                return new Resolution(stateActor(country, "GOV", text), Kind.STATE);
            }
            Actor a = stateActor(country, stateRole(role, agent), text);
            String named = nerRun(s, mask, head, "ORGANIZATION");
            if (named != null) {
                // "the Sudanese Communist Party": a body the lexicon does not list keeps its own name
                return new Resolution(new Actor(text, named, a.code(), a.country(), a.role(), null),
                        Kind.ORGANISATION);
            }
            return new Resolution(a, Kind.STATE);
        }
        if (agent == null) {
            return organisationByNer(s, mask, head, text);
        }
        if (agent.entry().inheritsRole()) {
            Mention m = latest(sentence, position, NOUN_WINDOW, Kind.ORGANISATION, null);
            return m == null ? null : new Resolution(m.actor().withText(text), Kind.ORGANISATION);
        }
        if (isDefinite(matched[sentence], head) || agent.entry().personal() == false) {
            Mention m = latest(sentence, position, NOUN_WINDOW, Kind.ORGANISATION, role);
            if (m != null && isDefinite(matched[sentence], head)) {
                return new Resolution(m.actor().withText(text), Kind.ORGANISATION);
            }
        }
        Resolution ner = organisationByNer(s, mask, head, text);
        if (ner != null) {
            return ner;
        }
        // a role with no country in the phrase: the country the article is about
        if (placeCountry != null && !isInternational(role)) {
            return new Resolution(new Actor(text, roleName(placeCountry, agent), placeCountry + role, placeCountry,
                    role, null), Kind.GROUP);
        }
        return new Resolution(new Actor(text, agent.entry().name(), role, null, role, null), Kind.GROUP);
    }

    private Resolution person(int sentence, boolean[] mask, int head, int position, int[] run, LexiconMatch headMatch,
                              List<LexiconMatch> orgs, List<LexiconMatch> states, List<LexiconMatch> agents,
                              List<LexiconMatch> people, String text) {
        Sentence s = matched[sentence].sentence;
        LexiconEntry known = null;
        if (headMatch != null && headMatch.kind() == EntryKind.PERSON) {
            known = headMatch.entry();
        } else {
            for (LexiconMatch p : people) {
                if (p.startToken() >= run[0] && p.endToken() <= run[1]) {
                    known = p.entry();
                }
            }
        }
        String runText = s.span(run[0], run[1]);
        Mention earlier = earlierPerson(sentence, position, s, run);
        String name = known != null && (earlier == null || runIsFullName(run)) ? known.name()
                : earlier != null ? earlier.actor().name() : runText;
        if (earlier != null && known != null && !earlier.actor().name().equals(known.name()) && !runIsFullName(run)) {
            name = earlier.actor().name();
            known = null;
        }
        LexiconMatch org = nearest(orgs, head);
        if (org != null) {
            LexiconEntry o = org.entry();
            return new Resolution(new Actor(text, name, o.code(), o.country(), o.role(), o.name()), Kind.PERSON);
        }
        if (known != null) {
            return new Resolution(new Actor(text, name, known.code(), known.country(), known.role(), known.affiliation()),
                    Kind.PERSON);
        }
        if (earlier != null && earlier.actor().code() != null) {
            Actor a = earlier.actor();
            return new Resolution(new Actor(text, name, a.code(), a.country(), a.role(), a.affiliation()), Kind.PERSON);
        }
        LexiconMatch state = preferPrenominal(states, head);
        LexiconMatch title = lastBefore(agents, run[0] + 1);
        LexiconMatch office = lastWithRole(agents, run[0] + 1);
        if (state != null) {
            String role = office != null ? office.entry().role() : title == null ? null : stateRole(title.entry().role(), title);
            if (role == null && title == null) {
                role = null;
            }
            String country = state.entry().country();
            return new Resolution(new Actor(text, name, role == null ? country : country + role, country, role, null),
                    Kind.PERSON);
        }
        LexiconMatch body = firstBodyAfter(agents, run[1]);
        String officeRole = body != null ? body.entry().role() : office != null ? office.entry().role() : null;
        if (officeRole != null && placeCountry != null && !isInternational(officeRole)
                && (body != null || isStateRole(officeRole))) {
            // "Colonel Ahmed Jassim of the Nineveh police": the body he serves, in the article's country
            return new Resolution(new Actor(text, name, placeCountry + officeRole, placeCountry, officeRole, null),
                    Kind.PERSON);
        }
        if (title != null && title.entry().inheritsRole()) {
            // "the group's spokesman Abu X": the organisation meant by the group
            Mention m = latest(sentence, position, NOUN_WINDOW, Kind.ORGANISATION, null);
            if (m != null && hasDefiniteOrPossessive(s, mask)) {
                Actor a = m.actor();
                return new Resolution(new Actor(text, name, a.code(), a.country(), a.role(), a.name()), Kind.PERSON);
            }
        }
        return new Resolution(new Actor(text, name, null, null, null, null), Kind.PERSON);
    }

    // ---------------------------------------------------------------- coreference

    private Resolution pronoun(int sentence, int position, String word) {
        String cue = lexicon.cue(word);
        if ("PERSON_PRONOUN".equals(cue)) {
            Mention m = latest(sentence, position, PRONOUN_WINDOW, Kind.PERSON, null);
            return m == null ? null : new Resolution(m.actor().withText(word), Kind.PERSON);
        }
        Mention m = latest(sentence, position, 2, Kind.ORGANISATION, null, true);
        if (m == null && "THING_PRONOUN".equals(cue)) {
            m = latest(sentence, position, 2, Kind.STATE, null);
        }
        return m == null ? null : new Resolution(m.actor().withText(word), m.kind());
    }

    /**
     * Whether a pronoun is the subject of a clause reported by a verb whose own subject is a noun before it
     * ("the ministry said it would ...", "no group has said it carried out ..."): the pronoun then stands for
     * that subject, so it may not reach back past its sentence.
     */
    private boolean reportedBySubjectNoun(MatchedSentence ms, int pronoun) {
        if (!ms.tree.base(pronoun).equals("nsubj")) {
            return false;
        }
        int clause = ms.tree.head(pronoun);
        if (clause < 0 || !ms.tree.base(clause).equals("ccomp")) {
            return false;
        }
        int reporter = ms.tree.head(clause);
        if (reporter < 0 || !lexicon.isReportingVerb(ms.sentence.token(reporter).lemma())) {
            return false;
        }
        int subject = ms.tree.child(reporter, "nsubj");
        return subject >= 0 && subject < pronoun && !isPronoun(ms.sentence.token(subject));
    }

    /** A pronoun resolved only to an actor named earlier in its own sentence, else null. */
    private Resolution pronounInSentence(int sentence, int position, String word) {
        String cue = lexicon.cue(word);
        Kind kind = "PERSON_PRONOUN".equals(cue) ? Kind.PERSON : Kind.ORGANISATION;
        Mention m = latest(sentence, position, 0, kind, null, true);
        if (m == null && "THING_PRONOUN".equals(cue)) {
            m = latest(sentence, position, 0, Kind.STATE, null);
        }
        return m == null ? null : new Resolution(m.actor().withText(word), m.kind());
    }

    private Resolution possessivePronoun(int sentence, boolean[] mask, int head, int position) {
        MatchedSentence ms = matched[sentence];
        for (int c : ms.tree.children(head)) {
            if (ms.tree.relation(c).equals("nmod:poss") && mask[c] && isPronoun(ms.sentence.token(c))) {
                return pronoun(sentence, position, lower(ms.sentence.token(c).word()));
            }
        }
        return null;
    }

    /** The latest mention of a kind before (sentence, position), within a window; role filters organisations. */
    private Mention latest(int sentence, int position, int window, Kind kind, String role) {
        return latest(sentence, position, window, kind, role, false);
    }

    /** As above; {@code anyBody} lets a pronoun point at a state body ("the Guard Corps said it..."). */
    private Mention latest(int sentence, int position, int window, Kind kind, String role, boolean anyBody) {
        for (int i = discourse.size() - 1; i >= 0; i--) {
            Mention m = discourse.get(i);
            boolean before = m.sentence() < sentence || (m.sentence() == sentence && m.end() <= position);
            if (!before) {
                continue;
            }
            if (m.sentence() < sentence - window) {
                break;
            }
            if (m.kind() != kind) {
                continue;
            }
            if (kind == Kind.ORGANISATION && role == null && !anyBody && isStateRole(m.actor().role())) {
                continue;
            }
            if (role != null && !compatibleRole(role, m.actor().role())) {
                continue;
            }
            return m;
        }
        return null;
    }

    /** An earlier person whose name this run repeats or shortens ("Askary" for "Abu Ali al-Askary"). */
    private Mention earlierPerson(int sentence, int position, Sentence s, int[] run) {
        String last = nameKey(s.token(run[1] - 1).word());
        if (last.isEmpty()) {
            return null;
        }
        for (int i = discourse.size() - 1; i >= 0; i--) {
            Mention m = discourse.get(i);
            boolean before = m.sentence() < sentence || (m.sentence() == sentence && m.end() <= position);
            if (!before || m.kind() != Kind.PERSON || m.actor().name() == null) {
                continue;
            }
            if (nameHasPart(m.actor().name(), last)) {
                return m;
            }
        }
        return null;
    }

    /** Whether one of the words of a name has the given key ("Abu Ali al-Askary" has "askary"). */
    private static boolean nameHasPart(String name, String key) {
        int from = 0;
        int n = name.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || name.charAt(i) == ' ') {
                if (i > from && nameKey(name.substring(from, i)).equals(key)) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** A surname's key without Arabic article prefixes: "al-Askary" and "Askary" meet. */
    static String nameKey(String word) {
        List<String> parts = AliasNormalizer.parts(word);
        if (parts.isEmpty()) {
            return "";
        }
        String k = AliasNormalizer.key(parts.get(parts.size() - 1));
        return k;
    }

    // ---------------------------------------------------------------- phrase geometry

    /** Climbs from a token to the head of its noun phrase through compound, flat, poss and "of" edges. */
    static int nounPhraseHead(MatchedSentence ms, int token) {
        return nounPhraseHead(ms, token, true);
    }

    /** As above; without {@code throughOf} only modifier edges are climbed ("Turkish" to "drones"). */
    static int nounPhraseHead(MatchedSentence ms, int token, boolean throughOf) {
        SentenceTree tree = ms.tree;
        Sentence s = ms.sentence;
        int t = token;
        for (int guard = 0; guard < 8; guard++) {
            int g = tree.head(t);
            if (g < 0) {
                return t;
            }
            Token gov = s.token(g);
            String base = tree.base(t);
            boolean nominalGovernor = gov.isNoun() || gov.pos().startsWith("PRP") || gov.pos().equals("CD");
            boolean climb = switch (base) {
                case "compound", "flat", "amod", "det", "nummod", "case" -> true;
                case "nmod" -> throughOf && (tree.subtype(t).equals("poss") || tree.subtype(t).equals("of")
                        || hasCase(ms, t, "of"));
                default -> false;
            };
            if (!climb || !nominalGovernor) {
                return t;
            }
            t = g;
        }
        return t;
    }

    /** "one of the militias", "some of the rebels": the phrase is about the "of" noun. */
    private static int quantifiedHead(MatchedSentence ms, int head) {
        Token h = ms.sentence.token(head);
        String w = lower(h.word());
        boolean quantifier = h.pos().equals("CD") || w.equals("one") || w.equals("some") || w.equals("many")
                || w.equals("several") || w.equals("most") || w.equals("dozens") || w.equals("hundreds")
                || w.equals("thousands") || w.equals("members") || w.equals("member");
        if (!quantifier) {
            return head;
        }
        for (int c : ms.tree.children(head)) {
            if (ms.tree.base(c).equals("nmod") && (ms.tree.subtype(c).equals("of") || hasCase(ms, c, "of"))) {
                return c;
            }
        }
        return head;
    }

    /** Tokens of the noun phrase headed by {@code head}, without conjuncts, clauses and locative modifiers. */
    boolean[] phraseMask(MatchedSentence ms, int head) {
        boolean[] mask = new boolean[ms.sentence.size()];
        int[] stack = new int[mask.length + 1];
        int top = 0;
        stack[top++] = head;
        while (top > 0) {
            int t = stack[--top];
            if (mask[t]) {
                continue;
            }
            mask[t] = true;
            for (int c : ms.tree.children(t)) {
                if (!mask[c] && keepInPhrase(ms, c) && top < stack.length) {
                    stack[top++] = c;
                }
            }
        }
        return mask;
    }

    /**
     * The phrase of a head together with its apposition: "Nabil Haddad" in "a spokesman for the
     * Lebanese army, Colonel Nabil Haddad" reads the title and organisation from the other side.
     */
    boolean[] personalPhraseMask(MatchedSentence ms, int head) {
        boolean[] mask = phraseMask(ms, head);
        int g = ms.tree.head(head);
        if (g >= 0 && ms.tree.base(head).equals("appos")) {
            boolean[] outer = phraseMask(ms, g);
            for (int t = 0; t < mask.length; t++) {
                mask[t] |= outer[t];
            }
        }
        return mask;
    }

    private boolean keepInPhrase(MatchedSentence ms, int dependent) {
        String base = ms.tree.base(dependent);
        LexiconMatch named = ms.at(dependent);
        if (named != null && named.kind() == EntryKind.ORGANISATION && (base.equals("cop") || base.equals("aux"))) {
            // "against IS remnants": the parser took the acronym for a verb; the lexicon knows better
            return true;
        }
        switch (base) {
            case "conj", "cc", "acl", "parataxis", "advcl", "ccomp", "xcomp", "dep", "punct", "mark", "nsubj",
                 "csubj", "cop", "aux", "obj", "iobj", "advmod", "discourse", "vocative", "root" -> {
                return false;
            }
            case "nmod" -> {
                return !ms.tree.subtype(dependent).equals("tmod") && !isLocative(ms, dependent);
            }
            case "obl" -> {
                // "Iran-backed": Iran is an npmod of "backed"
                return ms.tree.subtype(dependent).equals("npmod");
            }
            default -> {
                return true;
            }
        }
    }

    private static boolean hasCase(MatchedSentence ms, int token, String word) {
        for (int c : ms.tree.children(token)) {
            if (ms.tree.base(c).equals("case") && ms.sentence.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** A run of person-name tokens around the head, or null when the head does not name a person. */
    private int[] personRun(Sentence s, boolean[] mask, int head, LexiconMatch headMatch, List<LexiconMatch> agents) {
        if (headMatch != null && headMatch.kind() == EntryKind.PERSON) {
            return new int[] {headMatch.startToken(), headMatch.endToken()};
        }
        if (headMatch != null && headMatch.kind() != EntryKind.AGENT) {
            return null;
        }
        Token h = s.token(head);
        boolean ner = "PERSON".equals(h.ner());
        boolean titled = !ner && h.isProperNoun() && headMatch == null && lastBefore(personalAgents(agents), head) != null;
        if (!ner && !titled) {
            return null;
        }
        int lo = head;
        int hi = head + 1;
        while (lo - 1 >= 0 && mask[lo - 1] && nameToken(s.token(lo - 1), ner)) {
            lo--;
        }
        while (hi < s.size() && mask[hi] && nameToken(s.token(hi), ner)) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    private static boolean nameToken(Token t, boolean byNer) {
        return byNer ? "PERSON".equals(t.ner()) : t.isProperNoun() && !"TITLE".equals(t.ner());
    }

    private static List<LexiconMatch> personalAgents(List<LexiconMatch> agents) {
        List<LexiconMatch> out = new ArrayList<>();
        for (LexiconMatch m : agents) {
            if (m.entry().personal()) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean runIsFullName(int[] run) {
        return run[1] - run[0] >= 2;
    }

    /** The words of the NER run of a type around the head, or null when the head has another type. */
    private static String nerRun(Sentence s, boolean[] mask, int head, String type) {
        if (!type.equals(s.token(head).ner())) {
            return null;
        }
        int lo = head;
        int hi = head + 1;
        while (lo - 1 >= 0 && mask[lo - 1] && type.equals(s.token(lo - 1).ner())) {
            lo--;
        }
        while (hi < s.size() && mask[hi] && type.equals(s.token(hi).ner())) {
            hi++;
        }
        return s.span(lo, hi);
    }

    private Resolution organisationByNer(Sentence s, boolean[] mask, int head, String text) {
        if (!"ORGANIZATION".equals(s.token(head).ner())) {
            return null;
        }
        int lo = head;
        int hi = head + 1;
        while (lo - 1 >= 0 && mask[lo - 1] && "ORGANIZATION".equals(s.token(lo - 1).ner())) {
            lo--;
        }
        while (hi < s.size() && mask[hi] && "ORGANIZATION".equals(s.token(hi).ner())) {
            hi++;
        }
        return new Resolution(new Actor(text, s.span(lo, hi), null, null, null, null), Kind.ORGANISATION);
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

    /** The role a state gets from an agent word: "-" persons (leader, official) are the government. */
    private static String stateRole(String role, LexiconMatch agent) {
        if (role == null) {
            return null;
        }
        if (role.equals("-")) {
            return agent != null && agent.entry().personal() ? "GOV" : null;
        }
        return role;
    }

    private static boolean isStateRole(String role) {
        return role != null && switch (role) {
            case "GOV", "MIL", "COP", "JUD", "LEG", "SPY" -> true;
            default -> false;
        };
    }

    private static boolean isInternational(String role) {
        return role == null || switch (role) {
            case "IGO", "NGO", "PKO", "IMG", "NGM", "MNC", "REF" -> true;
            default -> false;
        };
    }

    private static boolean compatibleRole(String wanted, String actual) {
        if (actual == null) {
            return false;
        }
        if (wanted.equals("REB") || wanted.equals("SEP") || wanted.equals("UAF")) {
            return actual.equals("REB") || actual.equals("SEP") || actual.equals("UAF");
        }
        if (wanted.equals("PTY") || wanted.equals("OPP")) {
            return actual.equals("PTY") || actual.equals("OPP");
        }
        return wanted.equals(actual);
    }

    // ---------------------------------------------------------------- small helpers

    /** A match belongs to a phrase when its first or last word does ("US embassy in Baghdad" in "the US embassy"). */
    private static boolean inMask(boolean[] mask, LexiconMatch m) {
        return mask[m.startToken()] || mask[m.endToken() - 1];
    }

    private static LexiconMatch nearest(List<LexiconMatch> ms, int head) {
        LexiconMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LexiconMatch m : ms) {
            int d = m.covers(head) ? 0 : m.endToken() <= head ? head - m.endToken() + 1 : m.startToken() - head + 100;
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /** State modifiers before the head win over ones after it ("US embassy in Baghdad"). */
    private static LexiconMatch preferPrenominal(List<LexiconMatch> states, int head) {
        LexiconMatch before = lastBefore(states, head + 1);
        if (before != null) {
            return before;
        }
        return states.isEmpty() ? null : states.get(0);
    }

    /** An agent word that possesses the head ("attackers" in "the attackers' positions"), or null. */
    private static LexiconMatch possessorAgent(MatchedSentence ms, List<LexiconMatch> agents, int head) {
        for (LexiconMatch m : agents) {
            int t = m.endToken() - 1;
            if (!m.covers(head) && ms.tree.head(t) == head && ms.tree.relation(t).equals("nmod:poss")
                    && !m.entry().inheritsRole()) {
                return m;
            }
        }
        return null;
    }

    /** The first body word after a name ("police" in "Ahmed Jassim of the Nineveh police"). */
    private static LexiconMatch firstBodyAfter(List<LexiconMatch> ms, int from) {
        for (LexiconMatch m : ms) {
            if (m.startToken() >= from && !m.entry().personal() && !m.entry().inheritsRole()) {
                return m;
            }
        }
        return null;
    }

    /** The last agent before the limit that carries a role of its own ("military" in "military spokesman"). */
    private static LexiconMatch lastWithRole(List<LexiconMatch> ms, int limit) {
        LexiconMatch out = null;
        for (LexiconMatch m : ms) {
            if (m.endToken() <= limit && !m.entry().inheritsRole()) {
                out = m;
            }
        }
        return out;
    }

    private static LexiconMatch lastBefore(List<LexiconMatch> ms, int limit) {
        LexiconMatch out = null;
        for (LexiconMatch m : ms) {
            if (m.endToken() <= limit) {
                out = m;
            }
        }
        return out;
    }

    private boolean isPronoun(Token t) {
        if (!t.pos().startsWith("PRP") && !t.pos().equals("WP")) {
            return false;
        }
        String cue = lexicon.cue(lower(t.word()));
        return cue != null && cue.endsWith("_PRONOUN");
    }

    private static boolean isDefinite(MatchedSentence ms, int head) {
        for (int c : ms.tree.children(head)) {
            String w = ms.sentence.token(c).word();
            if (ms.tree.base(c).equals("det") && (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("this")
                    || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("these") || w.equalsIgnoreCase("those"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDefiniteOrPossessive(Sentence s, boolean[] mask) {
        for (int t = 0; t < mask.length; t++) {
            if (mask[t]) {
                String w = s.token(t).word();
                if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String phraseText(Sentence s, boolean[] mask) {
        int lo = lowest(mask);
        int hi = highest(mask) + 1;
        while (lo < hi - 1 && isDeterminer(s.token(lo))) {
            lo++;
        }
        while (hi - 1 > lo && s.token(hi - 1).pos().equals("POS")) {
            hi--;
        }
        return s.span(lo, hi);
    }

    private static boolean isDeterminer(Token t) {
        return t.pos().equals("DT") || t.pos().equals(",");
    }

    private static int lowest(boolean[] mask) {
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                return i;
            }
        }
        return 0;
    }

    private static int highest(boolean[] mask) {
        for (int i = mask.length - 1; i >= 0; i--) {
            if (mask[i]) {
                return i;
            }
        }
        return 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
