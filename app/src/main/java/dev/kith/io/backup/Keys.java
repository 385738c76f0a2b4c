package dev.kith.io.backup;

import dev.kith.io.ImportException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stable keys of a backup ({@code c1}, {@code o2}, ...) and the database ids they stand for.
 * Keys are given in export order (by id), so a restored book exports the same keys again.
 * Not thread-safe.
 */
public final class Keys {
    private final Map<String, Map<Long, String>> toKey = new HashMap<>();
    private final Map<String, Map<String, Long>> toId = new HashMap<>();
    private final String file;

    Keys(String file) {
        this.file = file;
    }

    /** Gives the record {@code id} of {@code kind} (a one-letter prefix) the next key, and returns it. */
    public String assign(String prefix, long id) {
        Map<Long, String> keys = toKey.computeIfAbsent(prefix, k -> new LinkedHashMap<>());
        return keys.computeIfAbsent(id, k -> prefix + (keys.size() + 1));
    }

    /** The key of record {@code id}, or null for a null id. */
    public String key(String prefix, Long id) {
        if (id == null) {
            return null;
        }
        String key = toKey.getOrDefault(prefix, Map.of()).get(id);
        if (key == null) {
            throw new IllegalStateException("no " + prefix + " key for id " + id);
        }
        return key;
    }

    /**
     * Remembers that the record {@code key} was restored as {@code id}; a key that does not start with
     * {@code prefix} (the section's letter) or is used twice is an error.
     */
    public void restored(String path, String prefix, String key, long id) {
        if (!key.startsWith(prefix)) {
            throw new ImportException(file, 0, path + ".key: '" + key + "' must start with '" + prefix + "'");
        }
        if (toId.computeIfAbsent(prefix, k -> new HashMap<>()).putIfAbsent(key, id) != null) {
            throw new ImportException(file, 0, path + ": the key '" + key + "' is used twice");
        }
    }

    /** The id restored for {@code key} (which must start with {@code prefix}); null for null. */
    public Long id(String path, String prefix, String key) {
        if (key == null) {
            return null;
        }
        Long id = key.startsWith(prefix) ? toId.getOrDefault(prefix, Map.of()).get(key) : null;
        if (id == null) {
            throw new ImportException(file, 0, path + ": '" + key + "' refers to no record of this backup");
        }
        return id;
    }
}
