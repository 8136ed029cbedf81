package org.sitrep.cli.eval;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Sitrep is installed, so that default gold sets are found from any working directory: the
 * {@code sitrep.home} system property (set by the {@code ./sitrep} script to its own directory), else the
 * directory three levels above the running jar ({@code ROOT/sitrep-cli/target/sitrep-cli-*.jar}), else the
 * working directory.
 */
final class Installation {
    private Installation() {
    }

    static Path root() {
        String home = System.getProperty("sitrep.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        try {
            Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // ROOT/sitrep-cli/target/classes or ROOT/sitrep-cli/target/sitrep-cli-x.jar
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root != null && Files.isDirectory(root.resolve("gold"))) {
                return root;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** A file of the installation, by its path relative to the installation's root. */
    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
