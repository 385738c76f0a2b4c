package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "milestones"}: what happened to whom (contact key), when, and whether it was acknowledged. */
final class MilestonesSection implements BackupSection {
    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM milestones WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("m", rs.getLong("id")))
                        .put("contact", keys.key("c", rs.getLong("contact_id"))).put("kind", rs.getString("kind"))
                        .put("date", Sql.date(rs, "occurred_on")).put("text", rs.getString("text"))
                        .put("acknowledged", rs.getBoolean("acknowledged"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "contact", "kind", "date", "text", "acknowledged"));
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO milestones (book_id, contact_id, kind, occurred_on, text, acknowledged)
                            VALUES (:book, :contact, :kind, :date, :text, :ack) RETURNING id""")
                    .bind("book", book).bind("contact", contact).bind("kind", r.requiredText("kind"))
                    .bind("date", r.date("date")).bind("text", r.text("text")).bind("ack", r.bool("acknowledged"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "m", r.key(), id);
        }
    }
}
