package dev.kith.store;

import java.util.HashMap;
import java.util.Map;

/**
 * A book's settings as stored: text values by key in the {@code settings} table. The typed view and
 * its validation are in {@code dev.kith.settings}; features read the few keys they need through
 * here so that they do not depend on it. Thread-safe.
 */
public final class SettingValues {
    private final Database db;
    private final long book;
    private final PerVersion<Map<String, String>> stored;

    public SettingValues(Database db, long book) {
        this.db = db;
        this.book = book;
        this.stored = new PerVersion<>(db);
    }

    /** All settings as stored, by key (unmodifiable); an empty map for a new book. */
    public Map<String, String> all() {
        return stored.get(book, () -> db.read(h -> {
            Map<String, String> values = new HashMap<>();
            h.createQuery("SELECT key, value FROM settings WHERE book_id = :book").bind("book", book)
                    .map((rs, ctx) -> values.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
            return Map.copyOf(values);
        }));
    }

    /** Stores each value in one transaction; a null or blank value removes the key (back to its default). */
    public void putAll(Map<String, String> values) {
        db.update(h -> values.forEach((key, value) -> {
            h.createUpdate("DELETE FROM settings WHERE book_id = :book AND key = :key")
                    .bind("book", book).bind("key", key).execute();
            if (value != null && !value.isBlank()) {
                h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:book, :key, :value)")
                        .bind("book", book).bind("key", key).bind("value", value.strip()).execute();
            }
        }));
    }

    /**
     * All settings as stored, in the database's order of their keys, read afresh (not cached), for a
     * backup; an empty map for a new book.
     */
    public java.util.SequencedMap<String, String> sorted() {
        return db.read(h -> {
            java.util.SequencedMap<String, String> values = new java.util.LinkedHashMap<>();
            h.createQuery("SELECT key, value FROM settings WHERE book_id = :book ORDER BY key").bind("book", book)
                    .map((rs, ctx) -> values.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
            return values;
        });
    }

    /** Stores a setting as it is (no trimming), for a restore: a key already set is an error. */
    public void insert(String key, String value) {
        db.update(h -> h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:book, :key, :value)")
                .bind("book", book).bind("key", key).bind("value", value).execute());
    }
}
