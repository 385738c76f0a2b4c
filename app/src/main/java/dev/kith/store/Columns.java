package dev.kith.store;

import dev.kith.core.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading the columns of a row that may be null, alike on SQLite and PostgreSQL. */
public final class Columns {
    private Columns() {
    }

    /** A date column (see {@link Dates#stored}); null when null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return Dates.stored(rs.getString(column));
    }

    /** A whole-number column; null when null. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A whole-number column; null when null. */
    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
