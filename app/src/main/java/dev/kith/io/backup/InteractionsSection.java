package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.interactions.InteractionRows;
import dev.kith.store.Database;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code "interactions"}: every interaction with its people (contact keys). */
final class InteractionsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "date", "kind", "initiator", "minutes", "summary",
            "exchange", "awaitingReply", "people");

    @Override
    public String name() {
        return "interactions";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        InteractionRows rows = new InteractionRows(db, book);
        Map<Long, List<Long>> people = rows.people();
        ArrayNode out = Json.array();
        for (InteractionRows.Row r : rows.all()) {
            ObjectNode i = Json.object().put("key", keys.assign("i", r.id())).put("date", Json.date(r.date()))
                    .put("kind", r.kind()).put("initiator", r.initiator()).put("minutes", r.minutes())
                    .put("summary", r.summary()).put("exchange", r.exchange())
                    .put("awaitingReply", r.awaitingReply());
            i.set("people", Json.keys(keys, "c", people.get(r.id())));
            out.add(i);
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        InteractionRows rows = new InteractionRows(db, book);
        for (Records.Record r : records) {
            r.only(FIELDS);
            r.validate(() -> dev.kith.core.Limits.text("summary", r.text("summary"), dev.kith.core.Limits.LONG_TEXT));
            long id = r.insert(() -> rows.insert(new InteractionRows.Row(0, r.date("date"), r.requiredText("kind"),
                    r.requiredText("initiator"), r.integer("minutes"), r.text("summary"),
                    r.text("exchange") == null ? "neutral" : r.text("exchange"), r.bool("awaitingReply"))));
            keys.restored(r.path(), "i", r.key(), id);
            List<String> people = r.texts("people");
            if (people.isEmpty()) {
                throw r.fail(r.path() + ".people", "an interaction needs at least one person");
            }
            for (String person : people) {
                Long contact = keys.id(r.path() + ".people", "c", person);
                r.insert(() -> rows.addPerson(id, contact));
            }
        }
    }
}
