package org.sitrep.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.KnowledgeTable;
import org.sitrep.model.Factuality;

/**
 * Factuality cues from {@code knowledge/events/factuality.tsv}: negators, modal auxiliaries, hedging adverbs,
 * subordinators, and governing verbs and nouns of prevention, denial, allegation, intent and threat.
 */
public final class FactualityLexicon {
    public static final String RESOURCE = "knowledge/events/factuality.tsv";

    /**
     * One cue.
     *
     * @param clauseOnly for governors: applies only through a clausal complement
     * @param ofPhrase for governors that apply only through a clause: also through an oblique or nominal
     *                 modifier with "of" or "for" ("accused Kigali of arming the group", "blamed them for the raid")
     */
    public record Cue(String word, String position, Factuality factuality, String kind, boolean clauseOnly,
                      boolean ofPhrase) {
    }

    private final Map<String, Map<String, Cue>> byPosition;

    private FactualityLexicon(Map<String, Map<String, Cue>> byPosition) {
        this.byPosition = byPosition;
    }

    public static FactualityLexicon load() {
        Map<String, Map<String, Cue>> map = new HashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 5)) {
            String position = row.cell(1);
            if (!position.matches("neg|det|amod|aux|advmod|mark|governor")) {
                throw row.error("unknown position " + position);
            }
            Factuality f;
            try {
                f = Factuality.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown factuality " + row.cell(2));
            }
            String via = row.cell(4);
            if (position.equals("governor") != !via.equals("-") || !via.matches("-|clause|of|any")) {
                throw row.error("via must be clause, of or any for governors, - otherwise: " + via);
            }
            Cue cue = new Cue(row.cell(0), position, f, row.cell(3), !via.equals("any") && !via.equals("-"),
                    via.equals("of"));
            if (map.computeIfAbsent(position, k -> new HashMap<>()).put(row.cell(0), cue) != null) {
                throw row.error("duplicate cue " + row.cell(0) + " at " + position);
            }
        }
        return new FactualityLexicon(map);
    }

    /** The cue for a word at a position, or null. */
    public Cue cue(String position, String lemma) {
        Map<String, Cue> m = byPosition.get(position);
        return m == null ? null : m.get(lemma);
    }

    public Map<String, Map<String, Cue>> all() {
        return byPosition;
    }
}
