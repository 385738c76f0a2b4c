package dev.kith.io.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.book.Book;
import dev.kith.core.KithException;

/**
 * Writes a complete backup of a book as JSON: {@code format}, {@code version}, {@code me} (a contact
 * key or null) and one array per {@link BackupSections#ALL section}. The output depends only on the
 * book's content (no export time, no database ids), so a restored book exports identically. Thread-safe.
 */
public final class Backup {
    public static final String FORMAT = "kith-backup";
    /** 2: jobs carry their import {@code source}; version 1 backups (without it) restore as before. */
    public static final int VERSION = 2;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Backup() {
    }

    /** The backup of {@code book} as indented JSON text, ending with a newline. */
    public static String toJson(Book book) {
        Keys keys = new Keys("backup");
        ObjectNode root = Json.object().put("format", FORMAT).put("version", VERSION);
        ObjectNode sections = Json.object();
        for (BackupSection s : BackupSections.ALL) {
            sections.set(s.name(), s.export(book.database(), book.id(), keys));
        }
        root.put("me", keys.key("c", book.me().orElse(null)));
        root.setAll(sections);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new KithException("cannot write the backup: " + e.getMessage(), e);
        }
    }
}
