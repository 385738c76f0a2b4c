package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.jdbi.v3.core.Handle;

/**
 * One kind of record in a backup, stored as a JSON array under {@link #name()}. Sections are written
 * and restored in the order of {@link BackupSections#ALL}, so a section may refer (by key) to records
 * of the sections before it. Implementations are stateless and thread-safe.
 */
public interface BackupSection {
    /** The top-level field name, e.g. {@code "contacts"}. */
    String name();

    /** Every record of {@code book}, oldest first, each with a stable {@code "key"} given through {@code keys}. */
    ArrayNode export(Handle h, long book, Keys keys);

    /** Inserts {@code records} into the empty book {@code book}; a bad record is an {@code ImportException}. */
    void restore(Handle h, long book, Records records, Keys keys);
}
