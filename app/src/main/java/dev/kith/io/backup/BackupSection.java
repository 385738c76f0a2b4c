package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.store.Database;

/**
 * One kind of record in a backup, stored as a JSON array under {@link #name()}. Sections are written
 * and restored in the order of {@link BackupSections#ALL}, so a section may refer (by key) to records
 * of the sections before it. A section reads and writes its tables through the owning feature's row
 * store ({@code ContactRows}, {@code InteractionRows}, ...) and only maps those rows to and from JSON.
 * Implementations are stateless and thread-safe.
 */
public interface BackupSection {
    /** The top-level field name, e.g. {@code "contacts"}. */
    String name();

    /** Every record of book {@code book}, oldest first, each with a stable {@code "key"} given through {@code keys}. */
    ArrayNode export(Database db, long book, Keys keys);

    /**
     * Inserts {@code records} into the empty book {@code book}, inside the restore's transaction; a bad
     * record is an {@code ImportException}.
     */
    void restore(Database db, long book, Records records, Keys keys);
}
