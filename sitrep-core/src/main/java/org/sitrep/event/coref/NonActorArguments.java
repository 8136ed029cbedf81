package org.sitrep.event.coref;

import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Actor;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;

/**
 * Sources and targets that are no actors. A determiner or participle left alone ("A", "led" from
 * "Saudi-led") or an abstract noun ("the occupation") is cleared; an unresolved pronoun or relative
 * ("who", "it", "their") takes its antecedent — the noun a relative clause modifies, or the subject of the
 * reporting verb whose clause it sits in ("The army said its aircraft struck") — as the actor another event
 * or the annotation names there, and is cleared when there is none.
 */
final class NonActorArguments {
    private final CorefLexicon lexicon;

    NonActorArguments(CorefLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Event clean(Event e, List<Event> all, AnnotatedArticle annotated) {
        Argument sa = e.anchor() == null ? null : e.anchor().source();
        Argument ta = e.anchor() == null ? null : e.anchor().target();
        Actor source = dateline(sa, annotated) ? null : clean(e.source(), sa, all, annotated);
        Actor target = clean(e.target(), ta, all, annotated);
        if (target == null && e.anchor() != null) {
            Actor site = siteTarget(annotated.sentences().get(e.anchor().sentence()), e.anchor().trigger());
            target = site == null ? null : named(site, e.anchor().sentence(), e.anchor().trigger(), all);
        }
        return source == e.source() && target == e.target() ? e : e.withActors(source, target);
    }

    Actor clean(Actor a, Argument arg, List<Event> all, AnnotatedArticle annotated) {
        if (a == null || a.isResolved()) {
            return a;
        }
        String[] words = a.text().trim().split("[\\s-]+");
        String last = words[words.length - 1];
        if (words.length == 1 && lexicon.is("NONACTOR", last)
                || words.length <= 2 && lexicon.is("NONACTOR", last) && lexicon.is("NONACTOR", words[0])) {
            return null;
        }
        Sentence s = arg == null || arg.sentence() >= annotated.sentences().size() ? null
                : annotated.sentences().get(arg.sentence());
        boolean pronoun = words.length == 1 && (lexicon.is("PRONOUN", last) && !last.equals("US")
                || s != null && arg.head() < s.size() && isPronounTag(s.token(arg.head()).pos()));
        if (!pronoun) {
            return arg == null ? a : named(a, arg.sentence(), arg.start(), all);
        }
        if (s == null || arg.head() >= s.size()) {
            return null;
        }
        int antecedent = antecedent(s, arg.head());
        return antecedent < 0 ? null : actorAt(arg.sentence(), antecedent, all, annotated);
    }

    /**
     * The dateline the parser took for a subject ("DJIBO, Burkina Faso, March 14 — Suspected fighters
     * attacked ..."): an argument at the very start of the first sentence written in capitals and followed
     * by a comma. A dateline names where the story was filed, never who acted.
     */
    static boolean dateline(Argument a, AnnotatedArticle annotated) {
        if (a == null || a.sentence() != 0 || a.start() != 0 || annotated.sentences().isEmpty()) {
            return false;
        }
        Sentence s = annotated.sentences().get(0);
        String first = s.token(0).word();
        return s.size() > 1 && first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT))
                && first.chars().anyMatch(Character::isLetter) && s.token(1).word().equals(",");
    }

    /** The site a nominal trigger's modifier names as its target ("the embassy siege": the embassy), or null. */
    Actor siteTarget(Sentence s, int trigger) {
        if (trigger < 0 || trigger >= s.size() || !s.token(trigger).pos().startsWith("NN")) {
            return null;
        }
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals(Relations.COMPOUND) && d.dependent() < trigger
                    && lexicon.is("SITE", s.token(d.dependent()).lemma())) {
                return Actor.unresolved(s.token(d.dependent()).word());
            }
        }
        return null;
    }

    /**
     * A definite description that points back to an actor named before ("the US embassy in Baghdad" ... "the
     * embassy siege"; "the army of Mali" ... "the army said"): an unresolved one-noun actor, bare or with
     * "the", takes the latest resolved actor of an earlier event whose words end with the same noun. Kept
     * unresolved when there is none.
     */
    static Actor named(Actor a, int sentence, int position, List<Event> all) {
        String[] words = a.text().trim().split("\\s+");
        boolean description = words.length == 1 || words.length == 2 && words[0].equalsIgnoreCase("the");
        String noun = words[words.length - 1];
        if (!description || noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
            return a;
        }
        Actor best = null;
        int bestAt = -1;
        for (Event o : all) {
            if (o.anchor() == null) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                Argument oa = side == 0 ? o.anchor().source() : o.anchor().target();
                Actor actor = side == 0 ? o.source() : o.target();
                if (oa == null || actor == null || !actor.isResolved() || !endsWith(oa.text(), noun)) {
                    continue;
                }
                boolean before = oa.sentence() < sentence || oa.sentence() == sentence && oa.end() <= position;
                int at = oa.sentence() * 10_000 + oa.start();
                if (before && at > bestAt) {
                    best = actor;
                    bestAt = at;
                }
            }
        }
        return best == null ? a : best.withText(a.text());
    }

    private static boolean endsWith(String text, String noun) {
        String[] words = text.trim().split("\\s+");
        return words.length > 1 && words[words.length - 1].equalsIgnoreCase(noun);
    }

    private static boolean isPronounTag(String pos) {
        return pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WDT");
    }

    /** The token a pronoun or relative stands for in its own sentence, or -1. */
    static int antecedent(Sentence s, int pronoun) {
        int t = pronoun;
        for (int hop = 0; hop < 4; hop++) {
            Dependency edge = s.headEdge(t);
            if (edge == null || edge.governor() < 0) {
                return -1;
            }
            if (edge.relation().equals(Relations.ACL_RELCL)) {
                return edge.governor(); // "fighters, who attacked": the fighters
            }
            if (edge.baseRelation().equals(Relations.CCOMP)) {
                if (thirdPerson(s.token(pronoun).word()) && QuotedTalk.quoted(s, pronoun)) {
                    return -1; // "'They shot at children,' said a nurse": in a quote, "they" is not the speaker
                }
                for (Dependency d : s.children(edge.governor())) {
                    if (d.baseRelation().equals(Relations.NSUBJ) && d.dependent() != pronoun
                            && !isPronounTag(s.token(d.dependent()).pos())) {
                        return d.dependent(); // "The army said its aircraft struck": the army
                    }
                }
                return -1;
            }
            t = edge.governor();
        }
        return -1;
    }

    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("he", "she", "it", "they", "him",
            "her", "them", "his", "its", "their", "hers", "theirs");

    private static boolean thirdPerson(String word) {
        return THIRD_PERSON.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The actor another event resolved at a token, else the entity mention there by its words, else null. */
    private static Actor actorAt(int sentence, int token, List<Event> all, AnnotatedArticle annotated) {
        for (Event o : all) {
            if (o.anchor() == null) {
                continue;
            }
            Argument os = o.anchor().source();
            Argument ot = o.anchor().target();
            if (os != null && os.sentence() == sentence && os.head() == token && o.source() != null
                    && o.source().isResolved()) {
                return o.source();
            }
            if (ot != null && ot.sentence() == sentence && ot.head() == token && o.target() != null
                    && o.target().isResolved()) {
                return o.target();
            }
        }
        for (EntityMention m : annotated.mentionsIn(sentence)) {
            if (m.covers(token) && !m.isTime()) {
                return Actor.unresolved(m.text());
            }
        }
        return null;
    }
}
