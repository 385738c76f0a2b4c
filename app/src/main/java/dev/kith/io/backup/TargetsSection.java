package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.network.TargetRows;
import dev.kith.store.Database;
import java.util.Set;

/**
 * {@code "targets"}: whom I want to meet (key {@code w…}): a contact (key) or a free name at an
 * organization, or an organization, industry or role; the note, status and dates. Written before
 * {@code todayActions}, whose {@code ask-intro} actions name a target.
 */
final class TargetsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "kind", "contact", "name", "organization", "industry",
            "role", "note", "status", "createdOn", "askedOn");

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (TargetRows.Row t : new TargetRows(db, book).all()) {
            out.add(Json.object().put("key", keys.assign("w", t.id())).put("kind", t.kind())
                    .put("contact", keys.key("c", t.contactId()))
                    .put("name", t.name()).put("organization", t.organization())
                    .put("industry", t.industry()).put("role", t.role())
                    .put("note", t.note()).put("status", t.status())
                    .put("createdOn", Json.date(t.createdOn())).put("askedOn", Json.date(t.askedOn())));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        TargetRows rows = new TargetRows(db, book);
        for (Records.Record r : records) {
            r.only(FIELDS);
            Long contact = keys.id(r.path() + ".contact", "c", r.text("contact"));
            long id = r.insert(() -> rows.insert(new TargetRows.Row(0, r.requiredText("kind"), contact, r.text("name"),
                    r.text("organization"), r.text("industry"), r.text("role"), r.text("note"),
                    r.text("status") == null ? "open" : r.text("status"), r.date("createdOn"), r.date("askedOn"))));
            keys.restored(r.path(), "w", r.key(), id);
        }
    }
}
