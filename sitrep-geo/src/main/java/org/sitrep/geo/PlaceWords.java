package org.sitrep.geo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The closed word lists of toponym recognition, resolution and event location, read once from
 * {@code knowledge/places/place_words.tsv} (list name, word).
 */
final class PlaceWords {
    static final String RESOURCE = "knowledge/places/place_words.tsv";
    private static final Map<String, Set<String>> LISTS = read();

    private PlaceWords() {
    }

    /** The words of one list. */
    static Set<String> set(String list) {
        Set<String> words = LISTS.get(list);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + ": no list named " + list);
        }
        return words;
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 2)) {
            if (!lists.computeIfAbsent(row.cell(0), k -> new LinkedHashSet<>()).add(row.cell(1))) {
                throw row.error("duplicate word " + row.cell(1) + " in list " + row.cell(0));
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }
}
