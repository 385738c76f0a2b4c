package dev.kith.cards;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The cards of one book in SQL: the journal rows ({@code cards}) and the book's revision
 * ({@code card_books}). Every statement is scoped by {@code book_id}; callers hold a write transaction.
 */
final class CardStore extends BookTable<CardStore.Row> {
    private static final String COLUMNS = "contact_id, name, uid, sent, sent_basis, etag, revision, gone";

    CardStore(long book) {
        super(book, "cards", COLUMNS, "contact_id", (rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getBoolean(8)));
    }

    /** A journal row: the card of contact {@code contactId} as last served. */
    record Row(long contactId, String name, String uid, String sent, String sentBasis, String etag, long revision,
               boolean gone) {
    }

    /**
     * A journal row without the card the client sent (which may hold a photo of megabytes): what a listing of
     * the book reads. {@code hasSent}: the row holds one ({@link #sent} reads it).
     */
    record Head(long contactId, String name, String uid, String sentBasis, String etag, long revision, boolean gone,
                boolean hasSent) {
        /** This row served with {@code etag} at {@code revision}, live. */
        Head served(String etag, long revision) {
            return new Head(contactId, name, uid, sentBasis, etag, revision, false, hasSent);
        }

        /** This row as a tombstone at {@code revision}. */
        Head gone(long revision) {
            return new Head(contactId, name, uid, sentBasis, etag, revision, true, hasSent);
        }
    }

    private static final String HEAD = "contact_id, name, uid, sent_basis, etag, revision, gone,"
            + " CASE WHEN sent IS NULL THEN 0 ELSE 1 END";

    private static final org.jdbi.v3.core.mapper.RowMapper<Head> HEADS = (rs, ctx) -> new Head(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getBoolean(7),
            rs.getInt(8) == 1);

    /** Every row of the book, live and gone, without its sent card, in contact order. */
    List<Head> heads(Handle h) {
        return h.createQuery("SELECT " + HEAD + " FROM cards WHERE book_id = :book ORDER BY contact_id")
                .bind("book", book).map(HEADS).list();
    }

    /** The rows, live or gone, that the resource names {@code names} hold, without their sent cards. */
    List<Head> heads(Handle h, java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT " + HEAD + " FROM cards WHERE book_id = :book AND name IN (<names>)")
                .bind("book", book).bindList("names", List.copyOf(names)).map(HEADS).list();
    }

    /** The card the client sent for contact {@code contactId}, or null when there is none. */
    String sent(Handle h, long contactId) {
        return h.createQuery("SELECT sent FROM cards WHERE book_id = :book AND contact_id = :contact")
                .bind("book", book).bind("contact", contactId).mapTo(String.class).findOne().orElse(null);
    }

    /** Rewrites what these rows say of the card served (name, UID, ETag, revision, gone), leaving what was sent. */
    void journal(Handle h, List<Head> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("UPDATE cards SET name = :name, uid = :uid, etag = :etag, revision = :revision,"
                + " gone = :gone WHERE book_id = :book AND contact_id = :contact");
        for (Head r : rows) {
            batch.bind("book", book).bind("contact", r.contactId()).bind("name", r.name()).bind("uid", r.uid())
                    .bind("etag", r.etag()).bind("revision", r.revision()).bind("gone", r.gone()).add();
        }
        batch.execute();
    }

    /**
     * The book's revision, its row locked until the transaction ends, so that two servers over one
     * PostgreSQL database number their changes one after the other.
     */
    long lockRevision(Handle h) {
        h.createUpdate("INSERT INTO card_books (book_id, revision) VALUES (:book, 0) ON CONFLICT DO NOTHING")
                .bind("book", book).execute();
        h.createUpdate("UPDATE card_books SET revision = revision WHERE book_id = :book").bind("book", book).execute();
        return h.createQuery("SELECT revision FROM card_books WHERE book_id = :book").bind("book", book)
                .mapTo(Long.class).one();
    }

    /**
     * The book's history: a random id given when its cards are first journalled (or, for a book journalled
     * before histories were kept, on its first use after), never changed after. Call after {@link #lockRevision}.
     */
    String history(Handle h) {
        h.createUpdate("UPDATE card_books SET history = :history WHERE book_id = :book AND history IS NULL")
                .bind("history", java.util.UUID.randomUUID().toString()).bind("book", book).execute();
        return h.createQuery("SELECT history FROM card_books WHERE book_id = :book").bind("book", book)
                .mapTo(String.class).one();
    }

    void setRevision(Handle h, long revision) {
        h.createUpdate("UPDATE card_books SET revision = :revision WHERE book_id = :book")
                .bind("revision", revision).bind("book", book).execute();
    }

    /** Inserts these new rows in one batch. */
    void insert(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO cards (book_id, " + COLUMNS + ") VALUES (:book, :contact, :name, :uid,"
                + " :sent, :basis, :etag, :revision, :gone)");
        for (Row r : rows) {
            bind(batch, r).add();
        }
        batch.execute();
    }

    /** Rewrites these rows (matched by contact) in one batch. */
    void update(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("UPDATE cards SET name = :name, uid = :uid, sent = :sent, sent_basis = :basis,"
                + " etag = :etag, revision = :revision, gone = :gone WHERE book_id = :book AND contact_id = :contact");
        for (Row r : rows) {
            bind(batch, r).add();
        }
        batch.execute();
    }

    /** Gives the row of contact {@code oldContact} (its name) to the contact of {@code r}, as {@code r} says. */
    void rebind(Handle h, long oldContact, Row r) {
        h.createUpdate("UPDATE cards SET contact_id = :contact, uid = :uid, sent = :sent, sent_basis = :basis,"
                        + " etag = :etag, revision = :revision, gone = :gone WHERE book_id = :book AND contact_id = :old")
                .bind("contact", r.contactId()).bind("uid", r.uid()).bind("sent", r.sent()).bind("basis", r.sentBasis())
                .bind("etag", r.etag()).bind("revision", r.revision()).bind("gone", r.gone()).bind("book", book)
                .bind("old", oldContact).execute();
    }

    private org.jdbi.v3.core.statement.PreparedBatch bind(org.jdbi.v3.core.statement.PreparedBatch batch, Row r) {
        return batch.bind("book", book).bind("contact", r.contactId()).bind("name", r.name()).bind("uid", r.uid())
                .bind("sent", r.sent()).bind("basis", r.sentBasis()).bind("etag", r.etag())
                .bind("revision", r.revision()).bind("gone", r.gone());
    }
}
