package org.sitrep.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a user keeps knowledge of their own that Sitrep reads on top of its built-in files: a
 * directory with the same areas as the built-in tree ({@code actors/organisations.tsv},
 * {@code actors/people.tsv} ...), whose rows are added to the built-in rows of the same file.
 *
 * @param directory the overlay directory, or null for none
 */
public record Knowledge(Path directory) {
    /** The environment variable naming the overlay directory. */
    public static final String ENVIRONMENT = "SITREP_KNOWLEDGE";

    /** No overlay: the built-in knowledge only. */
    public static Knowledge none() {
        return new Knowledge(null);
    }

    /**
     * The overlay named by {@value #ENVIRONMENT}, or none when it is unset or blank.
     *
     * @throws IllegalStateException naming the variable when it names no directory
     */
    public static Knowledge fromEnvironment() {
        String dir = System.getenv(ENVIRONMENT);
        if (dir == null || dir.isBlank()) {
            return none();
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(ENVIRONMENT + "=" + dir + ": not a directory");
        }
        return new Knowledge(path);
    }

    /** The user's file {@code area/name} when the overlay has one. */
    public Optional<Path> file(String area, String name) {
        if (directory == null) {
            return Optional.empty();
        }
        Path p = directory.resolve(area).resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
