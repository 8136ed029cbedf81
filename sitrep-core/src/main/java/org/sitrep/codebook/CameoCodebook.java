package org.sitrep.codebook;

import org.sitrep.knowledge.KnowledgeTable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every CAMEO event code with name, quad class and Goldstein value, read from {@code knowledge/codebook/cameo.tsv}. */
public final class CameoCodebook {
    public static final String RESOURCE = "knowledge/codebook/cameo.tsv";

    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static CameoCodebook load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 4)) {
            String code = row.cell(0);
            if (!code.matches("[0-2][0-9]{1,3}")) {
                throw row.error("not a CAMEO code: " + code);
            }
            int quad;
            double goldstein;
            try {
                quad = Integer.parseInt(row.cell(2));
                goldstein = Double.parseDouble(row.cell(3));
            } catch (NumberFormatException e) {
                throw row.error("bad quad class or Goldstein value");
            }
            if (quad < 1 || quad > 4 || goldstein < -10 || goldstein > 10) {
                throw row.error("quad class or Goldstein value out of range");
            }
            if (codes.put(code, new CameoCode(code, row.cell(1), quad, goldstein)) != null) {
                throw row.error("duplicate code " + code);
            }
        }
        return new CameoCodebook(codes);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /**
     * The entry for a code.
     *
     * @throws IllegalArgumentException for a code the codebook does not list
     */
    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return c;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
