package dev.kith.phonebook;

import dev.kith.store.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync state of a book's address books, in the tables {@code phonebook_sources} and
 * {@code phonebook_cards}: the only SQL of this feature. Writes join the caller's transaction when there
 * is one. Thread-safe.
 */
final class PhonebookStore {
    private final Database db;
    private final long book;

    PhonebookStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** A source's collection and where its last listing ended. */
    record SourceState(String collection, String syncToken, String ctag) {
    }

    /** One card of a source as last synced. {@code kithChangedAt}: epoch ms of a Kith change since, or null. */
    record CardRow(String href, String uid, String etag, long contactId, String card, Fields snapshot, Long kithChangedAt) {
    }

    Optional<SourceState> source(String sourceId) {
        return db.read(h -> h.createQuery("SELECT collection, sync_token, ctag FROM phonebook_sources"
                        + " WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId)
                .map((rs, ctx) -> new SourceState(rs.getString(1), rs.getString(2), rs.getString(3))).findOne());
    }

    void saveSource(String sourceId, SourceState s) {
        db.update(h -> {
            int n = h.createUpdate("UPDATE phonebook_sources SET collection = :c, sync_token = :t, ctag = :g"
                            + " WHERE book_id = :book AND source_id = :source")
                    .bind("c", s.collection()).bind("t", s.syncToken()).bind("g", s.ctag())
                    .bind("book", book).bind("source", sourceId).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO phonebook_sources (book_id, source_id, collection, sync_token, ctag)"
                                + " VALUES (:book, :source, :c, :t, :g)")
                        .bind("c", s.collection()).bind("t", s.syncToken()).bind("g", s.ctag())
                        .bind("book", book).bind("source", sourceId).execute();
            }
        });
    }

    /** Href to ETag of every card of the source (no card texts: cheap for an unchanged address book). */
    Map<String, String> etags(String sourceId) {
        return db.read(h -> {
            Map<String, String> etags = new HashMap<>();
            h.createQuery("SELECT href, etag FROM phonebook_cards WHERE book_id = :book AND source_id = :source")
                    .bind("book", book).bind("source", sourceId)
                    .map((rs, ctx) -> etags.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2))).list();
            return etags;
        });
    }

    /** The cards at {@code hrefs}, by href. */
    Map<String, CardRow> cards(String sourceId, java.util.Collection<String> hrefs) {
        Map<String, CardRow> rows = new HashMap<>();
        if (hrefs.isEmpty()) {
            return rows;
        }
        List<String> all = List.copyOf(hrefs);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> part = all.subList(i, Math.min(all.size(), i + 500));
            db.read(h -> h.createQuery(SELECT + " AND href IN (<hrefs>)").bind("book", book).bind("source", sourceId)
                    .bindList("hrefs", part).map((rs, ctx) -> row(rs)).list()).forEach(r -> rows.put(r.href(), r));
        }
        return rows;
    }

    /** The cards whose contact changed in Kith since their last sync (their contact may also be archived now). */
    List<CardRow> changedInKith(String sourceId) {
        return db.read(h -> h.createQuery(SELECT + " AND kith_changed_at IS NOT NULL ORDER BY href")
                .bind("book", book).bind("source", sourceId).map((rs, ctx) -> row(rs)).list());
    }

    /** Ids of this book's contacts, not archived, that have no card in the source, in id order: two linear reads. */
    List<Long> unlinked(String sourceId) {
        java.util.Set<Long> linked = linked(sourceId);
        return db.read(h -> h.createQuery("SELECT id FROM contacts WHERE book_id = :book AND archived = :no ORDER BY id")
                .bind("book", book).bind("no", false).mapTo(Long.class).list()).stream()
                .filter(id -> !linked.contains(id)).toList();
    }

    /** The contact of each card of the source that has a UID, by {@link CardText#uidKey} of that UID. */
    Map<String, Long> contactsByUid(String sourceId) {
        Map<String, Long> out = new HashMap<>();
        db.read(h -> h.createQuery("SELECT uid, contact_id FROM phonebook_cards WHERE book_id = :book AND source_id = :source"
                        + " AND uid IS NOT NULL ORDER BY href")
                .bind("book", book).bind("source", sourceId)
                .map((rs, ctx) -> out.putIfAbsent(CardText.uidKey(rs.getString(1)), rs.getLong(2))).list());
        return out;
    }

    /** Ids of the contacts that have a card in the source. */
    java.util.Set<Long> linked(String sourceId) {
        return new java.util.HashSet<>(db.read(h -> h.createQuery("SELECT contact_id FROM phonebook_cards"
                        + " WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId).mapTo(Long.class).list()));
    }

    /** Stores {@code rows}, inserting or replacing by href. */
    void saveCards(String sourceId, List<CardRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        db.update(h -> {
            var delete = h.prepareBatch("DELETE FROM phonebook_cards WHERE book_id = :book AND source_id = :source"
                    + " AND href = :href");
            for (CardRow r : rows) {
                delete.bind("book", book).bind("source", sourceId).bind("href", r.href()).add();
            }
            delete.execute();
            var insert = h.prepareBatch("INSERT INTO phonebook_cards (book_id, source_id, href, uid, etag, contact_id,"
                    + " card, snapshot, kith_changed_at) VALUES (:book, :source, :href, :uid, :etag, :contact, :card,"
                    + " :snapshot, :changed)");
            for (CardRow r : rows) {
                insert.bind("book", book).bind("source", sourceId).bind("href", r.href()).bind("uid", r.uid())
                        .bind("etag", r.etag()).bind("contact", r.contactId()).bind("card", r.card())
                        .bind("snapshot", r.snapshot().toJson()).bind("changed", r.kithChangedAt()).add();
            }
            insert.execute();
        });
    }

    /** Marks the card at {@code href} as synced with Kith again (no pending change). */
    void clearKithChange(String sourceId, String href) {
        db.update(h -> h.createUpdate("UPDATE phonebook_cards SET kith_changed_at = NULL WHERE book_id = :book"
                        + " AND source_id = :source AND href = :href")
                .bind("book", book).bind("source", sourceId).bind("href", href).execute());
    }

    /** Forgets that the server had the card at {@code href}'s current version, so the next listing fetches it. */
    void forgetEtag(String sourceId, String href) {
        db.update(h -> h.createUpdate("UPDATE phonebook_cards SET etag = NULL WHERE book_id = :book"
                        + " AND source_id = :source AND href = :href")
                .bind("book", book).bind("source", sourceId).bind("href", href).execute());
    }

    void deleteCards(String sourceId, java.util.Collection<String> hrefs) {
        if (hrefs.isEmpty()) {
            return;
        }
        db.update(h -> {
            var delete = h.prepareBatch("DELETE FROM phonebook_cards WHERE book_id = :book AND source_id = :source"
                    + " AND href = :href");
            for (String href : hrefs) {
                delete.bind("book", book).bind("source", sourceId).bind("href", href).add();
            }
            delete.execute();
        });
    }

    /** Forgets everything about source {@code sourceId} (its cards go with it). */
    void forget(String sourceId) {
        db.update(h -> {
            h.createUpdate("DELETE FROM phonebook_cards WHERE book_id = :book AND source_id = :source")
                    .bind("book", book).bind("source", sourceId).execute();
            h.createUpdate("DELETE FROM phonebook_sources WHERE book_id = :book AND source_id = :source")
                    .bind("book", book).bind("source", sourceId).execute();
        });
    }

    private static final String SELECT = "SELECT href, uid, etag, contact_id, card, snapshot, kith_changed_at"
            + " FROM phonebook_cards WHERE book_id = :book AND source_id = :source";

    private static CardRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long changed = rs.getLong(7);
        return new CardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                Fields.fromJson(rs.getString(6)), rs.wasNull() ? null : changed);
    }

    /**
     * Moves the cards linked to contact {@code gone} to {@code kept}, except where {@code kept} already has a
     * card in the same address book: that link is dropped (the phone's second card stays as it is, and an
     * edit to it comes in and matches {@code kept} by the usual rules).
     */
    void mergeContact(long kept, long gone) {
        db.update(h -> dev.kith.store.Repoint.column(h, book, "phonebook_cards", "contact_id", kept, gone, "source_id"));
    }
}
