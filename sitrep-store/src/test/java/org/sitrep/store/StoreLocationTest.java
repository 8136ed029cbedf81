package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    @Test
    void aPathIsAnEmbeddedDuckDbFile() {
        StoreLocation l = StoreLocation.parse("data/events.duckdb");
        assertThat(l.dialect()).isEqualTo(Dialect.DUCKDB);
        assertThat(l.file()).isEqualTo(Path.of("data/events.duckdb").toAbsolutePath().normalize());
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:duckdb:" + l.file());
        assertThat(l.display()).isEqualTo("data/events.duckdb");
        assertThat(StoreLocation.parse(null).display()).isEqualTo(StoreLocation.DEFAULT_FILE);
    }

    @Test
    void aPostgresUrlBecomesAJdbcUrlAndIsShownWithoutItsPassword() {
        StoreLocation l = StoreLocation.parse("postgresql://ana:s3cr%40t@db.example:5433/events?sslmode=disable");
        assertThat(l.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/events?sslmode=disable&user=ana&password=s3cr%40t");
        assertThat(l.display()).isEqualTo("postgresql://ana:***@db.example:5433/events?sslmode=disable");
        StoreLocation jdbc = StoreLocation.parse("jdbc:postgresql://127.0.0.1:5432/x?user=u&password=p");
        assertThat(jdbc.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(jdbc.display()).isEqualTo("postgresql://127.0.0.1:5432/x?user=u&password=***");
    }

    @Test
    void aPostgresUrlWithoutADatabaseIsRejectedWithItsReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreLocation.parse("postgresql://host"))
                .isInstanceOf(StoreException.class).hasMessageContaining("needs a host and a database");
    }
}
