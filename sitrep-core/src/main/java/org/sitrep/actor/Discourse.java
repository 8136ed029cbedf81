package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.Actor;

/**
 * The actors an article has named so far, in text order: what a later "he", "the group" or bare
 * surname may point back to, within a window of sentences.
 */
final class Discourse {
    /** How far back (in sentences) a pronoun may look for its antecedent. */
    static final int PRONOUN_WINDOW = 4;
    /** How far back (in sentences) "the group" may look for its antecedent. */
    static final int NOUN_WINDOW = 6;

    /** What kind of thing a discourse mention is, for coreference. */
    enum Kind { PERSON, ORGANISATION, STATE, GROUP }

    /** A resolved mention in the discourse. */
    record Mention(int sentence, int head, int start, int end, Actor actor, Kind kind) {
    }

    private final List<Mention> mentions = new ArrayList<>();

    void add(Mention m) {
        mentions.add(m);
    }

    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    /** The latest mention of a kind before (sentence, position), within a window; role filters organisations. */
    Mention latest(int sentence, int position, int window, Kind kind, String role) {
        return latest(sentence, position, window, kind, role, false);
    }

    /** As above; {@code anyBody} lets a pronoun point at a state body ("the Guard Corps said it..."). */
    Mention latest(int sentence, int position, int window, Kind kind, String role, boolean anyBody) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
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
            if (kind == Kind.ORGANISATION && role == null && !anyBody && Roles.isStateRole(m.actor().role())) {
                continue;
            }
            if (role != null && !Roles.compatible(role, m.actor().role())) {
                continue;
            }
            return m;
        }
        return null;
    }

    /** The mention whose words [start, end) of a sentence cover a token, or null. */
    Mention covering(int sentence, int token) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.sentence() == sentence && m.start() <= token && token < m.end()) {
                return m;
            }
            if (m.sentence() < sentence) {
                break;
            }
        }
        return null;
    }

    /** An earlier person whose name this run repeats or shortens ("Askary" for "Abu Ali al-Askary"). */
    Mention earlierPerson(int sentence, int position, Sentence s, int[] run) {
        String last = nameKey(s.token(run[1] - 1).word());
        if (last.isEmpty()) {
            return null;
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
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
        return AliasNormalizer.key(parts.get(parts.size() - 1));
    }
}
