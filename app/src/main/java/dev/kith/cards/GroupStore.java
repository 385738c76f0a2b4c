package dev.kith.cards;

import org.jdbi.v3.core.Handle;

/**
 * The contact-group cards of one book in SQL ({@code card_groups}): cards with no contact behind them, kept as
 * a client sent them. Every statement is scoped by {@code book_id}; callers hold a write transaction.
 */
final class GroupStore extends BookTable<GroupStore.Row> {
    private static final String COLUMNS = "name, uid, text, etag, revision, gone";

    GroupStore(long book) {
        super(book, "card_groups", COLUMNS, "name", (rs, ctx) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getBoolean(6)));
    }

    /** A group card as sent, with the ETag and revision it was stored at; {@code gone} once deleted. */
    record Row(String name, String uid, String text, String etag, long revision, boolean gone) {
    }

    /** Every row of the book, live and gone, in name order, each without its text (null): what a listing reads. */
    java.util.List<Row> heads(Handle h) {
        return h.createQuery("SELECT name, uid, etag, revision, gone FROM card_groups WHERE book_id = :book ORDER BY name")
                .bind("book", book).map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), null, rs.getString(3),
                        rs.getLong(4), rs.getBoolean(5))).list();
    }

    /** Stores {@code r} under its name, replacing the row there. */
    void put(Handle h, Row r) {
        h.createUpdate("DELETE FROM card_groups WHERE book_id = :book AND name = :name")
                .bind("book", book).bind("name", r.name()).execute();
        h.createUpdate("INSERT INTO card_groups (book_id, " + COLUMNS + ") VALUES (:book, :name, :uid, :text, :etag,"
                        + " :revision, :gone)")
                .bind("book", book).bind("name", r.name()).bind("uid", r.uid()).bind("text", r.text())
                .bind("etag", r.etag()).bind("revision", r.revision()).bind("gone", r.gone()).execute();
    }

    /** Forgets the group card named {@code name}, tombstone and all (a person's card now has the name). */
    void forget(Handle h, String name) {
        h.createUpdate("DELETE FROM card_groups WHERE book_id = :book AND name = :name")
                .bind("book", book).bind("name", name).execute();
    }
}
