package dev.kith.network;

import dev.kith.core.AlreadyRecordedException;
import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;

/** Ties between the contacts of one book. Thread-safe. */
public final class Ties implements dev.kith.core.ContactReferences {
    private static final RowMapper<Tie> MAPPER = (rs, ctx) -> {
        String since = rs.getString("since");
        return new Tie(rs.getLong("id"), rs.getLong("from_id"), rs.getLong("to_id"),
                TieKind.parse("kind", rs.getString("kind")), Dates.stored(since),
                Coded.parse(TieSource.class, "source", rs.getString("source")));
    };

    private final Database db;
    private final long book;
    private final List<Consumer<Tie>> listeners = new CopyOnWriteArrayList<>();

    public Ties(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /**
     * Records a tie. A symmetric kind (knows, colleague, family) already recorded in either direction
     * is an {@link AlreadyRecordedException}, as is the same directed tie twice.
     */
    public Tie add(long fromId, long toId, TieKind kind, LocalDate since, TieSource source) {
        Tie draft = new Tie(0, fromId, toId, kind, since, source);
        return db.write(h -> {
            int known = h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id IN (:a, :b)")
                    .bind("book", book).bind("a", fromId).bind("b", toId).mapTo(Integer.class).one();
            if (known != 2) {
                throw new ValidationException("people", "both people must be contacts of this book");
            }
            boolean symmetric = kind == TieKind.KNOWS || kind == TieKind.COLLEAGUE || kind == TieKind.FAMILY;
            // "+book_id": SQLite then seeks both directions by from_id instead of scanning the book's ties
            int existing = h.createQuery("SELECT count(*) FROM ties WHERE +book_id = :book AND kind = :kind AND"
                            + " ((from_id = :a AND to_id = :b)" + (symmetric ? " OR (from_id = :b AND to_id = :a))" : ")"))
                    .bind("book", book).bind("kind", kind.code()).bind("a", fromId).bind("b", toId)
                    .mapTo(Integer.class).one();
            if (existing > 0) {
                throw new AlreadyRecordedException("kind", "this " + kind.code() + " tie is already recorded");
            }
            long id = h.createQuery("""
                            INSERT INTO ties (book_id, from_id, to_id, kind, since, source)
                            VALUES (:book, :a, :b, :kind, :since, :source) RETURNING id""")
                    .bind("book", book).bind("a", fromId).bind("b", toId).bind("kind", kind.code())
                    .bind("since", since).bind("source", draft.source().code())
                    .mapTo(Long.class).one();
            Tie tie = new Tie(id, fromId, toId, kind, since, draft.source());
            if (!listeners.isEmpty()) {
                h.afterCommit(() -> listeners.forEach(l -> l.accept(tie)));
            }
            return tie;
        });
    }

    /** Tie {@code id}; a {@link dev.kith.core.NotFoundException} when there is none. */
    public Tie get(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM ties WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", id).map(MAPPER).findOne())
                .orElseThrow(() -> new dev.kith.core.NotFoundException("no tie with id " + id));
    }

    /**
     * Changes tie {@code id}'s kind and since (null clears it); the same tie already recorded with that
     * kind is an {@link AlreadyRecordedException}, no tie with that id a {@link dev.kith.core.NotFoundException}.
     */
    public Tie edit(long id, TieKind kind, LocalDate since) {
        return db.write(h -> {
            Tie was = get(id);
            boolean symmetric = kind == TieKind.KNOWS || kind == TieKind.COLLEAGUE || kind == TieKind.FAMILY;
            int existing = h.createQuery("SELECT count(*) FROM ties WHERE +book_id = :book AND kind = :kind AND id <> :id"
                            + " AND ((from_id = :a AND to_id = :b)" + (symmetric ? " OR (from_id = :b AND to_id = :a))" : ")"))
                    .bind("book", book).bind("kind", kind.code()).bind("a", was.fromId()).bind("b", was.toId())
                    .bind("id", id).mapTo(Integer.class).one();
            if (existing > 0) {
                throw new AlreadyRecordedException("kind", "this " + kind.code() + " tie is already recorded");
            }
            h.createUpdate("UPDATE ties SET kind = :kind, since = :since WHERE book_id = :book AND id = :id")
                    .bind("kind", kind.code()).bind("since", since).bind("book", book).bind("id", id).execute();
            return get(id);
        });
    }

    /** Deletes tie {@code id}; a {@link dev.kith.core.NotFoundException} when there is none. */
    public Tie delete(long id) {
        return db.write(h -> {
            Tie was = get(id);
            h.createUpdate("DELETE FROM ties WHERE book_id = :book AND id = :id").bind("book", book).bind("id", id)
                    .execute();
            return was;
        });
    }

    /**
     * Calls {@code listener} with every tie this instance adds, once its transaction has committed
     * (never for a tie rolled back). Listeners run on the writing thread and must be quick.
     */
    public void onAdded(Consumer<Tie> listener) {
        listeners.add(listener);
    }

    /** Every tie touching {@code contactId}, in either direction. */
    public List<Tie> ofContact(long contactId) {
        return db.read(h -> h.createQuery("SELECT * FROM ties WHERE book_id = :book AND (from_id = :id OR to_id = :id)"
                        + " ORDER BY id")
                .bind("book", book).bind("id", contactId).map(MAPPER).list());
    }

    /** One tie as {@link #each} hands it over: its people, kind and since (null when unknown). */
    @FunctionalInterface
    public interface Row {
        void tie(long fromId, long toId, TieKind kind, LocalDate since);
    }

    /**
     * Every tie of the book in the order of {@link #all}, with only what the network's edges need: four
     * columns read by position, each kind and date parsed once, no {@link Tie} per row.
     */
    public void each(Row row) {
        java.util.Map<String, TieKind> kinds = new java.util.HashMap<>();
        java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT from_id, to_id, kind, since FROM ties WHERE book_id = :book ORDER BY id")
                    .bind("book", book)
                    .map((rs, ctx) -> {
                        String since = rs.getString(4);
                        row.tie(rs.getLong(1), rs.getLong(2), kinds.computeIfAbsent(rs.getString(3),
                                k -> TieKind.parse("kind", k)), since == null ? null : dates.computeIfAbsent(since, Dates::stored));
                        return Boolean.TRUE;
                    }).forEach(x -> { });
            return null;
        });
    }

    /** Every tie of the book. */
    public List<Tie> all() {
        return db.read(h -> h.createQuery("SELECT * FROM ties WHERE book_id = :book ORDER BY id")
                .bind("book", book).map(MAPPER).list());
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.dropBetween(h, book, "ties", "from_id", "to_id", kept, gone);
            dev.kith.store.Repoint.column(h, book, "ties", "from_id", kept, gone, "to_id", "kind");
            dev.kith.store.Repoint.column(h, book, "ties", "to_id", kept, gone, "from_id", "kind");
            // a symmetric tie now recorded both ways keeps its older row
            h.createUpdate("DELETE FROM ties WHERE book_id = :book AND kind IN ('knows', 'colleague', 'family')"
                            + " AND (from_id = :kept OR to_id = :kept) AND EXISTS (SELECT 1 FROM ties x WHERE"
                            + " x.book_id = :book AND x.from_id = ties.to_id AND x.to_id = ties.from_id"
                            + " AND x.kind = ties.kind AND x.id < ties.id)")
                    .bind("book", book).bind("kept", kept).execute();
        });
    }
}
