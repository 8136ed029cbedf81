package org.sitrep.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.CameoCodebook;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * Mode cues and word classes from {@code knowledge/events/modes.tsv}: weapons and manner words that refine the ACLED
 * sub-event, classes of actors (protesters, civilians, armed men, unknown assailants) read by role, and the
 * word classes verb frames constrain their objects with.
 */
public final class ModeLexicon {
    public static final String RESOURCE = "knowledge/events/modes.tsv";

    /** What one term means for one kind; {@code cameo} is the code an instrument subject implies, or null. */
    public record Entry(String term, String kind, Set<String> tags, String cameo) {
    }

    private final Map<String, Map<String, Entry>> byKind;
    private final Map<String, Map<String, Map<String, Entry>>> twoWordByKind;

    private ModeLexicon(Map<String, Map<String, Entry>> byKind,
                        Map<String, Map<String, Map<String, Entry>>> twoWordByKind) {
        this.byKind = byKind;
        this.twoWordByKind = twoWordByKind;
    }

    public static ModeLexicon load(CameoCodebook codebook) {
        Map<String, Map<String, Entry>> one = new HashMap<>();
        Map<String, Map<String, Map<String, Entry>>> two = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 4)) {
            String term = row.cell(0);
            String kind = row.cell(1);
            if (!kind.equals("manner") && !kind.equals("actor") && !kind.equals("class") && !kind.equals("sentence")) {
                throw row.error("kind must be manner, sentence, actor or class: " + kind);
            }
            if (!seen.add(term + "\t" + kind)) {
                throw row.error("duplicate term " + term + " for kind " + kind);
            }
            String cameo = "-".equals(row.cell(3)) ? null : row.cell(3);
            if (cameo != null && !codebook.contains(cameo)) {
                throw row.error("CAMEO code not in the codebook: " + cameo);
            }
            Entry e = new Entry(term, kind, new LinkedHashSet<>(List.of(row.cell(2).split("\\+"))), cameo);
            String[] words = term.split(" ");
            if (words.length == 1) {
                one.computeIfAbsent(kind, k -> new HashMap<>()).put(term, e);
            } else if (words.length == 2) {
                two.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(words[1], k -> new HashMap<>())
                        .put(words[0], e);
            } else {
                throw row.error("a term has one or two words: " + term);
            }
        }
        return new ModeLexicon(one, two);
    }

    /** The entry for a head lemma of a kind, given the lemmas of its compound/amod modifiers; or null. */
    Entry lookup(String kind, String head, List<String> modifiers) {
        Map<String, Map<String, Entry>> two = twoWordByKind.get(kind);
        if (two != null) {
            Map<String, Entry> byMod = two.get(head);
            if (byMod != null) {
                for (String m : modifiers) {
                    Entry e = byMod.get(m);
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        Map<String, Entry> one = byKind.get(kind);
        return one == null ? null : one.get(head);
    }

    /** Whether the lemma (a head or modifier) is listed for a kind, ignoring two-word terms. */
    Entry single(String kind, String lemma) {
        Map<String, Entry> one = byKind.get(kind);
        return one == null ? null : one.get(lemma);
    }

    /** Every tag used by entries of a kind. */
    public Set<String> tags(String kind) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Entry> one = byKind.getOrDefault(kind, Map.of());
        one.values().forEach(e -> out.addAll(e.tags()));
        twoWordByKind.getOrDefault(kind, Map.of()).values()
                .forEach(m -> m.values().forEach(e -> out.addAll(e.tags())));
        return out;
    }
}
