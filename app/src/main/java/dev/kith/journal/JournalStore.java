package dev.kith.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.Database;
import dev.kith.store.RowImages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@code journal} table of one book: the one class of this package with SQL. Thread-safe. */
final class JournalStore {
    /** How many changes a book keeps to undo; older ones are forgotten. */
    static final int KEPT = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recorded change: what it was, in words, and the rows it changed. */
    record Entry(long id, String what, LocalDate madeOn, List<RowImages.Change> changes) {
    }

    private final Database db;
    private final long book;

    JournalStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    void add(String what, LocalDate on, List<RowImages.Change> changes) {
        String text;
        try {
            text = JSON.writeValueAsString(changes.stream().map(c -> new String[] {c.table(), c.before(), c.after()}).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.update(h -> {
            h.createUpdate("INSERT INTO journal (book_id, made_on, what, changes) VALUES (:book, :on, :what, :changes)")
                    .bind("book", book).bind("on", on).bind("what", what).bind("changes", text).execute();
            h.createUpdate("DELETE FROM journal WHERE book_id = :book AND id NOT IN"
                            + " (SELECT id FROM journal WHERE book_id = :book ORDER BY id DESC LIMIT " + KEPT + ")")
                    .bind("book", book).execute();
        });
    }

    /** The number of the latest change recorded; empty when there is none. */
    Optional<Long> lastId() {
        return db.read(h -> h.createQuery("SELECT id FROM journal WHERE book_id = :book ORDER BY id DESC LIMIT 1")
                .bind("book", book).mapTo(Long.class).findOne());
    }

    /** The latest change recorded, without its rows; empty when there is none. */
    Optional<String> lastWhat() {
        return db.read(h -> h.createQuery("SELECT what FROM journal WHERE book_id = :book ORDER BY id DESC LIMIT 1")
                .bind("book", book).mapTo(String.class).findOne());
    }

    /** The latest change recorded, with its rows; empty when there is none. */
    Optional<Entry> last() {
        return db.read(h -> h.createQuery("SELECT id, what, made_on, changes FROM journal WHERE book_id = :book"
                        + " ORDER BY id DESC LIMIT 1")
                .bind("book", book)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("what"),
                        dev.kith.core.Dates.stored(rs.getString("made_on")), changes(rs.getString("changes"))))
                .findOne());
    }

    void remove(long id) {
        db.update(h -> h.createUpdate("DELETE FROM journal WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", id).execute());
    }

    private static List<RowImages.Change> changes(String text) {
        try {
            List<String[]> rows = JSON.readValue(text, new TypeReference<List<String[]>>() { });
            return rows.stream().map(r -> new RowImages.Change(r[0], r[1], r[2])).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
