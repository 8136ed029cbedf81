package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * CAMEO root codes grouped into families whose events may be reports of one happening, read from
 * {@code cameo-families.tsv}.
 */
public final class CameoFamilies {
    /** One root's family. */
    public record Family(String root, String family, boolean symmetric, String rootName) {
    }

    private final Map<String, Family> byRoot;

    private CameoFamilies(Map<String, Family> byRoot) {
        this.byRoot = Collections.unmodifiableMap(byRoot);
    }

    public static CameoFamilies load() {
        Map<String, Family> map = new LinkedHashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read("knowledge/dedup/cameo-families.tsv", 4)) {
            Family fam = new Family(row.cell(0), row.cell(1), "yes".equals(row.cell(2)), row.cell(3));
            if (map.put(fam.root(), fam) != null) {
                throw row.error("duplicate root " + fam.root());
            }
        }
        return new CameoFamilies(map);
    }

    /** The family of a CAMEO code (any length), or the root itself when the root is not listed. */
    public String familyOf(String cameo) {
        String root = root(cameo);
        Family f = byRoot.get(root);
        return f == null ? root : f.family();
    }

    public boolean symmetric(String cameo) {
        Family f = byRoot.get(root(cameo));
        return f != null && f.symmetric();
    }

    /** Every root in the same family as the given code, for the store's candidate search. */
    public List<String> rootsLike(String cameo) {
        String family = familyOf(cameo);
        List<String> out = new ArrayList<>();
        for (Family f : byRoot.values()) {
            if (f.family().equals(family)) {
                out.add(f.root());
            }
        }
        if (out.isEmpty()) {
            out.add(root(cameo));
        }
        return out;
    }

    public Map<String, Family> all() {
        return byRoot;
    }

    private static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }
}
