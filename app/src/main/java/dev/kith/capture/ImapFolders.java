package dev.kith.capture;

import dev.kith.capture.mail.ImapSource.FolderState;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.Map;

/** The store of how far each folder of each IMAP source of a book was read. */
final class ImapFolders {
    private final Database db;
    private final long book;

    ImapFolders(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Folder name → state for source {@code sourceId}; empty when it was never synced. */
    Map<String, FolderState> of(String sourceId) {
        Map<String, FolderState> states = new HashMap<>();
        db.read(h -> h.createQuery("SELECT folder, uid_validity, last_uid FROM imap_folders"
                        + " WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId)
                .map((rs, ctx) -> states.put(rs.getString(1), new FolderState(rs.getLong(2), rs.getLong(3))))
                .list());
        return states;
    }

    /** Stores {@code states} for {@code sourceId}, replacing what was stored for those folders. */
    void save(String sourceId, Map<String, FolderState> states) {
        db.update(h -> states.forEach((folder, s) -> {
            h.createUpdate("DELETE FROM imap_folders WHERE book_id = :book AND source_id = :source AND folder = :folder")
                    .bind("book", book).bind("source", sourceId).bind("folder", folder).execute();
            h.createUpdate("""
                            INSERT INTO imap_folders (book_id, source_id, folder, uid_validity, last_uid)
                            VALUES (:book, :source, :folder, :validity, :last)""")
                    .bind("book", book).bind("source", sourceId).bind("folder", folder)
                    .bind("validity", s.uidValidity()).bind("last", s.lastUid()).execute();
        }));
    }

    /** Forgets source {@code sourceId}. */
    void forget(String sourceId) {
        db.update(h -> h.createUpdate("DELETE FROM imap_folders WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId).execute());
    }
}
