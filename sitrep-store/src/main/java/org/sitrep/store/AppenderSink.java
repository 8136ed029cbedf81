package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender: the fast bulk path (prepared-statement batches are some 60 times slower there). The
 * appender writes into the connection's current transaction, so the caller must have started one with
 * a statement first.
 */
final class AppenderSink implements RowSink {
    private final DuckDBAppender appender;
    private final int width;

    AppenderSink(Connection connection, Table table) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                table.name());
        this.width = table.columns().size();
    }

    @Override
    public void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        appender.beginRow();
        for (Object v : values) {
            if (v == null) {
                appender.appendNull();
            } else if (v instanceof String s) {
                appender.append(s);
            } else if (v instanceof Integer i) {
                appender.append(i.intValue());
            } else if (v instanceof Long l) {
                appender.append(l.longValue());
            } else if (v instanceof Double d) {
                appender.append(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                appender.append(d);
            } else if (v instanceof LocalDateTime t) {
                appender.append(t);
            } else {
                throw new IllegalArgumentException("no appender mapping for " + v.getClass());
            }
        }
        appender.endRow();
    }

    @Override
    public void flush() throws SQLException {
        appender.flush();
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
