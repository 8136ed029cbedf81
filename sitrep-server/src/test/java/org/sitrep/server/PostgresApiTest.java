package org.sitrep.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.store.StoreLocation;

/** The API contract on PostgreSQL, when SITREP_TEST_POSTGRES_URL names a server (else skipped, saying so). */
class PostgresApiTest extends ApiContract {
    static final String URL = System.getenv("SITREP_TEST_POSTGRES_URL");

    @BeforeAll
    void start() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "SITREP_TEST_POSTGRES_URL is not set: PostgreSQL API tests skipped");
        StoreLocation where = StoreLocation.parse(URL);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        startOn(where);
    }
}
