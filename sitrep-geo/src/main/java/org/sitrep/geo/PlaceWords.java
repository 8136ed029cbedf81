package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The closed word lists of toponym recognition, resolution and event location, read once from
 * {@code knowledge/places/place_words.tsv} (list name, word). A word {@code @LIST} stands for every word of
 * that list, so the compass words are written once and shared by the lists that hold them.
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
        Map<String, List<KnowledgeTable.Row>> rows = new LinkedHashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 2)) {
            rows.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(row);
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String list : rows.keySet()) {
            out.put(list, Set.copyOf(words(list, rows, new ArrayList<>())));
        }
        return Map.copyOf(out);
    }

    private static Set<String> words(String list, Map<String, List<KnowledgeTable.Row>> rows, List<String> path) {
        path.add(list);
        Set<String> words = new LinkedHashSet<>();
        for (KnowledgeTable.Row row : rows.get(list)) {
            String word = row.cell(1);
            if (word.startsWith("@")) {
                String included = word.substring(1);
                if (!rows.containsKey(included) || path.contains(included)) {
                    throw row.error(path.contains(included) ? "list " + included + " includes itself"
                            : "no list named " + included);
                }
                for (String w : words(included, rows, path)) {
                    if (!words.add(w)) {
                        throw row.error("duplicate word " + w + " in list " + list + " (through @" + included + ")");
                    }
                }
            } else if (!words.add(word)) {
                throw row.error("duplicate word " + word + " in list " + list);
            }
        }
        path.remove(path.size() - 1);
        return words;
    }
}
