package org.sitrep.event.coref;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The words and CAMEO codes coreference reads, from {@code knowledge/events/coref.tsv}: code families, weapon and
 * consequence codes, pointing-back determiners, generic modifiers, figurative targets, site nouns, retaliation verbs,
 * place placeholders, non-actor words and pronouns.
 */
public final class CorefLexicon {
    static final String RESOURCE = "knowledge/events/coref.tsv";

    private final Map<String, String> families;
    private final Map<String, Set<String>> words;

    private CorefLexicon(Map<String, String> families, Map<String, Set<String>> words) {
        this.families = families;
        this.words = words;
    }

    public static CorefLexicon load() {
        Map<String, String> families = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        Set<String> kinds = Set.of("FAMILY", "KIN", "WEAPON", "CONSEQUENCE", "DEFINITE", "GENERIC", "FIGURATIVE", "SITE",
                "PLACEHOLDER", "NONACTOR", "PRONOUN", "HABITUAL", "SPAN", "COUNTER",
                "SETTING", "AUDIENCE", "CHARGE");
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 3)) {
            String kind = row.cell(0);
            if (!kinds.contains(kind)) {
                throw row.error("unknown kind " + kind);
            }
            if (kind.equals("FAMILY")) {
                if (families.put(row.cell(1), row.cell(2)) != null) {
                    throw row.error("duplicate family prefix " + row.cell(1));
                }
            } else if (kind.equals("KIN")) {
                words.computeIfAbsent(kind, k -> new HashSet<>()).add(row.cell(1) + "|" + row.cell(2));
                words.get(kind).add(row.cell(2) + "|" + row.cell(1));
            } else if (!words.computeIfAbsent(kind, k -> new HashSet<>()).add(row.cell(1).toLowerCase(Locale.ROOT))) {
                throw row.error("duplicate " + kind + " " + row.cell(1));
            }
        }
        return new CorefLexicon(Map.copyOf(families), Map.copyOf(words));
    }

    /** The family of a CAMEO code by its longest listed prefix, or null when its events are never merged. */
    public String family(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            String f = families.get(cameo.substring(0, n));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Whether {@code word} is listed under {@code kind} (WEAPON, CONSEQUENCE, DEFINITE, GENERIC, ...). */
    public boolean is(String kind, String word) {
        return word != null && words.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether two CAMEO codes name kindred acts that one occurrence is often called by both. */
    public boolean kin(String a, String b) {
        return words.getOrDefault("KIN", Set.of()).contains(a + "|" + b);
    }

    Set<String> familyPrefixes() {
        return families.keySet();
    }
}
