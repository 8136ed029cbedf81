package org.sitrep.codebook;

import org.sitrep.knowledge.KnowledgeTable;
import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO to PLOVER event types, read from {@code knowledge/codebook/plover.tsv}: the longest listed prefix of a code
 * decides, and "-" there means no PLOVER type.
 */
public final class PloverMapping {
    public static final String RESOURCE = "knowledge/codebook/plover.tsv";
    private static final String NONE = "-";

    private final Map<String, String> byPrefix;

    private PloverMapping(Map<String, String> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    public static PloverMapping load(CameoCodebook codebook) {
        Map<String, String> map = new HashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 2)) {
            if (!codebook.contains(row.cell(0))) {
                throw row.error("prefix is not a CAMEO code: " + row.cell(0));
            }
            if (map.put(row.cell(0), row.cell(1)) != null) {
                throw row.error("duplicate prefix " + row.cell(0));
            }
        }
        return new PloverMapping(map);
    }

    /** The PLOVER type of a CAMEO code, or null. */
    public String typeOf(String cameo) {
        for (int len = cameo.length(); len >= 2; len--) {
            String type = byPrefix.get(cameo.substring(0, len));
            if (type != null) {
                return NONE.equals(type) ? null : type;
            }
        }
        return null;
    }

    public Map<String, String> prefixes() {
        return byPrefix;
    }
}
