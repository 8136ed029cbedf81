package org.sitrep.codebook;

/**
 * The three codebooks read together: CAMEO codes, and the PLOVER and ACLED mappings checked against them.
 */
public record Codebook(CameoCodebook cameo, PloverMapping plover, AcledMapping acled) {

    public static Codebook load() {
        CameoCodebook cameo = CameoCodebook.load();
        return new Codebook(cameo, PloverMapping.load(cameo), AcledMapping.load(cameo));
    }
}
