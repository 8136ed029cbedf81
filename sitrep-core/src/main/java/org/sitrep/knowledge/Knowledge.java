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
    /** The system property naming the overlay directory; set by the CLI's {@code --knowledge}, it wins over the variable. */
    public static final String PROPERTY = "sitrep.knowledge";

    /** No overlay: the built-in knowledge only. */
    public static Knowledge none() {
        return new Knowledge(null);
    }

    /**
     * The overlay named by the {@value #PROPERTY} system property, else by {@value #ENVIRONMENT}, or none
     * when both are unset or blank.
     *
     * @throws IllegalStateException naming the property or variable when it names no directory
     */
    public static Knowledge fromEnvironment() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return of(PROPERTY, property);
        }
        String dir = System.getenv(ENVIRONMENT);
        if (dir == null || dir.isBlank()) {
            return none();
        }
        return of(ENVIRONMENT, dir);
    }

    private static Knowledge of(String origin, String dir) {
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(origin + "=" + dir + ": not a directory");
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
