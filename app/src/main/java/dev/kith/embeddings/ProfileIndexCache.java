package dev.kith.embeddings;

import dev.kith.book.Book;
import dev.kith.core.SingleFlight;
import dev.kith.store.Database;
import dev.kith.store.Stamps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kept {@link ProfileIndex} of each book, per database: reused while the day, the model and the
 * {@linkplain Database#stamps change stamps} of what it reads ({@link #READS}) are unchanged, and built once
 * by concurrent readers of the same data ({@link SingleFlight}). A database no longer used is forgotten with
 * its indexes. Thread-safe.
 */
final class ProfileIndexCache {
    /**
     * What an index reads, whose change stamps key the cache: the profiles' tables and the stored profile
     * vectors. Not interactions: logging one leaves the index as it is.
     */
    static final List<String> READS;

    /** The table of stored profile vectors, which a build writes when a vector is missing. */
    private static final String VECTORS = "profile_embeddings";

    static {
        List<String> reads = new ArrayList<>(Stamps.PROFILE);
        reads.add(VECTORS);
        READS = List.copyOf(reads);
    }

    /** What an index is of: the day, the stamps of {@link #READS} before it was read, and the similarity's model. */
    private record Key(LocalDate today, Stamps stamps, String model) {
    }

    /** An index kept, with the day, the stamps after its build and the model it was built with. */
    private record Entry(LocalDate today, Stamps stamps, String model, ProfileIndex index) {
    }

    /** One book's kept index and its builds under way. */
    private static final class Slot {
        private volatile Entry kept;
        private final SingleFlight<Key, ProfileIndex> builds = new SingleFlight<>();
    }

    private static final Map<Database, Map<Long, Slot>> SLOTS = Collections.synchronizedMap(new WeakHashMap<>());

    private ProfileIndexCache() {
    }

    /** See {@link ProfileIndex#of}. */
    static ProfileIndex of(Book book) {
        // named, not loaded: the model loads only if a vector is missing (see LocalModel.lazy)
        Embedder embedder = LocalModel.lazy().orElse(null);
        String model = embedder == null ? "lexical" : embedder.model();
        Database db = book.database();
        LocalDate today = book.clock().today();
        Slot slot = SLOTS.computeIfAbsent(db, k -> new ConcurrentHashMap<>()).computeIfAbsent(book.id(), k -> new Slot());
        Optional<Stamps> before = db.stamps(book.id(), READS);
        Entry entry = slot.kept;
        if (before.isPresent() && entry != null && entry.stamps().equals(before.get())
                && entry.today().equals(today) && entry.model().equals(model)) {
            return entry.index();
        }
        if (before.isEmpty()) {
            return build(book, today, embedder, model, before, slot);
        }
        return slot.builds.get(new Key(today, before.get(), model), () -> build(book, today, embedder, model, before, slot));
    }

    /** Builds the index and keeps it in {@code slot} when nothing else it reads changed meanwhile. */
    private static ProfileIndex build(Book book, LocalDate today, Embedder embedder, String model,
                                      Optional<Stamps> before, Slot slot) {
        ProfileIndex index;
        String built = model;
        try {
            index = ProfileIndex.forBook(book, today, embedder);
        } catch (LocalModel.Unavailable e) {
            index = ProfileIndex.forBook(book, today, null);
            built = "lexical";
        }
        // the build stores the vectors it had to compute: that change to the stored vectors is its own (a vector
        // is a function of the profile's text), so the index is kept under the stamps after it, as long as
        // nothing else it reads changed meanwhile
        Optional<Stamps> after = book.database().stamps(book.id(), READS);
        if (before.isPresent() && after.isPresent() && before.get().sameExcept(after.get(), List.of(VECTORS))) {
            slot.kept = new Entry(today, after.get(), built, index);
        }
        return index;
    }

    /** See {@link ProfileIndex#cached}. */
    static Optional<ProfileIndex> cached(Book book, LocalDate today) {
        Database db = book.database();
        Optional<Stamps> now = db.stamps(book.id(), READS);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Slot> books = SLOTS.get(db);
        Slot slot = books == null ? null : books.get(book.id());
        if (slot == null) {
            return Optional.empty();
        }
        Entry entry = slot.kept;
        if (entry != null && entry.today().equals(today) && entry.stamps().equals(now.get())) {
            return Optional.of(entry.index());
        }
        // one being built for the same data (whatever the model) is on its way: cheaper to wait for than to read
        // the profiles again
        try {
            return slot.builds.awaitRunning(key -> key.today().equals(today) && key.stamps().equals(now.get()));
        } catch (RuntimeException e) {
            return Optional.empty(); // its builder reports the failure
        }
    }
}
