package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.output.ContractSchema;

/**
 * Where the tests find the read-only shared folder beside the checkout ({@code ../shared}: the seed
 * article, the contract, the eval gold data). The system property {@code sitrep.shared} points elsewhere.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String override = System.getProperty("sitrep.shared");
        return override != null ? Path.of(override) : ContractSchema.repositoryRoot().resolve("../shared").normalize();
    }

    /** A file under the shared folder, e.g. {@code seed/000_b35c17ef438a9d61.txt}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }

    public static boolean has(String relative) {
        return Files.exists(file(relative));
    }
}
