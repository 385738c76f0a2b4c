package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** Small helpers the sections share: dates and nullable numbers from rows, and database errors as import errors. */
final class Sql {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Sql() {
    }

    /** A date column as YYYY-MM-DD (both dialects), or null. */
    static String date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : v.substring(0, Math.min(10, v.length()));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    /** Runs one insert of the record at {@code path}; a constraint the record breaks becomes an {@link ImportException}. */
    static <T> T insert(Records.Record record, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (JdbiException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw record.fail(record.path(), "cannot be stored: " + root.getMessage());
        }
    }

}
