package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.store.Database;
import dev.kith.tasks.TaskRows;
import java.util.Set;

/** {@code "tasks"}: what to do with whom (contact key), by when, and its status. */
final class TasksSection implements BackupSection {
    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (TaskRows.Row t : new TaskRows(db, book).all()) {
            out.add(Json.object().put("key", keys.assign("k", t.id())).put("contact", keys.key("c", t.contactId()))
                    .put("kind", t.kind()).put("due", Json.date(t.due())).put("status", t.status())
                    .put("note", t.note()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        TaskRows rows = new TaskRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "contact", "kind", "due", "status", "note"));
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            long id = r.insert(() -> rows.insert(new TaskRows.Row(0, contact, r.requiredText("kind"), r.date("due"),
                    r.text("status") == null ? "open" : r.text("status"), r.text("note"))));
            keys.restored(r.path(), "k", r.key(), id);
        }
    }
}
