package org.sitrep.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        String name = "cameo-families.tsv";
        try (InputStream in = CameoFamilies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<String, Family> map = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(name + ":" + n + ": expected 4 columns, got " + f.length);
                }
                Family fam = new Family(f[0], f[1], "yes".equals(f[2]), f[3]);
                if (map.put(fam.root(), fam) != null) {
                    throw new IllegalStateException(name + ":" + n + ": duplicate root " + fam.root());
                }
            }
            return new CameoFamilies(map);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
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
