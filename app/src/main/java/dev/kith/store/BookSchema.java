package dev.kith.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * The tables that hold a book's data, read from the database's own catalog: each table with a
 * {@code book_id} column (and {@code books} itself), its columns, primary key and references, in an
 * order where every table comes after the tables it refers to. Sign-in, audit, staging and derived
 * tables (the search index, the journal) are not book data. Built once per dialect; immutable.
 */
public final class BookSchema {
    /** Tables with a {@code book_id} that are not the book's own data: accounts, staging, derived or the journal. */
    private static final Set<String> NOT_BOOK_DATA = Set.of("journal", "users", "api_tokens", "sessions",
            "sign_in_failures", "audit_log", "pending_imports", "flyway_schema_history", "contact_search",
            "change_stamps");
    private static final Map<Dialect, BookSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** A column; {@code blob} when it holds bytes. */
    public record Column(String name, boolean nullable, boolean blob) {
    }

    /** A reference from {@code column} to the {@code id} of {@code parent} (the book column of a composite key left out). */
    public record Reference(String table, String column, String parent) {
    }

    /** One table of book data. */
    public record Table(String name, List<Column> columns, List<String> key, List<Reference> references) {
        public Table {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
            references = List.copyOf(references);
        }

        /** Whether the key is one integer column {@code id}, allocated in increasing order. */
        public boolean hasId() {
            return key.equals(List.of("id"));
        }
    }

    private final Map<String, Table> tables;
    private final List<String> order;

    private BookSchema(Map<String, Table> tables) {
        this.tables = Map.copyOf(tables);
        this.order = topological(tables);
    }

    /** The schema of {@code db}'s dialect, read from the database on first use. */
    public static BookSchema of(Database db) {
        return SCHEMAS.computeIfAbsent(db.dialect(), d -> db.read(BookSchema::read));
    }

    /** Every table of book data, each after those it refers to. */
    public List<Table> tables() {
        return order.stream().map(tables::get).toList();
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("not a table of book data: " + name);
        }
        return table;
    }

    /** Every reference to a contact from another row (the book's "me" included), by table then column. */
    public List<Reference> contactReferences() {
        return tables().stream().flatMap(t -> t.references().stream()).filter(r -> r.parent().equals("contacts"))
                .toList();
    }

    /** The references to {@code parent}'s rows. */
    List<Reference> referencesTo(String parent) {
        return tables().stream().flatMap(t -> t.references().stream()).filter(r -> r.parent().equals(parent)).toList();
    }

    private static BookSchema read(Handle h) {
        try {
            Connection c = h.getConnection();
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            Map<String, Table> tables = new HashMap<>();
            for (String name : names) {
                if (NOT_BOOK_DATA.contains(name) || name.startsWith("contact_search") || name.startsWith("sqlite_")) {
                    continue;
                }
                List<Column> columns = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                    while (rs.next()) {
                        if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                            continue;
                        }
                        String type = String.valueOf(rs.getString("TYPE_NAME")).toUpperCase(Locale.ROOT);
                        columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                !"NO".equalsIgnoreCase(rs.getString("IS_NULLABLE")),
                                type.contains("BLOB") || type.contains("BYTEA")));
                    }
                }
                boolean bookData = name.equals("books") || columns.stream().anyMatch(col -> col.name().equals("book_id"));
                if (!bookData) {
                    continue;
                }
                TreeMap<Integer, String> key = new TreeMap<>();
                try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
                    while (rs.next()) {
                        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (key.isEmpty()) {
                    continue;
                }
                Map<String, Reference> references = new LinkedHashMap<>();
                try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                    while (rs.next()) {
                        String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (!column.equals("book_id")) {
                            references.put(column, new Reference(name, column,
                                    rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)));
                        }
                    }
                }
                tables.put(name, new Table(name, columns, List.copyOf(key.values()),
                        List.copyOf(references.values())));
            }
            return new BookSchema(tables);
        } catch (SQLException e) {
            throw new dev.kith.core.KithException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    /** Tables by name, each after the tables it refers to (a table's references to itself and the book's "me" aside). */
    private static List<String> topological(Map<String, Table> tables) {
        List<String> order = new ArrayList<>();
        List<String> left = new ArrayList<>(tables.keySet());
        left.sort(Comparator.naturalOrder());
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> tables.get(t).references().stream()
                            .map(Reference::parent)
                            .filter(p -> !p.equals(t) && !t.equals("books") && tables.containsKey(p))
                            .allMatch(order::contains))
                    .findFirst().orElseThrow(() -> new IllegalStateException("tables refer to each other: " + left));
            order.add(next);
            left.remove(next);
        }
        return List.copyOf(order);
    }
}
