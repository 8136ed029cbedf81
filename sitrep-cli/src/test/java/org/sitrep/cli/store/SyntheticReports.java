package org.sitrep.cli.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Short conflict reports written by the tests that kill, crash or query a running {@code sitrep ingest}: one
 * per place and kind of act, each a real sentence the coder codes, made distinct by a numbered last line.
 */
final class SyntheticReports {
    private static final String[] PLACES = {"Goma", "Mosul", "Kabul", "Mogadishu", "Kinshasa", "Aleppo", "Bamako",
        "Juba", "Kirkuk", "Herat", "Benghazi", "Sanaa", "Maiduguri", "Bunia", "Kandahar", "Idlib", "Gao", "Tripoli",
        "Homs", "Mopti", "Beni", "Uvira", "Kismayo", "Baidoa", "Ghazni", "Sirte", "Taiz", "Marib", "Bentiu", "Malakal"};
    private static final String[] ACTS = {"Rebels attacked a police post near %s on Monday, killing three officers.",
        "Police arrested ten protesters in %s on Tuesday, witnesses said.",
        "Soldiers clashed with militants outside %s on Wednesday, officials said.",
        "A car bomb exploded at a market in %s on Thursday, killing five people."};

    private SyntheticReports() {
    }

    /**
     * Writes four reports for each of the first {@code places} places, dated in {@code month} (YYYY-MM).
     * With {@code folders}, each place gets a folder holding the same file names (ids must not collide) and a
     * wire copy of the first report's event stands beside them (dedup gets a cluster to keep consistent).
     *
     * @return how many files were written
     */
    static int write(Path dir, int places, String month, boolean folders) throws IOException {
        int n = 0;
        for (int p = 0; p < places; p++) {
            String place = PLACES[p];
            for (int k = 0; k < ACTS.length; k++) {
                Path file = folders
                        ? Files.createDirectories(dir.resolve(place.toLowerCase())).resolve("report" + k + ".txt")
                        : dir.resolve(place.toLowerCase() + k + ".txt");
                Files.writeString(file, "date " + month + "-1" + (n % 8) + " " + place + " report\n"
                        + String.format(ACTS[k], place) + "\nThe report was number " + n + ".\n");
                n++;
            }
        }
        if (folders) {
            Files.writeString(dir.resolve("wire.txt"), "date " + month + "-10 Goma\n" + String.format(ACTS[0], "Goma") + "\n");
            n++;
        }
        return n;
    }
}
