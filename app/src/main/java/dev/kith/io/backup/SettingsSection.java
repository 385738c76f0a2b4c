package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "settings"}: the book's settings as key and value (plan size, cadences per circle, SMTP,
 * calendar token). The SMTP password is left out: a backup file is not the place for it.
 */
final class SettingsSection implements BackupSection {
    static final String LEFT_OUT = "smtp.password";

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT key, value FROM settings WHERE book_id = :book AND key <> :left ORDER BY key")
                .bind("book", book).bind("left", LEFT_OUT)
                .map((rs, ctx) -> out.add(Sql.object().put("key", rs.getString("key")).put("value", rs.getString("value"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "value"));
            String key = r.requiredText("key");
            if (key.equals(LEFT_OUT)) {
                throw r.fail(r.path() + ".key", "the SMTP password is never restored from a backup");
            }
            Sql.insert(r, () -> h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:book, :key, :value)")
                    .bind("book", book).bind("key", key).bind("value", r.requiredText("value")).execute());
        }
    }
}
