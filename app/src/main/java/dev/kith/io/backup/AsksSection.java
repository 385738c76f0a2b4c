package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.network.AskRows;
import dev.kith.store.Database;
import java.util.Set;

/**
 * {@code "asks"}: whom I asked "who should I meet about X?" (key {@code q…}): the contact asked, the
 * topic, the target it was about (key, may be null), when, and the answer (suggested contact, date).
 */
final class AsksSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "contact", "topic", "target", "askedOn", "answeredOn",
            "suggested");

    @Override
    public String name() {
        return "asks";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (AskRows.Row a : new AskRows(db, book).all()) {
            out.add(Json.object().put("key", keys.assign("q", a.id()))
                    .put("contact", keys.key("c", a.contactId())).put("topic", a.topic())
                    .put("target", keys.key("w", a.targetId()))
                    .put("askedOn", Json.date(a.askedOn())).put("answeredOn", Json.date(a.answeredOn()))
                    .put("suggested", keys.key("c", a.suggestedId())));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        AskRows rows = new AskRows(db, book);
        for (Records.Record r : records) {
            r.only(FIELDS);
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            Long target = keys.id(r.path() + ".target", "w", r.text("target"));
            Long suggested = keys.id(r.path() + ".suggested", "c", r.text("suggested"));
            long id = r.insert(() -> rows.insert(new AskRows.Row(0, contact, r.requiredText("topic"), target,
                    r.date("askedOn"), r.date("answeredOn"), suggested)));
            keys.restored(r.path(), "q", r.key(), id);
        }
    }
}
