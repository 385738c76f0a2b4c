package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.milestones.MilestoneRows;
import dev.kith.store.Database;
import java.util.Set;

/** {@code "milestones"}: what happened to whom (contact key), when, and whether it was acknowledged. */
final class MilestonesSection implements BackupSection {
    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (MilestoneRows.Row m : new MilestoneRows(db, book).all()) {
            out.add(Json.object().put("key", keys.assign("m", m.id())).put("contact", keys.key("c", m.contactId()))
                    .put("kind", m.kind()).put("date", Json.date(m.date())).put("text", m.text())
                    .put("acknowledged", m.acknowledged()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        MilestoneRows rows = new MilestoneRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "contact", "kind", "date", "text", "acknowledged"));
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            long id = r.insert(() -> rows.insert(new MilestoneRows.Row(0, contact, r.requiredText("kind"),
                    r.date("date"), r.text("text"), r.bool("acknowledged"))));
            keys.restored(r.path(), "m", r.key(), id);
        }
    }
}
