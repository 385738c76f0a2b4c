package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.store.Database;
import dev.kith.store.SettingValues;
import java.util.Set;

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
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        new SettingValues(db, book).sorted().forEach((key, value) -> {
            if (!key.equals(LEFT_OUT)) {
                out.add(Json.object().put("key", key).put("value", value));
            }
        });
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        SettingValues settings = new SettingValues(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "value"));
            String key = r.requiredText("key");
            if (key.equals(LEFT_OUT)) {
                throw r.fail(r.path() + ".key", "the SMTP password is never restored from a backup");
            }
            r.insert(() -> settings.insert(key, r.requiredText("value")));
        }
    }
}
