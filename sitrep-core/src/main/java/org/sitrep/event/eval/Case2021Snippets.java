package org.sitrep.event.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.article.InputException;

/**
 * Reads CASE 2021 task 2 snippets with their gold labels, in either of two shapes: JSON Lines with
 * {@code id}, {@code text} and {@code label}, or the task's own tab-separated files (a {@code .tsv} or
 * {@code .txt}). A TSV file may start with a header naming its columns ({@code id}, {@code text} or
 * {@code snippet}, {@code label} or {@code event_type}); without one, each line holds the text and the
 * label and optionally an integer id, in any order: the label is the column that is one of the task's
 * labels, the id the integer column, the text the rest. Without an id column a snippet's id is its line
 * number. Also splits a set into two fixed halves by a hash of each id ({@link #half(String)}), and the tune
 * half into two fixed parts by the same hash ({@link #part(String)}).
 */
public final class Case2021Snippets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names {@link #half(List, String)} accepts. */
    public static final List<String> HALVES = List.of("tune", "frozen", "tune-a", "tune-b");

    /** One gold snippet. */
    public record Snippet(String id, String text, String label) {
    }

    private Case2021Snippets() {
    }

    /** Reads a snippet file; {@code labels} are the task's labels, used to find the label column of a TSV. */
    public static List<Snippet> read(Path file, Set<String> labels) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no such file (pass the gold set's path)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<Snippet> out = first.stripLeading().startsWith("{") ? jsonl(file, lines) : tsv(file, lines, labels);
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "no snippets");
        }
        return out;
    }

    private static List<Snippet> jsonl(Path file, List<String> lines) throws InputException {
        List<Snippet> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = JSON.readTree(lines.get(n));
            } catch (IOException e) {
                throw new InputException(file + ":" + (n + 1), "not a JSON object");
            }
            if (o == null || !o.hasNonNull("id") || !o.hasNonNull("text") || !o.hasNonNull("label")) {
                throw new InputException(file + ":" + (n + 1), "needs id, text and label");
            }
            out.add(new Snippet(o.get("id").asText(), o.get("text").asText(), o.get("label").asText()));
        }
        return out;
    }

    private static List<Snippet> tsv(Path file, List<String> lines, Set<String> labels) throws InputException {
        List<Snippet> out = new ArrayList<>();
        int idCol = -1;
        int textCol = -1;
        int labelCol = -1;
        int start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        if (start < lines.size()) {
            String[] head = lines.get(start).split("\t", -1);
            for (int k = 0; k < head.length; k++) {
                String h = head[k].strip().toLowerCase(Locale.ROOT);
                if (h.equals("id") || h.equals("snippet_id")) {
                    idCol = k;
                } else if (h.equals("text") || h.equals("snippet") || h.equals("notes")) {
                    textCol = k;
                } else if (h.equals("label") || h.equals("event_type") || h.equals("type") || h.equals("class")) {
                    labelCol = k;
                }
            }
            if (textCol >= 0 && labelCol >= 0) {
                start++;
            } else {
                idCol = textCol = labelCol = -1;
            }
        }
        for (int n = start; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            String[] cols = line.split("\t", -1);
            if (textCol >= 0) {
                if (cols.length <= Math.max(textCol, Math.max(labelCol, idCol))) {
                    throw new InputException(where, "fewer columns than the header names");
                }
                String id = idCol >= 0 ? cols[idCol].strip() : String.valueOf(n + 1);
                out.add(new Snippet(id, cols[textCol].strip(), label(where, cols[labelCol], labels)));
                continue;
            }
            if (cols.length < 2 || cols.length > 3) {
                throw new InputException(where, "expected 2 or 3 tab-separated columns (text, label, optional id), found "
                        + cols.length);
            }
            int l = -1;
            int i = -1;
            for (int k = 0; k < cols.length; k++) {
                String c = cols[k].strip();
                if (l < 0 && labels.contains(c)) {
                    l = k;
                } else if (i < 0 && cols.length == 3 && c.matches("\\d+")) {
                    i = k;
                }
            }
            if (l < 0) {
                throw new InputException(where, "no column holds a CASE 2021 task 2 label");
            }
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < cols.length; k++) {
                if (k != l && k != i) {
                    text.append(text.isEmpty() ? "" : " ").append(cols[k].strip());
                }
            }
            if (text.isEmpty()) {
                throw new InputException(where, "empty snippet text");
            }
            out.add(new Snippet(i >= 0 ? cols[i].strip() : String.valueOf(n + 1), text.toString(), cols[l].strip()));
        }
        return out;
    }

    private static String label(String where, String raw, Set<String> labels) throws InputException {
        String l = raw.strip();
        if (!labels.contains(l)) {
            throw new InputException(where, "unknown label '" + l + "'");
        }
        return l;
    }

    /**
     * The fixed half a snippet belongs to: {@code tune} when the first byte of the SHA-256 of its id (UTF-8)
     * is even, {@code frozen} when odd. It depends on nothing but the id, so the split never changes.
     */
    public static String half(String id) {
        return (firstHashByte(id) & 1) == 0 ? "tune" : "frozen";
    }

    /**
     * The fixed part of the tune half a snippet belongs to, {@code tune-a} or {@code tune-b} by the second
     * bit of the same hash byte ({@code frozen} for a snippet of the frozen half): a rule written while
     * looking at one part can be checked on the other, which it has not seen.
     */
    public static String part(String id) {
        int h = firstHashByte(id);
        if ((h & 1) != 0) {
            return "frozen";
        }
        return (h & 2) == 0 ? "tune-a" : "tune-b";
    }

    private static int firstHashByte(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))[0];
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The snippets of one half ({@code tune} or {@code frozen}) or of one part of the tune half
     * ({@code tune-a} or {@code tune-b}), in their order.
     */
    public static List<Snippet> half(List<Snippet> snippets, String half) {
        if (!HALVES.contains(half)) {
            throw new IllegalArgumentException("half must be tune, frozen, tune-a or tune-b, not " + half);
        }
        boolean part = half.startsWith("tune-");
        return snippets.stream().filter(s -> (part ? part(s.id()) : half(s.id())).equals(half)).toList();
    }
}
