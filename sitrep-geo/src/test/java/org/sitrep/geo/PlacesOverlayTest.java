package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.knowledge.Knowledge;

/** A user's own gazetteer rows, in a file named like a curated one, become places. */
class PlacesOverlayTest {

    @Test
    void anOverlaidSiteIsAPlaceWithItsAlternateName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("places"));
        Files.writeString(dir.resolve("places/sites.tsv"), "# my sites\n"
                + "Qaryat Zawiya Test Camp\tZawiya Test Camp\tsite\t32.7600\t12.7200\tLY\t\tZawiya\t\n");
        Gazetteer g = Gazetteer.load(new Knowledge(dir));
        List<GazetteerEntry> found = g.candidates("Zawiya Test Camp");
        assertThat(found).hasSize(1);
        GazetteerEntry e = found.get(0);
        assertThat(e.name()).isEqualTo("Qaryat Zawiya Test Camp");
        assertThat(e.feature()).isEqualTo(Feature.SITE);
        assertThat(e.country()).isEqualTo("LY");
        assertThat(e.lat()).isEqualTo(32.76);
        assertThat(g.candidates("Qaryat Zawiya Test Camp")).containsExactly(e);
    }
}
