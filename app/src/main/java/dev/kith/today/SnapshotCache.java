package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.store.Database;
import dev.kith.store.Stamps;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last snapshot of each book, reused while the book's day and the {@linkplain Database#stamps change
 * stamps} of that book's tables ({@link #READS}) are unchanged, so a plan asked for again by a long-lived
 * process (the web server, a benchmark) is composed without reading the book, on SQLite and PostgreSQL
 * alike; a change to another book does not reload it. Inside an open transaction every call loads afresh. A cached
 * snapshot keeps its {@linkplain SnapshotPart parts} by the part objects, so kinds built once per book
 * (as the composition root of the app does) load each part once per snapshot. Thread-safe.
 *
 * <p>Correctness: the stamps are read <em>before</em> the snapshot is loaded, so a commit that lands
 * during the load changes the stamps the next call sees and the stale snapshot is never reused.
 */
final class SnapshotCache {
    private record Entry(LocalDate today, Stamps stamps, Snapshot snapshot) {
    }

    /**
     * What a snapshot and its parts may read: every stamped table but the stored vectors (a vector is a
     * function of its text, and parts store the ones they compute) and the served address-book cards.
     */
    static final List<String> READS = Stamps.TABLES.stream()
            .filter(t -> !t.endsWith("_embeddings") && !t.equals("cards") && !t.equals("card_books")).sorted().toList();

    private static final Map<Database, Map<Long, Entry>> ENTRIES = Collections.synchronizedMap(new WeakHashMap<>());
    /** Per book, the lock its loads take one at a time. */
    private static final Map<Database, Map<Long, Object>> LOCKS = Collections.synchronizedMap(new WeakHashMap<>());

    private SnapshotCache() {
    }

    /**
     * Gives {@code next} the parts of {@code last}'s snapshot that name the tables they read, when none of
     * those tables changed between {@code last}'s stamps and {@code now}.
     */
    private static void carryParts(Entry last, Stamps now, Snapshot next) {
        last.snapshot().loadedParts().forEach((part, value) -> {
            java.util.Collection<String> reads = part.reads();
            if (reads != null && reads.stream().allMatch(t -> READS.contains(t)
                    && java.util.Objects.equals(last.stamps().values().get(t), now.values().get(t)))) {
                next.carry(part, value);
            }
        });
    }

    /**
     * The cached snapshot of {@code sources}' book when it is still current (same day, nothing committed to the
     * tables it reads since); empty when the next {@link #get} would load one, or where stamps are unknown.
     */
    static Optional<Snapshot> current(Sources sources) {
        Book book = sources.book();
        Database db = book.database();
        Optional<Stamps> stamps = db.stamps(book.id(), READS);
        Map<Long, Entry> books = ENTRIES.get(db);
        Entry entry = books == null ? null : books.get(book.id());
        return stamps.isPresent() && current(entry, stamps.get(), book.clock().today())
                ? Optional.of(entry.snapshot()) : Optional.empty();
    }

    /** Whether {@code entry} (null: none) was loaded on {@code today} under the same {@code stamps}. */
    private static boolean current(Entry entry, Stamps stamps, LocalDate today) {
        return entry != null && entry.stamps().equals(stamps) && entry.today().equals(today);
    }

    /** The snapshot of {@code book} today: the cached one when nothing was committed since it was loaded. */
    static Snapshot get(Sources sources) {
        Book book = sources.book();
        Database db = book.database();
        Optional<Stamps> stamps = db.stamps(book.id(), READS);
        if (stamps.isEmpty()) {
            return SnapshotLoader.load(sources);
        }
        LocalDate today = book.clock().today();
        Map<Long, Entry> books = ENTRIES.computeIfAbsent(db, k -> new ConcurrentHashMap<>());
        Entry entry = books.get(book.id());
        if (current(entry, stamps.get(), today)) {
            return entry.snapshot();
        }
        // one load at a time per book: requests that miss together (a web server after a write) wait for it and
        // share its snapshot, instead of each loading the whole book at once (which ran a 128 MB heap out of memory)
        Object lock = LOCKS.computeIfAbsent(db, k -> new ConcurrentHashMap<>()).computeIfAbsent(book.id(), k -> new Object());
        synchronized (lock) {
            Optional<Stamps> now = db.stamps(book.id(), READS);
            if (now.isEmpty()) {
                return SnapshotLoader.load(sources);
            }
            Entry loaded = books.get(book.id());
            if (current(loaded, now.get(), today)) {
                return loaded.snapshot();
            }
            Snapshot snapshot = SnapshotLoader.load(sources);
            if (loaded != null && loaded.today().equals(today)) {
                carryParts(loaded, now.get(), snapshot);
            }
            books.put(book.id(), new Entry(today, now.get(), snapshot));
            return snapshot;
        }
    }
}
