package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.groups.GroupRows;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code "groups"}: professional groups with their members (contact keys), roles and join dates. */
final class GroupsSection implements BackupSection {
    @Override
    public String name() {
        return "groups";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        GroupRows rows = new GroupRows(db, book);
        Map<Long, ArrayNode> members = new HashMap<>();
        for (GroupRows.MemberRow m : rows.members()) {
            members.computeIfAbsent(m.groupId(), k -> Json.array())
                    .add(Json.object().put("contact", keys.key("c", m.contactId())).put("role", m.role())
                            .put("since", Json.date(m.since())));
        }
        ArrayNode out = Json.array();
        for (GroupRows.Row r : rows.all()) {
            ObjectNode g = Json.object().put("key", keys.assign("g", r.id())).put("name", r.name())
                    .put("kind", r.kind()).put("createdOn", Json.date(r.createdOn()));
            g.set("members", members.getOrDefault(r.id(), Json.array()));
            out.add(g);
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        GroupRows rows = new GroupRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "kind", "createdOn", "members"));
            String name = r.requiredText("name");
            long id = r.insert(() -> rows.insert(new GroupRows.Row(0, name, r.requiredText("kind"),
                    r.date("createdOn"))));
            keys.restored(r.path(), "g", r.key(), id);
            for (Records.Record m : r.records("members")) {
                m.only(Set.of("contact", "role", "since"));
                Long contact = keys.id(m.path() + ".contact", "c", m.requiredText("contact"));
                m.insert(() -> rows.insertMember(new GroupRows.MemberRow(id, contact,
                        m.text("role") == null ? "member" : m.text("role"), m.date("since"))));
            }
        }
    }
}
