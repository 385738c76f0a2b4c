package dev.kith.contacts;

import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of {@link Duplicates}: the keys of the active contacts that blocking compares, and the pairs
 * the user dismissed. Each read is one query over the book, linear in its rows. Thread-safe.
 */
final class DuplicateStore {
    private final Database db;
    private final long book;

    DuplicateStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** A value of one contact: its id and a key (a name key, an email key, a phone as written, a URL, an organization key). */
    record Keyed(long id, String value) {
    }

    /** Every active contact's id and normalized name. */
    List<Keyed> names() {
        return keyed("SELECT id, name_key FROM contacts WHERE book_id = :book AND archived = :no");
    }

    /** Every active contact's LinkedIn address as written. */
    List<Keyed> linkedinUrls() {
        return keyed("SELECT id, linkedin_url FROM contacts WHERE book_id = :book AND archived = :no"
                + " AND linkedin_url IS NOT NULL");
    }

    /** Every email key of an active contact. */
    List<Keyed> emails() {
        return keyed("SELECT e.contact_id, e.email_key FROM contact_emails e JOIN contacts c ON c.book_id = e.book_id"
                + " AND c.id = e.contact_id WHERE e.book_id = :book AND c.archived = :no");
    }

    /** Every phone of an active contact, as written. */
    List<Keyed> phones() {
        return keyed("SELECT p.contact_id, p.phone FROM contact_phones p JOIN contacts c ON c.book_id = p.book_id"
                + " AND c.id = p.contact_id WHERE p.book_id = :book AND c.archived = :no");
    }

    /** The normalized organization of every job of an active contact that has not ended. */
    List<Keyed> organizations() {
        return keyed("SELECT m.contact_id, o.name_key FROM employments m JOIN organizations o ON o.book_id = m.book_id"
                + " AND o.id = m.organization_id JOIN contacts c ON c.book_id = m.book_id AND c.id = m.contact_id"
                + " WHERE m.book_id = :book AND m.end_on IS NULL AND c.archived = :no");
    }

    /** The dismissed pairs, each as {@link Duplicates#pairKey}. */
    Set<String> dismissed() {
        return new HashSet<>(db.read(h -> h.createQuery("SELECT low_id, high_id FROM duplicate_dismissals WHERE book_id = :book")
                .bind("book", book).map((rs, ctx) -> Duplicates.pairKey(rs.getLong(1), rs.getLong(2))).list()));
    }

    /** Remembers that {@code low} and {@code high} ({@code low < high}) are not the same person; again is no change. */
    void dismiss(long low, long high) {
        db.update(h -> h.createUpdate("INSERT INTO duplicate_dismissals (book_id, low_id, high_id)"
                        + " VALUES (:book, :low, :high) ON CONFLICT DO NOTHING")
                .bind("book", book).bind("low", low).bind("high", high).execute());
    }

    private List<Keyed> keyed(String sql) {
        return db.read(h -> h.createQuery(sql).bind("book", book).bind("no", false)
                .map((rs, ctx) -> new Keyed(rs.getLong(1), rs.getString(2))).list());
    }
}
