package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Everything that differs between the two databases, and nothing else: how to connect, how to bulk-write
 * rows, and how the driver words the errors a user must understand. Schema, migrations and queries are
 * shared, portable SQL.
 */
public enum Dialect {
    /** Embedded DuckDB file: extensions are never downloaded or loaded (air-gapped machines). */
    DUCKDB {
        @Override
        Properties connectionProperties() {
            Properties p = new Properties();
            p.setProperty("autoinstall_known_extensions", "false");
            p.setProperty("autoload_known_extensions", "false");
            // The store's queries are small (one article, one date window): running them on the calling
            // thread avoids handing each to a thread pool that competes with the coding threads.
            p.setProperty("threads", "1");
            return p;
        }

        @Override
        RowSink rowSink(Connection connection, Table table) throws SQLException {
            return new AppenderSink(connection, table);
        }

        @Override
        String storage(String statement) {
            return statement.replace(UNCOMPRESSED, "USING COMPRESSION uncompressed");
        }

        @Override
        String describe(SQLException e) {
            String m = String.valueOf(e.getMessage());
            String lower = m.toLowerCase(java.util.Locale.ROOT);
            if (LockWait.isLockMessage(m)) {
                return "the database file is locked by another process (another sitrep ingest?); wait for it or use another --db";
            }
            if (lower.contains("no space left")) {
                return "the disk is full; free some space and run again (what was stored before is kept)";
            }
            if (lower.contains("not a valid duckdb database") || lower.contains("corrupt")
                    || lower.contains("invalid magic") || lower.contains("not a duckdb")) {
                return "the file is not a readable DuckDB database (corrupt, or another kind of file)";
            }
            if (lower.contains("permission denied") || lower.contains("read-only") || lower.contains("read only")) {
                return "the database file cannot be written (permission denied or read-only)";
            }
            return firstLine(m);
        }
    },
    /** A PostgreSQL server. */
    POSTGRESQL {
        @Override
        Properties connectionProperties() {
            Properties p = new Properties();
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "sitrep");
            return p;
        }

        @Override
        RowSink rowSink(Connection connection, Table table) throws SQLException {
            return new BatchSink(connection, table);
        }

        @Override
        String describe(SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String m = firstLine(String.valueOf(e.getMessage()));
            if (state.startsWith("08")) {
                return "cannot reach the PostgreSQL server (" + m + ")";
            }
            if (state.equals("28P01") || state.equals("28000")) {
                return "PostgreSQL refused the login (" + m + ")";
            }
            if (state.equals("3D000")) {
                return "the PostgreSQL database does not exist (" + m + ")";
            }
            if (state.equals("53100")) {
                return "the PostgreSQL server's disk is full (" + m + "); what was stored before is kept";
            }
            return m;
        }
    };

    abstract Properties connectionProperties();

    abstract RowSink rowSink(Connection connection, Table table) throws SQLException;

    /** Marks a column in a migration that is read a few rows at a time (per-mention JSON): DuckDB stores it uncompressed. */
    static final String UNCOMPRESSED = "/*UNCOMPRESSED*/";

    /** A migration statement with this database's storage options in place of the portable markers. */
    String storage(String statement) {
        return statement.replace(UNCOMPRESSED, "");
    }

    /** The driver's error in words for a user, one line. */
    abstract String describe(SQLException e);

    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
