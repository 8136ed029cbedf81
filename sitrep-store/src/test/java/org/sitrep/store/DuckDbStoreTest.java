package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded DuckDB file, plus what only a file can go wrong with. */
class DuckDbStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    StoreLocation location() {
        return StoreLocation.parse(dir.resolve("test.duckdb").toString());
    }

    @Override
    StoreLocation otherLocation() {
        return StoreLocation.parse(dir.resolve("other.duckdb").toString());
    }

    @Test
    void extensionsAreNeitherInstalledNorLoadedAutomatically() throws Exception {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('autoinstall_known_extensions'),"
                     + " current_setting('autoload_known_extensions')")) {
            r.next();
            assertThat(r.getBoolean(1)).isFalse();
            assertThat(r.getBoolean(2)).isFalse();
        }
    }

    @Test
    void reopeningTheFileKeepsEverythingAndAppliesNoMigrationTwice() {
        store.store(StoreFixtures.coded("a1", JULY_8, StoreFixtures.attack("a1-e0", StoreFixtures.KH,
                StoreFixtures.US_EMBASSY, JULY_8, StoreFixtures.baghdad(), 1, "Rockets hit Baghdad.")));
        store.close();
        store = EventStore.open(location());
        assertThat(store.summary()).isEqualTo(new EventStore.Summary(1, 1, 1));
        assertThat(store.schemaVersion()).isEqualTo(Migrations.available().size());
    }

    @Test
    void aCorruptFileGivesAOneLineMessageNamingIt() throws Exception {
        Path bad = dir.resolve("corrupt.duckdb");
        Files.writeString(bad, "this is not a database, just some text that is long enough to look like a header"
                .repeat(200), StandardCharsets.UTF_8);
        StoreLocation where = StoreLocation.parse(bad.toString());

        assertThatThrownBy(() -> EventStore.open(where)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(bad + ": ")
                .hasMessageContaining("not a readable DuckDB database")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readString(bad)).startsWith("this is not a database");
    }

    @Test
    void aMissingDirectoryIsNamed() {
        StoreLocation where = StoreLocation.parse(dir.resolve("nowhere/x.duckdb").toString());
        assertThatThrownBy(() -> EventStore.open(where)).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
    }
}
