package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where every {@code sitrep eval} subcommand writes its scores as JSON: {@code --json FILE}, or {@code -} for stdout. */
final class JsonReport {
    static final String OPTION_HELP = "also write the scores as JSON to FILE (- for standard output)";

    private JsonReport() {
    }

    static void write(String target, String json) throws IOException {
        if (target == null) {
            return;
        }
        if ("-".equals(target)) {
            System.out.println(json);
        } else {
            Files.writeString(Path.of(target), json + "\n", StandardCharsets.UTF_8);
        }
    }
}
