package dev.kith.cards;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The reads both card tables answer alike ({@code cards} and {@code card_groups}): every row of one book, the row
 * a resource name holds, and whether a live row holds a UID. Every statement is scoped by {@code book_id};
 * callers hold a write transaction. Thread-safe.
 */
abstract class BookTable<R> {
    protected final long book;
    private final String table;
    private final String columns;
    private final String key;
    private final RowMapper<R> mapper;

    /** {@code table}'s rows of {@code book}: {@code columns} read by {@code mapper}, in the order of {@code key}. */
    BookTable(long book, String table, String columns, String key, RowMapper<R> mapper) {
        this.book = book;
        this.table = table;
        this.columns = columns;
        this.key = key;
        this.mapper = mapper;
    }

    /** Every row of the book, live and gone, in key order. */
    List<R> all(Handle h) {
        return h.createQuery("SELECT " + columns + " FROM " + table + " WHERE book_id = :book ORDER BY " + key)
                .bind("book", book).map(mapper).list();
    }

    /** The row, live or gone, that the resource name {@code name} holds. */
    Optional<R> byName(Handle h, String name) {
        return h.createQuery("SELECT " + columns + " FROM " + table + " WHERE book_id = :book AND name = :name")
                .bind("book", book).bind("name", name).map(mapper).findOne();
    }

    /** Whether a live row other than the one whose key is {@code except} has this UID. */
    boolean uidTaken(Handle h, String uid, Object except) {
        return h.createQuery("SELECT count(*) FROM " + table + " WHERE book_id = :book AND uid = :uid AND " + key
                        + " <> :except AND gone = :no")
                .bind("book", book).bind("uid", uid).bind("except", except).bind("no", false)
                .mapTo(Integer.class).one() > 0;
    }
}
