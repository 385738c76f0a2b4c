package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code "intros"}: double opt-in introductions (contact keys a and b), their state and dated steps with notes. */
final class IntrosSection implements BackupSection {
    @Override
    public String name() {
        return "intros";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        Map<Long, ArrayNode> steps = new HashMap<>();
        h.createQuery("SELECT * FROM intros WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    ObjectNode i = Sql.object().put("key", keys.assign("x", rs.getLong("id")))
                            .put("a", keys.key("c", rs.getLong("a_id"))).put("b", keys.key("c", rs.getLong("b_id")))
                            .put("why", rs.getString("why")).put("state", rs.getString("state"))
                            .put("started", Sql.date(rs, "started_on")).put("updated", Sql.date(rs, "updated_on"))
                            .put("outcome", rs.getString("outcome"));
                    steps.put(rs.getLong("id"), i.putArray("steps"));
                    return out.add(i);
                })
                .list();
        h.createQuery("SELECT * FROM intro_steps WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> steps.get(rs.getLong("intro_id")).add(Sql.object().put("step", rs.getString("step"))
                        .put("date", Sql.date(rs, "occurred_on")).put("note", rs.getString("note"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "a", "b", "why", "state", "started", "updated", "outcome", "steps"));
            Long a = keys.id(r.path() + ".a", "c", r.requiredText("a"));
            Long b = keys.id(r.path() + ".b", "c", r.requiredText("b"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO intros (book_id, a_id, b_id, why, state, started_on, updated_on, outcome)
                            VALUES (:book, :a, :b, :why, :state, :started, :updated, :outcome) RETURNING id""")
                    .bind("book", book).bind("a", a).bind("b", b).bind("why", r.text("why"))
                    .bind("state", r.requiredText("state")).bind("started", r.date("started"))
                    .bind("updated", r.date("updated")).bind("outcome", r.text("outcome"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "x", r.key(), id);
            for (Records.Record s : r.records("steps")) {
                s.only(Set.of("step", "date", "note"));
                Sql.insert(s, () -> h.createUpdate("INSERT INTO intro_steps (book_id, intro_id, step, occurred_on, note)"
                                + " VALUES (:book, :intro, :step, :date, :note)")
                        .bind("book", book).bind("intro", id).bind("step", s.requiredText("step"))
                        .bind("date", s.date("date")).bind("note", s.text("note")).execute());
            }
        }
    }
}
