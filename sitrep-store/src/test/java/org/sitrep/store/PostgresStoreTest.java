package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, through the same migrations and queries. Needs
 * {@code SITREP_TEST_POSTGRES_URL} (printed by scripts/start-postgres.sh); skipped with a message without it.
 */
class PostgresStoreTest extends StoreContractTest {
    static final String VARIABLE = "SITREP_TEST_POSTGRES_URL";

    static String url() {
        String url = System.getenv(VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                VARIABLE + " is not set: PostgreSQL store tests skipped (start one with scripts/start-postgres.sh)");
        return url;
    }

    @Override
    StoreLocation location() throws Exception {
        String url = url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return StoreLocation.parse(url);
    }

    @Test
    void anUnreachableServerGivesAOneLineMessageNamingIt() {
        StoreLocation nowhere = StoreLocation.parse("postgresql://sitrep:secret@127.0.0.1:1/sitrep_test");
        assertThatThrownBy(() -> EventStore.open(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("postgresql://sitrep:***@127.0.0.1:1/sitrep_test: cannot reach the PostgreSQL server")
                .hasMessageNotContaining("secret");
    }
}
