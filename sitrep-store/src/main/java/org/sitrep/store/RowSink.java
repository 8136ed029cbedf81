package org.sitrep.store;

import java.sql.SQLException;

/**
 * Writes rows of one table inside the connection's open transaction: values in {@link Table} column order.
 * Nothing is visible to others before the transaction commits.
 */
interface RowSink extends AutoCloseable {
    void add(Object... values) throws SQLException;

    /** Hands buffered rows to the database (still inside the transaction). */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;
}
