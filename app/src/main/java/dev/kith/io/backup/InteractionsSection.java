package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "interactions"}: every interaction with its people (contact keys). */
final class InteractionsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "date", "kind", "initiator", "minutes", "summary",
            "exchange", "awaitingReply", "people");

    @Override
    public String name() {
        return "interactions";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        Map<Long, ArrayNode> people = new HashMap<>();
        h.createQuery("SELECT interaction_id, contact_id FROM interaction_people WHERE book_id = :book"
                        + " ORDER BY interaction_id, contact_id").bind("book", book)
                .map((rs, ctx) -> people.computeIfAbsent(rs.getLong(1), k -> Sql.JSON.arrayNode())
                        .add(keys.key("c", rs.getLong(2))))
                .list();
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM interactions WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ObjectNode i = Sql.object().put("key", keys.assign("i", id)).put("date", Sql.date(rs, "occurred_on"))
                            .put("kind", rs.getString("kind")).put("initiator", rs.getString("initiator"))
                            .put("minutes", Sql.nullableInt(rs, "duration_minutes"))
                            .put("summary", rs.getString("summary")).put("exchange", rs.getString("exchange"))
                            .put("awaitingReply", rs.getBoolean("awaiting_reply"));
                    i.set("people", people.getOrDefault(id, Sql.JSON.arrayNode()));
                    return out.add(i);
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(FIELDS);
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO interactions (book_id, occurred_on, kind, initiator, duration_minutes, summary,
                                exchange, awaiting_reply)
                            VALUES (:book, :date, :kind, :initiator, :minutes, :summary, :exchange, :awaiting)
                            RETURNING id""")
                    .bind("book", book).bind("date", r.date("date")).bind("kind", r.requiredText("kind"))
                    .bind("initiator", r.requiredText("initiator")).bind("minutes", r.integer("minutes"))
                    .bind("summary", r.text("summary"))
                    .bind("exchange", r.text("exchange") == null ? "neutral" : r.text("exchange"))
                    .bind("awaiting", r.bool("awaitingReply")).mapTo(Long.class).one());
            keys.restored(r.path(), "i", r.key(), id);
            List<String> people = r.texts("people");
            if (people.isEmpty()) {
                throw r.fail(r.path() + ".people", "an interaction needs at least one person");
            }
            for (String person : people) {
                Long contact = keys.id(r.path() + ".people", "c", person);
                Sql.insert(r, () -> h.createUpdate("""
                                INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on, kind,
                                    initiator)
                                SELECT book_id, id, :c, occurred_on, kind, initiator FROM interactions
                                WHERE book_id = :book AND id = :i""")
                        .bind("book", book).bind("i", id).bind("c", contact).execute());
            }
        }
    }
}
