package dev.kith.journal;

import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import dev.kith.store.RowImages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The changes of one book that can be undone, newest first: {@link #record} or {@link #note} records a
 * change in the transaction that makes it, as the rows it changed (compared before and after within
 * its {@link Scope}); {@link #undo} puts the rows of the latest change back and forgets it, so that
 * undoing again walks further back. A change recorded inside another (a logged interaction inside a
 * done action) is part of the outer one. The last {@value JournalStore#KEPT} changes are kept.
 * Thread-safe.
 */
public final class Journal {
    /** The change being recorded on this thread, if any. */
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final SearchIndex search;
    private final JournalStore store;

    public Journal(Database db, long book, KithClock clock, SearchIndex search) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.search = search;
        this.store = new JournalStore(db, book);
    }

    /** The journal of {@code book}. */
    public static Journal of(Book book) {
        return new Journal(book.database(), book.id(), book.clock(), book.search());
    }

    /**
     * Makes the change {@code change} in one transaction and records it as {@code what}, a plain
     * phrase ("logged a call with Ana Lima"), unless it changed nothing.
     */
    public <T> T record(String what, Scope scope, Supplier<T> change) {
        try {
            return db.write(h -> {
                note(what, scope);
                return change.get();
            });
        } finally {
            if (!db.inTransaction()) {
                PENDING.remove(); // rolled back: the row images it held go with it, not kept by a pooled thread
            }
        }
    }

    /**
     * Records the change the caller's transaction is about to make: call it before the change writes
     * anything; a change already being recorded in this transaction takes in {@code scope} instead.
     * An {@link IllegalStateException} outside a transaction.
     */
    public void note(String what, Scope scope) {
        if (!db.inTransaction()) {
            throw new IllegalStateException("a change is noted inside its transaction");
        }
        Pending pending = pending();
        if (pending != null) {
            pending.widen(scope);
            return;
        }
        Pending started = new Pending(what, scope, new RowImages(db, book));
        PENDING.set(started);
        db.beforeCommit(() -> finish(started));
    }

    /**
     * Tells the change being recorded that it created these contacts: what hangs on them is new, and
     * undoing the change removes it. Does nothing when no change is being recorded.
     */
    public void created(java.util.Collection<Long> contacts) {
        Pending pending = pending();
        if (pending != null) {
            pending.scope = pending.scope.and(Scope.contacts(contacts));
        }
    }

    /** What {@link #undo} would undo, in words; empty when there is nothing to undo. */
    public Optional<String> last() {
        return store.lastWhat();
    }

    /**
     * The number of the latest recorded change, to undo exactly that one later ({@link #undo(long)});
     * empty when there is nothing to undo.
     */
    public Optional<Long> lastEntry() {
        return store.lastId();
    }

    /** Undoes the latest recorded change and says what it was; empty when there is nothing to undo. */
    public Optional<String> undo() {
        return undo(-1);
    }

    /**
     * Undoes change {@code entry} (from {@link #lastEntry}) only while it is still the latest, and says what
     * it was; empty when it is not (a later change would be reverted with it, or it was undone already).
     * A negative {@code entry} undoes whatever is latest.
     */
    public Optional<String> undo(long entry) {
        return db.write(h -> store.last().filter(e -> entry < 0 || e.id() == entry).map(latest -> {
            RowImages images = new RowImages(db, book);
            images.revert(latest.changes());
            Set<Long> touched = images.contactsOf(latest.changes());
            search.reindex(touched);
            store.remove(latest.id());
            return latest.what();
        }));
    }

    private Pending pending() {
        Pending pending = PENDING.get();
        if (pending == null) {
            return null;
        }
        if (pending.book != book || pending.handle != db.read(h -> h)) {
            PENDING.remove();
            return null;
        }
        return pending;
    }

    private void finish(Pending pending) {
        if (PENDING.get() == pending) {
            PENDING.remove();
        }
        RowImages.Image after = pending.scope.wholeBook() ? pending.images.wholeBook()
                : pending.images.around(pending.scope.contacts(), pending.scope.tables());
        List<RowImages.Change> changes = pending.images.changes(pending.before, after);
        if (!changes.isEmpty()) {
            store.add(pending.what, clock.today(), changes);
        }
    }

    /** A change being recorded: what it is, its scope so far and the rows of that scope before it. */
    private final class Pending {
        final String what;
        final RowImages images;
        final long book = Journal.this.book;
        final Object handle = db.read(h -> h);
        Scope scope;
        RowImages.Image before;

        Pending(String what, Scope scope, RowImages images) {
            this.what = what;
            this.images = images;
            this.scope = scope;
            this.before = image(scope);
        }

        void widen(Scope more) {
            if (scope.covers(more)) {
                return;
            }
            images.widen(before, image(more));
            scope = scope.and(more);
        }

        private RowImages.Image image(Scope of) {
            return of.wholeBook() ? images.wholeBook() : images.around(of.contacts(), of.tables());
        }
    }
}
