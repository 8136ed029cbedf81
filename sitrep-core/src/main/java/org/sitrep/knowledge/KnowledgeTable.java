package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of Sitrep's knowledge files. A knowledge file is tab-separated UTF-8: a leading block of
 * {@code #} lines saying what the file is and where its facts come from, then one line naming the columns,
 * then the rows. Blank lines and further {@code #} lines are skipped; every row has as many cells as the
 * header names, each stripped of surrounding white space.
 */
public final class KnowledgeTable {
    private KnowledgeTable() {
    }

    /** One data row with the file and line it came from, for error messages. */
    public record Row(String origin, int line, Map<String, Integer> columns, String[] cells) {
        /** The cell at a column position. */
        public String cell(int i) {
            return cells[i];
        }

        /** The cell under a column name. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw error("missing column " + column);
            }
            return cells[i];
        }

        /** The "|"-separated list in a column, blank items left out. */
        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : get(column).split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        /** Fails naming the file and line. */
        public IllegalStateException error(String problem) {
            return new IllegalStateException(origin + ":" + line + ": " + problem);
        }
    }

    /** Where the built-in knowledge tree starts on the classpath: {@code knowledge/AREA/NAME.tsv}. */
    public static final String TREE = "knowledge/";

    /**
     * Reads a classpath knowledge file whose header names {@code columns} columns; for a file of the
     * knowledge tree ({@code knowledge/AREA/NAME}), the user's {@code AREA/NAME} of the overlay named by
     * {@link Knowledge#fromEnvironment()} adds its rows after the built-in ones.
     *
     * @throws IllegalStateException naming the resource and line when it is missing or malformed
     */
    public static List<Row> read(String resource, int columns) {
        List<Row> rows;
        int slash = resource.lastIndexOf('/');
        if (resource.startsWith(TREE) && slash > TREE.length()) {
            rows = read(resource, Knowledge.fromEnvironment(), resource.substring(TREE.length(), slash),
                    resource.substring(slash + 1));
        } else {
            rows = read(resource);
        }
        for (Row row : rows) {
            if (row.columns().size() != columns) {
                throw new IllegalStateException(row.origin() + ": header names " + row.columns().size()
                        + " columns, expected " + columns);
            }
        }
        return rows;
    }

    /** Reads a classpath knowledge file. */
    public static List<Row> read(String resource) {
        InputStream in = KnowledgeTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return parse(in, resource, -1);
    }

    /**
     * Reads a classpath knowledge file and then, when the overlay has it, the user's file {@code area/name}
     * in the same columns.
     */
    public static List<Row> read(String resource, Knowledge knowledge, String area, String name) {
        List<Row> rows = new ArrayList<>(read(resource));
        Optional<Path> own = knowledge.file(area, name);
        if (own.isPresent()) {
            try {
                rows.addAll(parse(Files.newInputStream(own.get()), own.get().toString(), -1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + own.get(), e);
            }
        }
        return rows;
    }

    /** Parses knowledge lines (tests and readers of non-classpath files). */
    public static List<Row> parse(List<String> lines, String origin) {
        return parse(String.join("\n", lines), origin);
    }

    private static List<Row> parse(String text, String origin) {
        return parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin, -1);
    }

    private static List<Row> parse(InputStream in, String origin, int unused) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            int width = 0;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (columns == null) {
                    columns = header(cells, origin, number);
                    width = cells.length;
                    continue;
                }
                if (cells.length != width) {
                    throw new IllegalStateException(origin + ":" + number + ": expected " + width
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(origin, number, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
        return rows;
    }

    private static Map<String, Integer> header(String[] cells, String origin, int line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty() || columns.put(cells[i], i) != null) {
                throw new IllegalStateException(origin + ":" + line + ": header line needs distinct column names, found '"
                        + String.join("\t", cells) + "'");
            }
        }
        return Map.copyOf(columns);
    }
}
