package dev.kith.io.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.book.Book;
import dev.kith.contacts.ContactRows;
import dev.kith.io.ImportException;
import dev.kith.io.ImportSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores a {@link Backup} into an empty book, losslessly: every record of every section, with
 * its dates and states. A book that already has contacts or organizations is refused (restore into
 * a new book with {@code --book}). Call inside the import's transaction; the search index is rebuilt.
 */
public final class Restore {
    private Restore() {
    }

    /** Restores the backup {@code text} read from {@code file}; the summary counts restored contacts as created. */
    public static ImportSummary restore(Book book, String file, String text) {
        JsonNode root;
        try {
            root = Backup.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportException(file, Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        checkHeader(file, root);
        if (!new ContactRows(book.database(), book.id()).isEmpty()) {
            throw new ImportException(file, 0, "the book '" + book.name() + "' is not empty: restore a backup into a"
                    + " new book (--book NAME) or a new database");
        }
        Keys keys = new Keys(file);
        book.atomically(() -> {
            for (BackupSection s : BackupSections.ALL) {
                JsonNode node = root.get(s.name());
                if (node != null && !node.isNull()) {
                    s.restore(book.database(), book.id(), new Records(file, s.name(), node), keys);
                }
            }
            JsonNode me = root.get("me");
            if (me != null && !me.isNull()) {
                if (!me.isTextual()) {
                    throw new ImportException(file, 0, "me: expected a contact key");
                }
                book.setMe(keys.id("me", "c", me.asText()));
            }
            return null;
        });
        book.search().reindexAll();
        int contacts = root.path("contacts").size();
        return new ImportSummary(contacts, 0, 0, 0, List.of());
    }

    private static void checkHeader(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ImportException(file, 1, "not a Kith backup: expected a JSON object");
        }
        if (!Backup.FORMAT.equals(root.path("format").asText(null))) {
            throw new ImportException(file, 1, "not a Kith backup: \"format\" must be \"" + Backup.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() < 1) {
            throw new ImportException(file, 1, "\"version\" must be a whole number from 1");
        }
        if (version.asInt() > Backup.VERSION) {
            throw new ImportException(file, 1, "this backup is version " + version.asInt()
                    + ", written by a newer Kith; this one reads up to version " + Backup.VERSION);
        }
        Set<String> known = new HashSet<>(Set.of("format", "version", "me"));
        BackupSections.ALL.forEach(s -> known.add(s.name()));
        root.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw new ImportException(file, 0, "unknown section \"" + f + "\" (written by a newer Kith?)");
            }
        });
    }
}
