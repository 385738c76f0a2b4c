package dev.kith.store;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The last value computed from a database, reused while nothing was committed to it (its
 * {@linkplain Database#dataVersion() data version} is unchanged) and it is asked for with an equal
 * key (say, the day). Where the version cannot be known (PostgreSQL, or inside a transaction open
 * on the calling thread) every call computes afresh. The version is read <em>before</em> computing,
 * so a commit that lands meanwhile makes the next call compute again. Thread-safe; two threads may
 * compute the same value at once, and either result is kept.
 *
 * @param <V> the value, which callers must not change
 */
public final class PerVersion<V> {
    private record Entry<V>(long version, Object key, V value) {
    }

    private final Database db;
    private volatile Entry<V> last;

    public PerVersion(Database db) {
        this.db = db;
    }

    /** The value for {@code key}: the kept one when the database is unchanged since, else {@code compute}'s. */
    public V get(Object key, Supplier<V> compute) {
        OptionalLong version = db.dataVersion();
        if (version.isEmpty()) {
            return compute.get();
        }
        Entry<V> entry = last;
        if (entry != null && entry.version() == version.getAsLong() && Objects.equals(entry.key(), key)) {
            return entry.value();
        }
        V value = compute.get();
        last = new Entry<>(version.getAsLong(), key, value);
        return value;
    }
}
