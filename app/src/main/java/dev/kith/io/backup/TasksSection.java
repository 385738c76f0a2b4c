package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "tasks"}: what to do with whom (contact key), by when, and its status. */
final class TasksSection implements BackupSection {
    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM tasks WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("k", rs.getLong("id")))
                        .put("contact", keys.key("c", rs.getLong("contact_id"))).put("kind", rs.getString("kind"))
                        .put("due", Sql.date(rs, "due_on")).put("status", rs.getString("status"))
                        .put("note", rs.getString("note"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "contact", "kind", "due", "status", "note"));
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO tasks (book_id, contact_id, kind, due_on, status, note)
                            VALUES (:book, :contact, :kind, :due, :status, :note) RETURNING id""")
                    .bind("book", book).bind("contact", contact).bind("kind", r.requiredText("kind"))
                    .bind("due", r.date("due")).bind("status", r.text("status") == null ? "open" : r.text("status"))
                    .bind("note", r.text("note")).mapTo(Long.class).one());
            keys.restored(r.path(), "k", r.key(), id);
        }
    }
}
