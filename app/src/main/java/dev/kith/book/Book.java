package dev.kith.book;

import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.util.Optional;

/**
 * One person's address book: its id, name, database and clock, the scope every feature works in so
 * that nothing leaks between books sharing a database. Thread-safe.
 */
public final class Book implements dev.kith.core.ContactReferences {
    public static final String DEFAULT = "default";

    private final Database db;
    private final long id;
    private final String name;
    private final KithClock clock;
    private final SearchIndex search;

    private Book(Database db, long id, String name, KithClock clock) {
        this.db = db;
        this.id = id;
        this.name = name;
        this.clock = clock;
        this.search = SearchIndex.of(db, id);
    }

    /** Opens the book called {@code name}, creating it on first use. */
    public static Book open(Database db, String name, KithClock clock) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("book", "must not be blank");
        }
        // a read finds an existing book without taking the write lock or syncing a commit to disk
        long id = find(db, name).orElseGet(() -> db.write(h -> find(db, name).orElseGet(() ->
                h.createQuery("INSERT INTO books (name, created_on) VALUES (:name, :today) RETURNING id")
                        .bind("name", name).bind("today", clock.today()).mapTo(Long.class).one())));
        return new Book(db, id, name, clock);
    }

    /** Opens the existing book with id {@code id}; a {@link NotFoundException} when there is none. */
    public static Book open(Database db, long id, KithClock clock) {
        String name = db.read(h -> h.createQuery("SELECT name FROM books WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne()).orElseThrow(() -> new NotFoundException("no book with id " + id));
        return new Book(db, id, name, clock);
    }

    private static java.util.Optional<Long> find(Database db, String name) {
        return db.read(h -> h.createQuery("SELECT id FROM books WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findOne());
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public KithClock clock() {
        return clock;
    }

    public Database database() {
        return db;
    }

    /** The full-text search index of this book's contacts. */
    public SearchIndex search() {
        return search;
    }

    /** The contact who is the user ("me"), if one has been set. */
    public Optional<Long> me() {
        return db.read(h -> h.createQuery("SELECT me_contact_id FROM books WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne());
    }

    /** Makes contact {@code contactId} the user ("me"); a {@link NotFoundException} when it is not in this book. */
    public void setMe(long contactId) {
        db.update(h -> {
            if (h.createQuery("SELECT id FROM contacts WHERE book_id = :book AND id = :id").bind("book", id)
                    .bind("id", contactId).mapTo(Long.class).findOne().isEmpty()) {
                throw new NotFoundException("no contact with id " + contactId);
            }
            h.createUpdate("UPDATE books SET me_contact_id = :me WHERE id = :id")
                    .bind("me", contactId).bind("id", id).execute();
        });
    }

    /** Runs {@code work} as one transaction: all of it is stored, or none. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return db.write(h -> work.get());
    }

    /** When {@code gone} is "me", {@code kept} becomes "me" (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> h.createUpdate("UPDATE books SET me_contact_id = :kept WHERE id = :id AND me_contact_id = :gone")
                .bind("kept", kept).bind("id", id).bind("gone", gone).execute());
    }
}
