package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection for reading only. A DuckDB file is opened read-only, so any number of reading processes can
 * share it and it holds no write lock; a file whose schema is older than this build (or has none) is brought
 * up to date first over a read-write connection, as every command did before. A PostgreSQL server is opened
 * as for writing (its schema brought up to date) and set read-only.
 */
final class ReadOnlyOpen {
    /** DuckDB JDBC's property for a read-only database. */
    static final String DUCKDB_READ_ONLY = "duckdb.read_only";

    private ReadOnlyOpen() {
    }

    static Connection connect(StoreLocation location) {
        try {
            if (location.dialect() != Dialect.DUCKDB || location.file() == null) {
                Connection c = DriverManager.getConnection(location.jdbcUrl(), location.dialect().connectionProperties());
                try {
                    Migrations.apply(c, location.dialect());
                    c.setReadOnly(true);
                    return c;
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            }
            Connection c = readOnly(location);
            if (upToDate(c)) {
                return c;
            }
            c.close();
            try (Connection w = DriverManager.getConnection(location.jdbcUrl(), location.dialect().connectionProperties())) {
                Migrations.apply(w, location.dialect());
            }
            return readOnly(location);
        } catch (SQLException e) {
            throw new StoreException(location.display(), EventStore.describe(location, e), e);
        }
    }

    private static Connection readOnly(StoreLocation location) throws SQLException {
        Properties p = location.dialect().connectionProperties();
        p.setProperty(DUCKDB_READ_ONLY, "true");
        return DriverManager.getConnection(location.jdbcUrl(), p);
    }

    private static boolean upToDate(Connection c) {
        try {
            return Migrations.currentVersion(c) >= Migrations.available().size();
        } catch (SQLException e) {
            return false; // no schema_version table: a database this build has never opened
        }
    }
}
