package org.sitrep.coding.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.InputException;

class ArticleGoldSetTest {
    private static Path project(String rel) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("gold"))) {
            p = p.getParent();
        }
        return p.resolve(rel);
    }

    @Test
    void bothHalvesLoadAndAreStratified() throws Exception {
        List<ArticleGold> tune = ArticleGoldSet.read(project("gold/articles/tune.jsonl"));
        List<ArticleGold> frozen = ArticleGoldSet.read(project("gold/articles/frozen.jsonl"));
        assertEquals(32, tune.size());
        assertEquals(32, frozen.size());
        Set<String> ids = new HashSet<>();
        for (List<ArticleGold> half : List.of(tune, frozen)) {
            assertEquals(8, half.stream().map(ArticleGold::region).distinct().count());
            assertEquals(8, half.stream().map(ArticleGold::type).distinct().count());
            for (ArticleGold a : half) {
                assertTrue(ids.add(a.id()), "duplicate id " + a.id());
                int words = a.text().split("\\s+").length;
                assertTrue(words >= 150 && words <= 400, a.id() + ": " + words + " words");
                assertTrue(a.events().stream().anyMatch(e -> e.asserted() && !e.optional()), a.id());
                for (ArticleGold.Event e : a.events()) {
                    assertTrue(e.cameo().stream().allMatch(c -> c.matches("\\d{3,4}")), a.id() + " " + e.cameo());
                    if (e.place() != null) {
                        assertTrue(Math.abs(e.place().lat()) <= 90 && Math.abs(e.place().lon()) <= 180);
                    }
                }
            }
        }
        assertTrue(tune.stream().mapToInt(a -> a.forbidden().size()).sum() >= 60);
    }

    @Test
    void aFragmentNotInTheTextIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.jsonl");
        Files.writeString(f, "{\"id\":\"x\",\"published\":\"2025-01-01\",\"text\":\"Police arrested a man.\","
                + "\"events\":[{\"cameo\":[\"173\"],\"date\":[\"2025-01-01\",\"2025-01-01\"],\"evidence\":\"soldiers shot\"}]}\n");
        InputException e = assertThrows(InputException.class, () -> ArticleGoldSet.read(f));
        assertTrue(e.getMessage().contains("g.jsonl:1"), e.getMessage());
        assertTrue(e.getMessage().contains("soldiers shot"), e.getMessage());
    }
}
