package org.sitrep.gold;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.InputException;

/** The non-blank lines of a gold JSON Lines file, each with its {@code file:line} for messages. */
public final class GoldLines {
    /** One record line and where it stands. */
    public record Line(String where, String text) {
    }

    private GoldLines() {
    }

    /**
     * Reads every non-blank line.
     *
     * @throws InputException naming the file when it is missing, unreadable or not UTF-8
     */
    public static List<Line> read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no such gold file");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(new Line(file + ":" + n, line));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), "not valid UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return out;
    }
}
