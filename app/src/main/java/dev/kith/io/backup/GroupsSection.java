package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.core.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "groups"}: professional groups with their members (contact keys), roles and join dates. */
final class GroupsSection implements BackupSection {
    @Override
    public String name() {
        return "groups";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        Map<Long, ArrayNode> members = new HashMap<>();
        h.createQuery("SELECT group_id, contact_id, role, since FROM group_members WHERE book_id = :book"
                        + " ORDER BY group_id, contact_id")
                .bind("book", book)
                .map((rs, ctx) -> members.computeIfAbsent(rs.getLong(1), k -> Sql.JSON.arrayNode())
                        .add(Sql.object().put("contact", keys.key("c", rs.getLong(2))).put("role", rs.getString(3))
                                .put("since", Sql.date(rs, "since"))))
                .list();
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM professional_groups WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ObjectNode g = Sql.object().put("key", keys.assign("g", id)).put("name", rs.getString("name"))
                            .put("kind", rs.getString("kind")).put("createdOn", Sql.date(rs, "created_on"));
                    g.set("members", members.getOrDefault(id, Sql.JSON.arrayNode()));
                    return out.add(g);
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "kind", "createdOn", "members"));
            String name = r.requiredText("name");
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO professional_groups (book_id, name, name_key, kind, created_on)
                            VALUES (:book, :name, :key, :kind, :created) RETURNING id""")
                    .bind("book", book).bind("name", name).bind("key", Text.key(name))
                    .bind("kind", r.requiredText("kind")).bind("created", r.date("createdOn"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "g", r.key(), id);
            for (Records.Record m : r.records("members")) {
                m.only(Set.of("contact", "role", "since"));
                Long contact = keys.id(m.path() + ".contact", "c", m.requiredText("contact"));
                Sql.insert(m, () -> h.createUpdate("INSERT INTO group_members (book_id, group_id, contact_id, role, since)"
                                + " VALUES (:book, :group, :contact, :role, :since)")
                        .bind("book", book).bind("group", id).bind("contact", contact)
                        .bind("role", m.text("role") == null ? "member" : m.text("role")).bind("since", m.date("since"))
                        .execute());
            }
        }
    }
}
