package org.sitrep.geo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.InputException;

/** Samples written for this test in the published XML layouts of the "Pragmatic Guide" corpora. */
class GeoXmlCorpusTest {
    @TempDir
    Path dir;

    @Test
    void readsTheToponymLayoutWithGaztagCoordinates() throws Exception {
        Path f = dir.resolve("lgl-sample.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="utf-8"?>
                <articles>
                  <article docid="38765">
                    <title>Flood warning</title>
                    <text>Crews in Macon, Georgia, cleared roads near the Ocmulgee.</text>
                    <toponyms>
                      <toponym><start>9</start><end>14</end><phrase>Macon</phrase>
                        <gaztag geonameid="4207400"><name>Macon</name><lat>32.84069</lat><lon>-83.6324</lon></gaztag></toponym>
                      <toponym><start>16</start><end>23</end><phrase>Georgia</phrase>
                        <gaztag geonameid="4197000"><name>Georgia</name><lat>32.75042</lat><lon>-83.50018</lon></gaztag></toponym>
                      <toponym><start>48</start><end>56</end><phrase>Ocmulgee</phrase></toponym>
                    </toponyms>
                  </article>
                </articles>
                """);
        GeoXmlCorpus.Corpus c = GeoXmlCorpus.readCorpus(f);
        assertEquals(1, c.articles().size());
        GoldArticle a = c.articles().get(0);
        assertEquals("38765", a.id());
        assertEquals("Flood warning", a.title());
        assertEquals(List.of("Macon", "Georgia"), a.toponyms().stream().map(GoldToponym::phrase).toList());
        assertEquals(32.84069, a.toponyms().get(0).lat(), 1e-9);
        assertEquals(-83.50018, a.toponyms().get(1).lon(), 1e-9);
        assertEquals(1, c.skipped(), "the toponym without coordinates is left out");
    }

    @Test
    void readsTheLocationLayoutWithOffsetsOnePastAndCodePoints() throws Exception {
        Path f = dir.resolve("geovirus-sample.xml");
        // "é" and the emoji: offsets count code points; GeoVirus-style offsets are one past the true ones
        Files.writeString(f, """
                <articles>
                  <article>
                    <source>https://example.org/a</source>
                    <text>\uD83D\uDE37 Cases rose in Québec and Ontario.</text>
                    <locations>
                      <location><name>Québec</name><start>16</start><end>22</end><lat>52.0</lat><lon>-72.0</lon></location>
                      <location><name>Ontario</name><start>27</start><end>34</end><lat>50.0</lat><lon>-86.0</lon></location>
                    </locations>
                  </article>
                </articles>
                """);
        GoldArticle a = GeoXmlCorpus.read(f).get(0);
        assertEquals(2, a.toponyms().size());
        GoldToponym quebec = a.toponyms().get(0);
        assertEquals("Québec", a.text().substring(quebec.start(), quebec.end()));
        GoldToponym ontario = a.toponyms().get(1);
        assertEquals("Ontario", a.text().substring(ontario.start(), ontario.end()));
    }

    @Test
    void badXmlNamesTheFile() throws Exception {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<articles><article><text>x</text></articles>");
        InputException e = assertThrows(InputException.class, () -> GeoXmlCorpus.read(f));
        assertTrue(e.getMessage().contains("broken.xml") && e.getMessage().contains("not well-formed"), e.getMessage());
    }
}
