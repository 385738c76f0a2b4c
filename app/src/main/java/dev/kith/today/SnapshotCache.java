package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last snapshot of each book, reused while the book's day and its database's
 * {@linkplain Database#dataVersion() data version} are unchanged, so a plan asked for again by a
 * long-lived process (the web server, a benchmark) is composed without reading the book. Where the
 * data version is unknown (PostgreSQL, inside an open transaction) every call loads afresh. A cached
 * snapshot keeps its {@linkplain SnapshotPart parts} by the part objects, so kinds built once per book
 * (as the composition root of the app does) load each part once per snapshot. Thread-safe.
 *
 * <p>Correctness: the version is read <em>before</em> the snapshot is loaded, so a commit that lands
 * during the load changes the version the next call sees and the stale snapshot is never reused.
 */
final class SnapshotCache {
    private record Entry(LocalDate today, long version, Snapshot snapshot) {
    }

    private static final Map<Database, Map<Long, Entry>> ENTRIES = Collections.synchronizedMap(new WeakHashMap<>());
    /** Per book, the lock its loads take one at a time. */
    private static final Map<Database, Map<Long, Object>> LOCKS = Collections.synchronizedMap(new WeakHashMap<>());

    private SnapshotCache() {
    }

    /** The snapshot of {@code book} today: the cached one when nothing was committed since it was loaded. */
    static Snapshot get(Sources sources) {
        Book book = sources.book();
        Database db = book.database();
        OptionalLong version = db.dataVersion();
        if (version.isEmpty()) {
            return SnapshotLoader.load(sources);
        }
        LocalDate today = book.clock().today();
        Map<Long, Entry> books = ENTRIES.computeIfAbsent(db, k -> new ConcurrentHashMap<>());
        Entry entry = books.get(book.id());
        if (entry != null && entry.version() == version.getAsLong() && entry.today().equals(today)) {
            return entry.snapshot();
        }
        // one load at a time per book: requests that miss together (a web server after a write) wait for it and
        // share its snapshot, instead of each loading the whole book at once (which ran a 128 MB heap out of memory)
        Object lock = LOCKS.computeIfAbsent(db, k -> new ConcurrentHashMap<>()).computeIfAbsent(book.id(), k -> new Object());
        synchronized (lock) {
            OptionalLong now = db.dataVersion();
            if (now.isEmpty()) {
                return SnapshotLoader.load(sources);
            }
            Entry loaded = books.get(book.id());
            if (loaded != null && loaded.version() == now.getAsLong() && loaded.today().equals(today)) {
                return loaded.snapshot();
            }
            Snapshot snapshot = SnapshotLoader.load(sources);
            books.put(book.id(), new Entry(today, now.getAsLong(), snapshot));
            return snapshot;
        }
    }
}
