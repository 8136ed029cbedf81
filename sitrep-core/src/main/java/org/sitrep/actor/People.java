package org.sitrep.actor;

import static org.sitrep.actor.PhraseParts.firstBodyAfter;
import static org.sitrep.actor.PhraseParts.lastBefore;
import static org.sitrep.actor.PhraseParts.lastWithRole;
import static org.sitrep.actor.PhraseParts.nearest;
import static org.sitrep.actor.PhraseParts.personalAgents;
import static org.sitrep.actor.PhraseParts.preferPrenominal;

import java.util.List;
import org.sitrep.actor.Discourse.Kind;
import org.sitrep.actor.Discourse.Mention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Actor;

/**
 * People in a phrase: the run of name words (from the lexicon, the NER, or a proper name after a
 * title), the full name of an earlier mention a surname repeats, and the code of the organisation,
 * state or body the phrase says the person serves.
 */
final class People {
    private final Discourse discourse;
    private final String placeCountry;

    People(Discourse discourse, String placeCountry) {
        this.discourse = discourse;
        this.placeCountry = placeCountry;
    }

    /** The [from, to) run of the person a phrase names, or null when it names none. */
    int[] nameRun(Phrase phrase, PhraseParts parts, int position) {
        Sentence s = phrase.words();
        int head = phrase.head();
        int[] run = personRun(phrase, parts);
        if (run == null && parts.headMatch() == null && s.token(head).isProperNoun()
                && !"ORGANIZATION".equals(s.token(head).ner()) && !s.token(head).ner().equals("COUNTRY")
                && discourse.earlierPerson(phrase.sentence(), position, s, new int[] {head, head + 1}) != null) {
            // a surname the NER missed, of a person named earlier ("Askary stated")
            run = new int[] {head, head + 1};
        }
        return run;
    }

    /** The person named by the run, with the code of whom the phrase says they serve. */
    Resolution resolve(Phrase phrase, int position, int[] run, PhraseParts parts, String text) {
        Sentence s = phrase.words();
        int sentence = phrase.sentence();
        int head = phrase.head();
        LexiconMatch headMatch = parts.headMatch();
        LexiconEntry known = null;
        if (headMatch != null && headMatch.kind() == EntryKind.PERSON) {
            known = headMatch.entry();
        } else {
            for (LexiconMatch p : parts.people()) {
                if (p.startToken() >= run[0] && p.endToken() <= run[1]) {
                    known = p.entry();
                }
            }
        }
        String runText = s.span(run[0], run[1]);
        Mention earlier = discourse.earlierPerson(sentence, position, s, run);
        String name = known != null && (earlier == null || isFullName(run)) ? known.name()
                : earlier != null ? earlier.actor().name() : runText;
        if (earlier != null && known != null && !earlier.actor().name().equals(known.name()) && !isFullName(run)) {
            name = earlier.actor().name();
            known = null;
        }
        LexiconMatch org = nearest(parts.orgs(), head);
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
        List<LexiconMatch> agents = parts.agents();
        LexiconMatch state = preferPrenominal(parts.states(), head);
        LexiconMatch title = lastBefore(agents, run[0] + 1);
        LexiconMatch office = lastWithRole(agents, run[0] + 1);
        if (state != null) {
            String role = office != null ? office.entry().role()
                    : title == null ? null : Roles.stateRole(title.entry().role(), title);
            String country = state.entry().country();
            return new Resolution(new Actor(text, name, role == null ? country : country + role, country, role, null),
                    Kind.PERSON);
        }
        LexiconMatch body = firstBodyAfter(agents, run[1]);
        String officeRole = body != null ? body.entry().role() : office != null ? office.entry().role() : null;
        if (officeRole != null && placeCountry != null && !Roles.isInternational(officeRole)) {
            // "Colonel Ahmed Jassim of the Nineveh police": the body he serves, in the article's country;
            // "opposition leader Kemi Badenoch": the role his title gives, in the article's country
            return new Resolution(new Actor(text, name, placeCountry + officeRole, placeCountry, officeRole, null),
                    Kind.PERSON);
        }
        if (title != null && title.entry().inheritsRole()) {
            // "the group's spokesman Abu X": the organisation meant by the group
            Mention m = discourse.latest(sentence, position, Discourse.NOUN_WINDOW, Kind.ORGANISATION, null);
            if (m != null && phrase.hasDefiniteOrPossessive()) {
                Actor a = m.actor();
                return new Resolution(new Actor(text, name, a.code(), a.country(), a.role(), a.name()), Kind.PERSON);
            }
        }
        return new Resolution(new Actor(text, name, null, null, null, null), Kind.PERSON);
    }

    /** A run of person-name tokens around the head, or null when the head does not name a person. */
    private static int[] personRun(Phrase phrase, PhraseParts parts) {
        LexiconMatch headMatch = parts.headMatch();
        if (headMatch != null && headMatch.kind() == EntryKind.PERSON) {
            return new int[] {headMatch.startToken(), headMatch.endToken()};
        }
        if (headMatch != null && headMatch.kind() != EntryKind.AGENT) {
            return null;
        }
        int head = phrase.head();
        Token h = phrase.words().token(head);
        boolean ner = "PERSON".equals(h.ner());
        boolean titled = !ner && h.isProperNoun() && headMatch == null
                && lastBefore(personalAgents(parts.agents()), head) != null;
        if (!ner && !titled) {
            return null;
        }
        return phrase.runAround(head, t -> nameToken(t, ner));
    }

    private static boolean nameToken(Token t, boolean byNer) {
        return byNer ? "PERSON".equals(t.ner()) : t.isProperNoun() && !"TITLE".equals(t.ner());
    }

    private static boolean isFullName(int[] run) {
        return run[1] - run[0] >= 2;
    }
}
