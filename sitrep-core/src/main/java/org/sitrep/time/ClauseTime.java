package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Decides which time expressions of a sentence speak about an event, from the dependency graph:
 * first those attached to the event's own clause ("stormed ... in January 2020", "killed ... on
 * Monday"), then those of the clauses it hangs from ("triggered early Thursday after rockets were
 * fired"), then the rest of the sentence.
 */
public final class ClauseTime {
    /** Edges that open a new clause: a time expression does not climb across them. */
    static final Set<String> CLAUSE_EDGES = Set.of(Relations.ADVCL, Relations.CCOMP, Relations.ACL,
            Relations.PARATAXIS, Relations.CONJ, Relations.XCOMP, Relations.CSUBJ,
            Relations.LIST, Relations.APPOS);
    /** Edges to core arguments: a date inside "the January 2020 agreement" dates that noun, not the clause. */
    static final Set<String> ARGUMENT_EDGES = Set.of(Relations.NSUBJ, Relations.OBJ, Relations.IOBJ, Relations.CSUBJ);

    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION");
    private static final Set<String> TIME_NOUNS = Set.of("time", "day", "night", "morning", "evening", "afternoon",
            "week", "weekend", "month", "year", "hour");

    /** How closely an expression belongs to an event. */
    public enum Tier { OWN_CLAUSE, GOVERNING_CLAUSE, SENTENCE }

    /** An expression with how it relates to the event. */
    public record Candidate(TimeExpression expression, Tier tier, int distance) {
    }

    private ClauseTime() {
    }

    /**
     * The expressions in order of preference for the event whose trigger is {@code trigger}: own
     * clause first, then governing clauses (nearest first), then the rest of the sentence by distance.
     * Expressions that contain the trigger, or name it as their referent, are left out.
     */
    public static List<Candidate> rank(Sentence s, int trigger, List<TimeExpression> expressions, boolean ownOnly) {
        List<Candidate> own = new ArrayList<>();
        List<Candidate> governing = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        List<Integer> ancestors = ancestors(s, trigger);
        for (TimeExpression e : expressions) {
            if (e.covers(trigger) || e.referent() == trigger || inReferentClause(s, e, trigger)) {
                continue;
            }
            int start = attachment(s, e);
            if (start == -2 || (start != e.head() && inSubtree(s, trigger, s.headEdge(e.head()).governor()))) {
                continue; // the trigger is the event the bare "after" introduces, not the one it dates
            }
            List<Integer> path = clausePath(s, start);
            int distance = Math.abs(e.head() - trigger) + (TimeExpressions.isBareLink(e) ? 1000 : 0);
            int at = path.indexOf(trigger);
            if (at >= 0 && (!crossesArgument(s, path, at) || insideSubjectBeforeVerb(s, e, path, at))) {
                own.add(new Candidate(e, Tier.OWN_CLAUSE, distance));
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (int k = 0; k < ancestors.size(); k++) {
                int i = path.indexOf(ancestors.get(k));
                if (i >= 0 && !crossesArgument(s, path, i)) {
                    best = k;
                    break;
                }
            }
            if (best != Integer.MAX_VALUE) {
                governing.add(new Candidate(e, Tier.GOVERNING_CLAUSE, best * 100 + distance));
            } else if (!inNounClause(s, path)) {
                rest.add(new Candidate(e, Tier.SENTENCE, distance));
            }
        }
        own.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
        governing.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
        rest.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
        List<Candidate> out = new ArrayList<>(own);
        if (!ownOnly) {
            out.addAll(governing);
            out.addAll(rest);
        }
        return out;
    }

    /**
     * Where an expression attaches: its head, except that a bare "after"/"before" marking a clause or
     * noun ("after protesters set fire", "after the attack") dates what that clause or noun hangs from.
     * Returns -2 when there is nothing above.
     */
    static int attachment(Sentence s, TimeExpression e) {
        if (!TimeExpressions.isBareLink(e)) {
            return e.head();
        }
        Dependency d = s.headEdge(e.head());
        if (d == null || d.governor() < 0 || !(d.relation().equals(Relations.MARK) || d.relation().equals(Relations.CASE))) {
            return e.head();
        }
        Dependency up = s.headEdge(d.governor());
        return up == null || up.governor() < 0 ? -2 : up.governor();
    }

    private static boolean inSubtree(Sentence s, int token, int root) {
        if (root < 0) {
            return false;
        }
        int t = token;
        for (int guard = 0; t >= 0 && guard <= s.size(); guard++) {
            if (t == root) {
                return true;
            }
            Dependency d = s.headEdge(t);
            if (d == null) {
                return false;
            }
            t = d.governor();
        }
        return false;
    }

    /**
     * Tokens from {@code token} up to the head of its clause (inclusive), not crossing clause edges.
     */
    static List<Integer> clausePath(Sentence s, int token) {
        List<Integer> path = new ArrayList<>();
        int t = token;
        while (t >= 0 && path.size() <= s.size()) {
            path.add(t);
            Dependency d = s.headEdge(t);
            if (d == null || d.governor() < 0 || CLAUSE_EDGES.contains(d.baseRelation())) {
                break;
            }
            t = d.governor();
        }
        return path;
    }

    /** All tokens above the trigger, nearest first, across clause edges. */
    static List<Integer> ancestors(Sentence s, int token) {
        List<Integer> out = new ArrayList<>();
        Dependency d = s.headEdge(token);
        while (d != null && d.governor() >= 0 && out.size() <= s.size()) {
            out.add(d.governor());
            d = s.headEdge(d.governor());
        }
        return out;
    }

    /**
     * True when the path climbs out of a core argument before reaching position {@code upTo}: the
     * expression dates that argument's noun. For the event's own clause, an argument that is itself
     * the trigger ("the January 2020 attack") is fine, since the path stops there.
     */
    private static boolean crossesArgument(Sentence s, List<Integer> path, int upTo) {
        for (int i = 0; i < upTo; i++) {
            Dependency d = s.headEdge(path.get(i));
            if (d != null && ARGUMENT_EDGES.contains(d.baseRelation()) && !isTimeNoun(s.token(path.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The bloc on Tuesday imposed ...": a date between the subject's head and the verb, hung by the parser
     * on the subject noun, dates the verb (a subject is not dated by a weekday that follows it).
     */
    private static boolean insideSubjectBeforeVerb(Sentence s, TimeExpression e, List<Integer> path, int at) {
        if (at != 2 || !isTimeNoun(s.token(path.get(0)))) {
            return false;
        }
        Dependency up = s.headEdge(path.get(0));
        Dependency subject = s.headEdge(path.get(1));
        return up != null && up.baseRelation().equals("nmod") && subject != null
                && subject.baseRelation().equals("nsubj") && path.get(1) < e.head() && e.head() < path.get(2);
    }

    /**
     * True when the expression's clause is a relative clause ("an election that was due last year"): it
     * dates that clause, not the other events of the sentence. A reduced participle ("bases hosting US troops
     * early Wednesday") is often where the parser hangs the sentence's own date, so it is not excluded.
     */
    private static boolean inNounClause(Sentence s, List<Integer> path) {
        Dependency top = s.headEdge(path.get(path.size() - 1));
        return top != null && top.relation().equals("acl:relcl");
    }

    /** "early Thursday local time" parsed as an object is still a time adverbial. */
    private static boolean isTimeNoun(Token t) {
        return (t.ner() != null && TIME_NER.contains(t.ner())) || TIME_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * True when the trigger sits in the words a relative expression refers to: "two days after [the
     * protests ended]" — from the end of the expression to the next punctuation. That event is the
     * anchor, not the one being dated.
     */
    static boolean inReferentClause(Sentence s, TimeExpression e, int trigger) {
        if (trigger < e.end() || !endsWithLink(s, e)) {
            return false;
        }
        for (int t = e.end(); t < s.size(); t++) {
            String pos = s.token(t).pos();
            if (pos.equals(",") || pos.equals(".") || pos.equals(":") || s.token(t).word().equals(",")) {
                return false;
            }
            if (t == trigger) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithLink(Sentence s, TimeExpression e) {
        String last = s.token(e.end() - 1).word().toLowerCase(Locale.ROOT);
        return last.equals("after") || last.equals("before") || last.equals("following") || last.equals("prior");
    }
}
