package org.sitrep.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file on the classpath: lines starting with {@code #} are its header and comments,
 * blank lines are skipped, every other line is a row of a fixed number of columns.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** One data row with the line number it came from, for error messages. */
    public record Row(String resource, int line, String[] cells) {
        public String cell(int i) {
            return cells[i];
        }

        /** Fails naming the file and line. */
        public IllegalStateException error(String problem) {
            return new IllegalStateException(resource + ":" + line + ": " + problem);
        }
    }

    /**
     * Reads every data row of a classpath resource, checking the column count.
     *
     * @throws IllegalStateException naming the resource and line when it is missing or malformed
     */
    public static List<Row> read(String resource, int columns) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(new Row(resource, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
