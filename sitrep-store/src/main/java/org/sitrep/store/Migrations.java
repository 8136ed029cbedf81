package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date: applies the numbered SQL files {@code migration/V001.sql},
 * {@code V002.sql}, ... that it has not applied yet, each in its own transaction together with its row in
 * {@code schema_version}. The same files run on DuckDB and PostgreSQL.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String RESOURCE = "migration/V%03d.sql";

    /** A migration file: its version and its statements. */
    record Migration(int version, String description, List<String> statements) {
    }

    private Migrations() {
    }

    /** Every migration shipped with this build, in version order. */
    static List<Migration> available() {
        List<Migration> out = new ArrayList<>();
        for (int v = 1; ; v++) {
            String name = String.format(RESOURCE, v);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return out;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.add(new Migration(v, description(sql), statements(sql)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /** Applies what is missing; returns the schema version the database is at. */
    static int apply(Connection connection, Dialect dialect) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        List<Migration> all = available();
        connection.setAutoCommit(false);
        try {
            for (Migration m : all) {
                if (m.version() <= current) {
                    continue;
                }
                try (Statement s = connection.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(dialect.storage(sql));
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setTimestamp(3, new java.sql.Timestamp(System.currentTimeMillis()));
                    p.executeUpdate();
                }
                connection.commit();
                current = m.version();
                LOG.debug("applied schema migration V{}: {}", m.version(), m.description());
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
        if (current > all.size()) {
            throw new SQLException("the database has schema version " + current
                    + ", newer than this sitrep understands (" + all.size() + ")");
        }
        return current;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String description(String sql) {
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--")) {
                return t.substring(2).strip();
            }
        }
        return "";
    }

    /** Splits a file into statements at semicolons that end a line; drops comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
