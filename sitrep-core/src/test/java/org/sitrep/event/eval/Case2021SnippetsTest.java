package org.sitrep.event.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.InputException;

class Case2021SnippetsTest {
    private static final Set<String> LABELS = new HashSet<>(Case2021Labels.load().allLabels());

    @Test
    void readsHeaderlessTextAndLabelColumns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.tsv");
        Files.writeString(f, "On 3 May, police arrested two traders in Kano.\tARREST\n"
                + "\n"
                + "Rebels and the army fought near Goma.\tARMED_CLASH\n");
        List<Case2021Snippets.Snippet> s = Case2021Snippets.read(f, LABELS);
        assertEquals(2, s.size());
        assertEquals(new Case2021Snippets.Snippet("1", "On 3 May, police arrested two traders in Kano.", "ARREST"), s.get(0));
        assertEquals("3", s.get(1).id(), "the id is the line number");
        assertEquals("ARMED_CLASH", s.get(1).label());
    }

    @Test
    void readsAnIdColumnInAnyPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.tsv");
        Files.writeString(f, "17\tA drone struck a truck near Marib.\tAIR_STRIKE\n"
                + "Students marched in Dhaka.\t18\tPEACE_PROTEST\n");
        List<Case2021Snippets.Snippet> s = Case2021Snippets.read(f, LABELS);
        assertEquals(new Case2021Snippets.Snippet("17", "A drone struck a truck near Marib.", "AIR_STRIKE"), s.get(0));
        assertEquals(new Case2021Snippets.Snippet("18", "Students marched in Dhaka.", "PEACE_PROTEST"), s.get(1));
    }

    @Test
    void readsAHeaderNamingTheColumns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.tsv");
        Files.writeString(f, "id\tevent_type\ttext\n"
                + "a7\tGRENADE\tA grenade was thrown at a bar in Bujumbura.\n");
        List<Case2021Snippets.Snippet> s = Case2021Snippets.read(f, LABELS);
        assertEquals(List.of(new Case2021Snippets.Snippet("a7", "A grenade was thrown at a bar in Bujumbura.", "GRENADE")), s);
    }

    @Test
    void readsJsonLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.jsonl");
        Files.writeString(f, "{\"id\": \"x1\", \"text\": \"Gunmen abducted a priest.\", \"label\": \"ABDUCT_DISSAP\"}\n");
        assertEquals("ABDUCT_DISSAP", Case2021Snippets.read(f, LABELS).get(0).label());
    }

    @Test
    void aLineWithoutALabelNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "Police arrested a man.\tARREST\nSoldiers fought.\tBATTLE\n");
        InputException e = assertThrows(InputException.class, () -> Case2021Snippets.read(f, LABELS));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("label"), e.getMessage());
        Path one = dir.resolve("one.tsv");
        Files.writeString(one, "just text\n");
        assertThrows(InputException.class, () -> Case2021Snippets.read(one, LABELS));
    }

    @Test
    void theHalvesAreFixedDisjointAndRoughlyEqual() {
        List<Case2021Snippets.Snippet> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(new Case2021Snippets.Snippet(String.valueOf(i), "t", "ARREST"));
        }
        List<Case2021Snippets.Snippet> tune = Case2021Snippets.half(all, "tune");
        List<Case2021Snippets.Snippet> frozen = Case2021Snippets.half(all, "frozen");
        assertEquals(1000, tune.size() + frozen.size());
        assertTrue(tune.size() > 450 && tune.size() < 550, "tune " + tune.size());
        assertTrue(tune.stream().noneMatch(frozen::contains));
        // fixed by the id's SHA-256 alone: these values are part of the protocol and must never change
        assertEquals(Case2021Snippets.half("0"), Case2021Snippets.half("0"));
        assertEquals(List.of("frozen", "tune", "tune", "frozen"),
                List.of(Case2021Snippets.half("1"), Case2021Snippets.half("2"), Case2021Snippets.half("3"),
                        Case2021Snippets.half("4")));
        assertThrows(IllegalArgumentException.class, () -> Case2021Snippets.half(all, "dev"));
    }

    @Test
    void theTuneHalfSplitsIntoTwoFixedPartsThatTogetherAreIt() {
        List<Case2021Snippets.Snippet> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(new Case2021Snippets.Snippet(String.valueOf(i), "t", "ARREST"));
        }
        List<Case2021Snippets.Snippet> tune = Case2021Snippets.half(all, "tune");
        List<Case2021Snippets.Snippet> a = Case2021Snippets.half(all, "tune-a");
        List<Case2021Snippets.Snippet> b = Case2021Snippets.half(all, "tune-b");
        assertEquals(tune.size(), a.size() + b.size());
        assertTrue(a.stream().noneMatch(b::contains));
        assertTrue(tune.containsAll(a) && tune.containsAll(b));
        assertTrue(a.size() > 200 && a.size() < 300, "tune-a " + a.size());
        // the second bit of the same SHA-256 byte: fixed values, part of the protocol
        assertEquals(List.of("frozen", "tune-a", "tune-b", "frozen", "tune-a", "tune-b"),
                List.of(Case2021Snippets.part("1"), Case2021Snippets.part("2"), Case2021Snippets.part("3"),
                        Case2021Snippets.part("4"), Case2021Snippets.part("8"), Case2021Snippets.part("10")));
        assertThrows(IllegalArgumentException.class, () -> Case2021Snippets.half(all, "tune-c"));
    }
}
