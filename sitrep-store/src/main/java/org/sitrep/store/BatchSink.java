package org.sitrep.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Plain JDBC statement batches: the row path for PostgreSQL. */
final class BatchSink implements RowSink {
    private static final int BATCH = 500;
    private final PreparedStatement statement;
    private final int width;
    private int pending;

    BatchSink(Connection connection, Table table) throws SQLException {
        this.statement = connection.prepareStatement(table.insertSql());
        this.width = table.columns().size();
    }

    @Override
    public void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    static void bind(PreparedStatement statement, int index, Object v) throws SQLException {
        if (v == null) {
            statement.setNull(index, Types.NULL);
        } else if (v instanceof LocalDate d) {
            statement.setDate(index, Date.valueOf(d));
        } else if (v instanceof LocalDateTime t) {
            statement.setTimestamp(index, Timestamp.valueOf(t));
        } else {
            statement.setObject(index, v);
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
