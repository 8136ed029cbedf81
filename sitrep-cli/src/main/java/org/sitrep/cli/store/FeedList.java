package org.sitrep.cli.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sitrep.article.InputException;

/**
 * The feeds a watcher polls: each argument is a feed URL or a file listing one URL per line (blank lines
 * and {@code #} comments ignored). Duplicates are polled once.
 */
final class FeedList {
    private FeedList() {
    }

    static List<String> expand(List<String> arguments) throws InputException {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (String a : arguments) {
            if (a.startsWith("http://") || a.startsWith("https://")) {
                urls.add(a.strip());
                continue;
            }
            Path file = Path.of(a);
            if (!Files.isRegularFile(file)) {
                throw new InputException(a, "neither an http(s) feed URL nor a file listing feed URLs");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(a, "cannot read the feed list: " + e.getMessage());
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!line.startsWith("http://") && !line.startsWith("https://")) {
                    throw new InputException(a + ":" + (i + 1), "not an http(s) feed URL: " + line);
                }
                found.add(line);
            }
            if (found.isEmpty()) {
                throw new InputException(a, "the feed list names no feed URL");
            }
            urls.addAll(found);
        }
        return List.copyOf(urls);
    }
}
