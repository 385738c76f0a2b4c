package dev.kith.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that read a row as a JSON image and write one back, per dialect: SQLite builds the
 * object with {@code json_object} and reads it with {@code json_extract} (bytes as hex), PostgreSQL
 * uses {@code to_jsonb} and {@code jsonb_populate_record}, so every value keeps its exact type.
 * The image is bound as {@code :row}.
 */
final class Sql {
    private Sql() {
    }

    static String quote(String name) {
        return '"' + name + '"';
    }

    static String select(Dialect dialect, BookSchema.Table table) {
        if (dialect == Dialect.POSTGRESQL) {
            return "SELECT to_jsonb(x)::text FROM " + quote(table.name()) + " x";
        }
        return table.columns().stream()
                .map(c -> "'" + c.name() + "', " + (c.blob() ? "hex(" + quote(c.name()) + ")" : quote(c.name())))
                .collect(Collectors.joining(", ", "SELECT json_object(", ") FROM " + quote(table.name())));
    }

    static String insert(Dialect dialect, BookSchema.Table table) {
        String columns = names(table.columns().stream().map(BookSchema.Column::name).toList());
        if (dialect == Dialect.POSTGRESQL) {
            return "INSERT INTO " + quote(table.name()) + " (" + columns + ") SELECT " + columns + " FROM " + record(table);
        }
        return "INSERT INTO " + quote(table.name()) + " (" + columns + ") SELECT "
                + table.columns().stream().map(Sql::extract).collect(Collectors.joining(", "));
    }

    static String update(Dialect dialect, BookSchema.Table table) {
        List<BookSchema.Column> rest = table.columns().stream().filter(c -> !table.key().contains(c.name())).toList();
        if (rest.isEmpty()) {
            return "UPDATE " + quote(table.name()) + " SET " + quote(table.key().get(0)) + " = "
                    + quote(table.key().get(0)) + " WHERE " + keyMatch(dialect, table);
        }
        if (dialect == Dialect.POSTGRESQL) {
            String columns = names(rest.stream().map(BookSchema.Column::name).toList());
            return "UPDATE " + quote(table.name()) + " SET (" + columns + ") = (SELECT " + columns + " FROM "
                    + record(table) + ") WHERE " + keyMatch(dialect, table);
        }
        return "UPDATE " + quote(table.name()) + " SET "
                + rest.stream().map(c -> quote(c.name()) + " = " + extract(c)).collect(Collectors.joining(", "))
                + " WHERE " + keyMatch(dialect, table);
    }

    static String delete(Dialect dialect, BookSchema.Table table) {
        return "DELETE FROM " + quote(table.name()) + " WHERE " + keyMatch(dialect, table);
    }

    /** A condition true of the row whose key is that of the image {@code :row}. */
    static String keyMatch(Dialect dialect, BookSchema.Table table) {
        if (dialect == Dialect.POSTGRESQL) {
            String key = names(table.key());
            return "(" + key + ") = (SELECT " + key + " FROM " + record(table) + ")";
        }
        return table.key().stream().map(k -> quote(k) + " = json_extract(:row, '$." + k + "')")
                .collect(Collectors.joining(" AND "));
    }

    private static String extract(BookSchema.Column c) {
        String value = "json_extract(:row, '$." + c.name() + "')";
        return c.blob() ? "unhex(" + value + ")" : value;
    }

    private static String record(BookSchema.Table table) {
        return "jsonb_populate_record(NULL::" + quote(table.name()) + ", CAST(:row AS jsonb))";
    }

    private static String names(List<String> names) {
        return names.stream().map(Sql::quote).collect(Collectors.joining(", "));
    }
}
