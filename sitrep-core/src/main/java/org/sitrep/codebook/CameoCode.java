package org.sitrep.codebook;

/**
 * One CAMEO event code from the codebook.
 *
 * @param code      two to four digits ("19", "190", "1951")
 * @param name      the codebook's name
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein conflict-cooperation weight, -10..+10
 */
public record CameoCode(String code, String name, int quadClass, double goldstein) {

    /** The root: the first two digits. */
    public String root() {
        return code.substring(0, 2);
    }

    /** Whether this is one of the violent roots 18, 19 or 20. */
    public boolean isViolent() {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }
}
