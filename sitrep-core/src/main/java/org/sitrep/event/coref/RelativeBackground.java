package org.sitrep.event.coref;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;

/**
 * Acts told in a relative clause as background about a participant, not reported as news: a past perfect
 * ("a former rebel who had signed the 2012 accord was among the dead", "by which time the raiders had fled")
 * or a progressive ("officers fired on men who were setting cars alight"). The sentence is about something
 * else; the clause describes who someone is or what they were doing, before or while the reported act
 * happened. A relative clause in the simple past ("on Tuesday, when the army shelled the port") tells an act
 * and is kept.
 */
final class RelativeBackground {
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that", "where", "when");

    private RelativeBackground() {
    }

    /** Whether the event anchored at {@code trigger} is told in a background relative clause. */
    static boolean test(Sentence s, int trigger) {
        if (s == null || trigger < 0 || trigger >= s.size()) {
            return false;
        }
        int clause = Habitual.clauseOf(s, trigger);
        if (clause < 0 || !s.token(clause).pos().startsWith("VB")) {
            return false;
        }
        // coordinated verbs share the clause: "people who were looting and burning shops"
        for (int step = 0; step < 2; step++) {
            Dependency up = s.headEdge(clause);
            if (up == null || !up.baseRelation().equals(Relations.CONJ) || hasSubject(s, clause)) {
                break;
            }
            clause = up.governor();
        }
        return relative(s, clause) && (pastPerfect(s, clause) || progressive(s, clause));
    }

    /**
     * A relative clause: parsed as one (acl:relcl), or hung loosely (dep) but opened by a relative word, as
     * its subject, object or the determiner of an oblique ("by which time").
     */
    private static boolean relative(Sentence s, int clause) {
        Dependency up = s.headEdge(clause);
        if (up == null || up.governor() < 0) {
            return false;
        }
        if (up.relation().equals(Relations.ACL_RELCL)) {
            return true;
        }
        if (!up.baseRelation().equals(Relations.DEP)) {
            return false;
        }
        for (Dependency d : s.children(clause)) {
            int c = d.dependent();
            if (c > clause) {
                continue;
            }
            if (isRelative(s, c)) {
                return true;
            }
            for (Dependency dd : s.children(c)) {
                if (dd.relation().equals(Relations.DET) && isRelative(s, dd.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRelative(Sentence s, int i) {
        String pos = s.token(i).pos();
        return (pos.startsWith("W") || pos.equals("DT")) && RELATIVES.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    /** "had V-ed": "had" as the clause's auxiliary. */
    private static boolean pastPerfect(Sentence s, int clause) {
        for (Dependency d : s.children(clause)) {
            if (d.relation().equals(Relations.AUX) && s.token(d.dependent()).word().equalsIgnoreCase("had")) {
                return true;
            }
        }
        return false;
    }

    /** "was/were V-ing". */
    private static boolean progressive(Sentence s, int clause) {
        if (!s.token(clause).pos().equals("VBG")) {
            return false;
        }
        for (Dependency d : s.children(clause)) {
            if (d.relation().equals(Relations.AUX) && s.token(d.dependent()).lemma().equalsIgnoreCase("be")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (d.relation().startsWith(Relations.NSUBJ)) {
                return true;
            }
        }
        return false;
    }
}
