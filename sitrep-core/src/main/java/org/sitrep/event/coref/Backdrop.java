package org.sitrep.event.coref;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;

/**
 * Event nouns that are the backdrop of a sentence, not an occurrence it reports: the starting point of a
 * span ("since the invasion of Ukraine", "the first tankers since the ceasefire began"), what another coded
 * act is done to ("suspended peace talks", "boycotted talks", "accused each other of violating the truce"),
 * and a meeting that only sets the scene ("announced after an extraordinary summit", "told reporters after
 * the meeting"). The act that names them is the event; the noun adds nothing that happened on its own.
 * Also background named through another noun ("relatives of the victims of the 2020 explosion", "the
 * anniversary of demonstrations", "directors general of military operations"; {@code SETTING} nouns), an
 * audience ("told a rally", {@code AUDIENCE} verbs) and a protest or meeting where another coded act took
 * place ("were arrested at a rally"); and a demand that is a protest's aim ("marched to demand that ...").
 */
final class Backdrop {
    /** Prepositions that make a meeting noun a scene-setter: "at", "after", "before", "during", "following". */
    private static final Set<String> SCENE = Set.of("at", "after", "before", "during", "following");

    private Backdrop() {
    }

    /**
     * Whether the nominal event {@code m} is backdrop; {@code others} are the other mentions of the article
     * (only those of its own sentence are read).
     */
    static boolean test(Mention m, List<Mention> others, CorefLexicon lexicon) {
        Sentence s = m.sentence();
        int t = m.trigger();
        if (s == null || t < 0 || t >= s.size()) {
            return false;
        }
        if (protestAim(m, others)) {
            return true;
        }
        if (marked(s, t, "since") && (s.token(t).pos().startsWith("NN") || s.token(t).pos().equals("VBG"))) {
            return true; // "since the invasion", "has expelled diplomats since seizing power in 2022"
        }
        if (!s.token(t).pos().startsWith("NN")) {
            return false;
        }
        Dependency up = s.headEdge(t);
        if (up == null || up.governor() < 0) {
            return false;
        }
        int gov = up.governor();
        if (setting(s, up, lexicon)) {
            return true;
        }
        String govLemma = s.token(gov).lemma().toLowerCase(Locale.ROOT);
        boolean gathering = "meeting".equals(m.family()) || "protest".equals(m.family());
        if (gathering && lexicon.is("AUDIENCE", govLemma) && s.token(gov).pos().startsWith("VB")
                && (up.baseRelation().equals(Relations.OBJ) || up.baseRelation().equals(Relations.OBL)
                && marked(s, t, "to"))) {
            return true; // "Maduro told a rally of militia members"
        }
        if (gathering && up.baseRelation().equals(Relations.OBL) && (marked(s, t, "at") || marked(s, t, "during"))) {
            for (Mention o : others) {
                if (o != m && o.sentence() == s && o.trigger() == gov && !o.event().cameo().startsWith("03")
                        && !java.util.Objects.equals(o.family(), m.family())) {
                    return true; // "they were arrested at a rally": the arrest is the event, the rally its scene
                }
            }
        }
        if (up.relation().startsWith(Relations.NSUBJ) && marked(s, gov, "since")) {
            return true; // "since the ceasefire began"
        }
        String base = up.baseRelation();
        if ("meeting".equals(m.family()) && base.equals(Relations.OBL) && s.token(gov).pos().startsWith("VB")) {
            for (Dependency d : s.children(t)) {
                if (d.relation().equals(Relations.CASE)
                        && SCENE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        boolean object = base.equals(Relations.OBJ) || up.relation().equals(Relations.NSUBJ_PASS);
        if (!object || !s.token(gov).pos().startsWith("VB")) {
            return false;
        }
        for (Mention o : others) {
            if (o != m && o.sentence() == s && o.trigger() == gov && !o.event().cameo().startsWith("03")) {
                return true; // "suspended peace talks": the suspension is the event
            }
        }
        return false;
    }

    /**
     * A demand that is what a protest in the same clause is for ("marched to demand that ...", "rallied ...,
     * demanding that ..."): the protest is the event, the demand its aim (CAMEO codes protests by their aim).
     */
    private static boolean protestAim(Mention m, List<Mention> others) {
        if (!m.event().cameo().startsWith("10")) {
            return false;
        }
        Sentence s = m.sentence();
        Dependency up = s.headEdge(m.trigger());
        if (up == null || up.governor() < 0 || !(up.baseRelation().equals(Relations.XCOMP)
                || up.baseRelation().equals(Relations.ADVCL))) {
            return false;
        }
        for (Mention o : others) {
            if (o != m && o.sentence() == s && o.trigger() == up.governor() && "protest".equals(o.family())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun on edge {@code up} is the "of" phrase of a {@code SETTING} noun, directly or through an
     * adjective ("the victims of the explosion", "directors general of military operations").
     */
    private static boolean setting(Sentence s, Dependency up, CorefLexicon lexicon) {
        String base = up.baseRelation();
        if (!(base.equals(Relations.NMOD) || base.equals(Relations.OBL)) || !marked(s, up.dependent(), "of")) {
            return false;
        }
        int gov = up.governor();
        if (s.token(gov).pos().startsWith("JJ")) {
            Dependency adj = s.headEdge(gov);
            gov = adj == null || adj.governor() < 0 ? -1 : adj.governor();
        }
        return gov >= 0 && s.token(gov).pos().startsWith("NN") && lexicon.is("SETTING", s.token(gov).lemma());
    }

    /** Whether a word carries the preposition or subordinator {@code word}. */
    private static boolean marked(Sentence s, int t, String word) {
        for (Dependency d : s.children(t)) {
            if ((d.relation().equals(Relations.CASE) || d.relation().equals(Relations.MARK))
                    && s.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
