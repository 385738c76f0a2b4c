package dev.kith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Rows of one book as JSON images (one object per row, exactly as the database holds it), so that a
 * change can be recorded as the rows it changed and reverted exactly: the engine of the journal.
 * An image covers either the whole book or what hangs on some contacts (their rows, the rows that
 * refer to them, and the interactions, groups, events and goals they take part in). Work runs in the
 * caller's transaction. Not thread-safe: one per change.
 */
public final class RowImages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 500;

    /** One row changed by a change: its image {@code before} (null when the change added it) and {@code after} (null when it removed it). */
    public record Change(String table, String before, String after) {
    }

    /**
     * Rows read at one moment, by table and key; {@code complete} names the rows read by a condition
     * that holds every row it could match (so a row found only afterwards is new), and {@code lastIds}
     * the highest id of every table with ids (so a row with a higher id is new).
     */
    public static final class Image {
        private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        private final Set<String> complete = new HashSet<>();
        private final Map<String, Long> lastIds = new HashMap<>();

        /** Takes in the rows of {@code other} not read here yet (a row read earlier keeps its earlier image). */
        public void merge(Image other) {
            other.rows.forEach((table, rows) -> {
                Map<String, String> mine = this.rows.computeIfAbsent(table, t -> new LinkedHashMap<>());
                rows.forEach(mine::putIfAbsent);
            });
            complete.addAll(other.complete);
            other.lastIds.forEach(lastIds::putIfAbsent);
        }
    }

    private final Database db;
    private final BookSchema schema;
    private final long book;

    public RowImages(Database db, long book) {
        this.db = db;
        this.schema = BookSchema.of(db);
        this.book = book;
    }

    /** Every row of the book. */
    public Image wholeBook() {
        Image image = new Image();
        for (BookSchema.Table table : schema.tables()) {
            if (table.name().equals("books")) {
                add(image, table, "id = :book", true);
            } else {
                add(image, table, "book_id = :book", true);
            }
        }
        return image;
    }

    /**
     * The rows that hang on {@code contacts} (see the class comment) and every row of the book in
     * {@code wholeTables}, with the highest ids of the moment.
     */
    public Image around(Collection<Long> contacts, Collection<String> wholeTables) {
        Image image = new Image();
        lastIds(image);
        add(image, schema.table("books"), "id = :book", true);
        for (String table : wholeTables) {
            add(image, schema.table(table), "book_id = :book", true);
        }
        if (contacts.isEmpty()) {
            return image;
        }
        Map<BookSchema.Table, List<JsonNode>> direct = new LinkedHashMap<>();
        direct.put(schema.table("contacts"), in(image, schema.table("contacts"), "id", contacts, true));
        for (BookSchema.Reference ref : schema.contactReferences()) {
            if (!ref.table().equals("books")) {
                direct.computeIfAbsent(schema.table(ref.table()), t -> new ArrayList<>())
                        .addAll(in(image, schema.table(ref.table()), ref.column(), contacts, true));
            }
        }
        for (var entry : direct.entrySet()) {
            BookSchema.Table table = entry.getKey();
            List<JsonNode> rows = entry.getValue();
            for (BookSchema.Reference ref : table.references()) {
                if (ref.parent().equals("contacts") || ref.parent().equals("books")) {
                    continue;
                }
                Set<Long> parents = values(rows, ref.column());
                in(image, schema.table(ref.parent()), "id", parents, false);
                if (table.key().contains(ref.column())) {
                    for (BookSchema.Reference child : schema.referencesTo(ref.parent())) {
                        in(image, schema.table(child.table()), child.column(), parents, false);
                    }
                }
            }
            if (table.hasId() && !table.name().equals("contacts")) {
                Set<Long> ids = values(rows, "id");
                for (BookSchema.Reference child : schema.referencesTo(table.name())) {
                    in(image, schema.table(child.table()), child.column(), ids, false);
                }
            }
        }
        return image;
    }

    /**
     * What changed between {@code before} and {@code after}, two images of the same scope: rows whose
     * image differs, rows no longer there (checked by key, so a row merely out of the later scope is
     * not taken for removed) and rows new since (see {@link Image}); in table order.
     */
    public List<Change> changes(Image before, Image after) {
        List<Change> changes = new ArrayList<>();
        for (BookSchema.Table table : schema.tables()) {
            Map<String, String> was = before.rows.getOrDefault(table.name(), Map.of());
            Map<String, String> is = after.rows.getOrDefault(table.name(), Map.of());
            for (var row : was.entrySet()) {
                String now = is.containsKey(row.getKey()) ? is.get(row.getKey()) : current(table, row.getValue());
                if (!row.getValue().equals(now)) {
                    changes.add(new Change(table.name(), row.getValue(), now));
                }
            }
            for (var row : is.entrySet()) {
                if (!was.containsKey(row.getKey()) && isNew(table, row.getKey(), row.getValue(), before, after)) {
                    changes.add(new Change(table.name(), null, row.getValue()));
                }
            }
        }
        return changes;
    }

    /**
     * Puts every row of {@code changes} back as it was before: adds the removed rows (referred tables
     * first), restores the changed ones, then removes the added ones (referring tables first).
     */
    public void revert(List<Change> changes) {
        Map<String, Integer> rank = new HashMap<>();
        List<BookSchema.Table> tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            rank.put(tables.get(i).name(), i);
        }
        Comparator<Change> forward = Comparator.comparing((Change c) -> rank.get(c.table()))
                .thenComparing(c -> idOf(c.before() != null ? c.before() : c.after()));
        List<Change> sorted = changes.stream().sorted(forward).toList();
        db.update(h -> {
            List<Change> deferred = new ArrayList<>();
            for (Change c : sorted) {
                if (c.after() != null && c.before() != null) {
                    continue;
                }
                if (c.after() == null) {
                    BookSchema.Table table = schema.table(c.table());
                    String row = withoutSelfReferences(table, c.before());
                    execute(h, Sql.insert(db.dialect(), table), row);
                    if (!row.equals(c.before())) {
                        deferred.add(c);
                    }
                }
            }
            for (Change c : sorted) {
                if (c.after() != null && c.before() != null) {
                    execute(h, Sql.update(db.dialect(), schema.table(c.table())), c.before());
                }
            }
            for (Change c : deferred) {
                execute(h, Sql.update(db.dialect(), schema.table(c.table())), c.before());
            }
            List<Change> removals = sorted.stream().filter(c -> c.before() == null).toList();
            for (Change c : removals) {
                BookSchema.Table table = schema.table(c.table());
                String row = withoutSelfReferences(table, c.after());
                if (!row.equals(c.after())) {
                    execute(h, Sql.update(db.dialect(), table), row);
                }
            }
            for (int i = removals.size() - 1; i >= 0; i--) {
                execute(h, Sql.delete(db.dialect(), schema.table(removals.get(i).table())), removals.get(i).after());
            }
        });
    }

    /** The contacts whose rows, or rows referring to them, {@code changes} touch. */
    public Set<Long> contactsOf(List<Change> changes) {
        Set<Long> ids = new HashSet<>();
        for (Change c : changes) {
            BookSchema.Table table = schema.table(c.table());
            for (String image : new String[] {c.before(), c.after()}) {
                if (image == null) {
                    continue;
                }
                JsonNode row = parse(image);
                if (table.name().equals("contacts")) {
                    ids.add(row.get("id").asLong());
                }
                for (BookSchema.Reference ref : table.references()) {
                    if (ref.parent().equals("contacts") && row.hasNonNull(ref.column())) {
                        ids.add(row.get(ref.column()).asLong());
                    }
                }
            }
        }
        return ids;
    }

    private boolean isNew(BookSchema.Table table, String key, String image, Image before, Image after) {
        if (after.complete.contains(table.name() + '\u0000' + key)) {
            return true;
        }
        JsonNode row = parse(image);
        if (table.hasId() && row.get("id").asLong() > before.lastIds.getOrDefault(table.name(), Long.MAX_VALUE)) {
            return true;
        }
        for (BookSchema.Reference ref : table.references()) {
            Long last = before.lastIds.get(ref.parent());
            if (last != null && row.hasNonNull(ref.column()) && row.get(ref.column()).asLong() > last) {
                return true;
            }
        }
        return false;
    }

    private void lastIds(Image image) {
        List<BookSchema.Table> withIds = schema.tables().stream().filter(BookSchema.Table::hasId).toList();
        String sql = withIds.stream().map(t -> "(SELECT coalesce(max(id), 0) FROM " + Sql.quote(t.name()) + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        db.read(h -> h.createQuery(sql).map((rs, ctx) -> {
            for (int i = 0; i < withIds.size(); i++) {
                image.lastIds.put(withIds.get(i).name(), rs.getLong(i + 1));
            }
            return 0;
        }).one());
    }

    private List<JsonNode> in(Image image, BookSchema.Table table, String column, Collection<Long> values,
                              boolean complete) {
        List<Long> all = List.copyOf(new java.util.TreeSet<>(values));
        List<JsonNode> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String list = chunk.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String where = (table.name().equals("books") ? "id = :book" : "book_id = :book")
                    + " AND " + Sql.quote(column) + " IN (" + list + ")";
            found.addAll(add(image, table, where, complete));
        }
        return found;
    }

    private List<JsonNode> add(Image image, BookSchema.Table table, String where, boolean complete) {
        List<String> images = db.read(h -> h.createQuery(Sql.select(db.dialect(), table) + " WHERE " + where)
                .bind("book", book).mapTo(String.class).list());
        Map<String, String> rows = image.rows.computeIfAbsent(table.name(), t -> new LinkedHashMap<>());
        List<JsonNode> parsed = new ArrayList<>(images.size());
        for (String text : images) {
            JsonNode row = parse(text);
            String key = key(table, row);
            rows.put(key, text);
            if (complete) {
                image.complete.add(table.name() + '\u0000' + key);
            }
            parsed.add(row);
        }
        return parsed;
    }

    /** The row with the key of {@code image} as it is now, or null when there is none. */
    private String current(BookSchema.Table table, String image) {
        return db.read(h -> h.createQuery(Sql.select(db.dialect(), table) + " WHERE " + Sql.keyMatch(db.dialect(), table))
                .bind("row", image).mapTo(String.class).findOne().orElse(null));
    }

    private void execute(Handle h, String sql, String image) {
        h.createUpdate(sql).bind("row", image).execute();
    }

    private static String withoutSelfReferences(BookSchema.Table table, String image) {
        List<BookSchema.Reference> self = table.references().stream().filter(r -> r.parent().equals(table.name()))
                .toList();
        if (self.isEmpty()) {
            return image;
        }
        ObjectNode row = (ObjectNode) parse(image);
        boolean changed = false;
        for (BookSchema.Reference ref : self) {
            if (row.hasNonNull(ref.column())) {
                row.putNull(ref.column());
                changed = true;
            }
        }
        return changed ? row.toString() : image;
    }

    private static Set<Long> values(List<JsonNode> rows, String column) {
        Set<Long> values = new HashSet<>();
        for (JsonNode row : rows) {
            if (row.hasNonNull(column)) {
                values.add(row.get(column).asLong());
            }
        }
        return values;
    }

    private static String key(BookSchema.Table table, JsonNode row) {
        StringBuilder key = new StringBuilder();
        for (String column : table.key()) {
            key.append(row.path(column).asText()).append('\u0001');
        }
        return key.toString();
    }

    private static long idOf(String image) {
        JsonNode id = parse(image).get("id");
        return id == null || !id.canConvertToLong() ? 0 : id.asLong();
    }

    static JsonNode parse(String image) {
        try {
            return JSON.readTree(image);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row image is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
