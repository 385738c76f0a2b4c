package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.core.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "goals"}: goals with their keywords and due date, the contacts, interactions and events
 * linked to them (keys), and their outcomes ({@code {"date", "text"}}).
 */
final class GoalsSection implements BackupSection {
    private record Link(String table, String column, String field, String prefix) {
    }

    private static final List<Link> LINKS = List.of(new Link("goal_contacts", "contact_id", "contacts", "c"),
            new Link("goal_interactions", "interaction_id", "interactions", "i"),
            new Link("goal_events", "event_id", "events", "e"));

    @Override
    public String name() {
        return "goals";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        Map<String, Map<Long, ArrayNode>> links = new HashMap<>();
        for (Link l : LINKS) {
            Map<Long, ArrayNode> byGoal = new HashMap<>();
            h.createQuery("SELECT goal_id, " + l.column() + " FROM " + l.table() + " WHERE book_id = :book"
                            + " ORDER BY goal_id, " + l.column())
                    .bind("book", book)
                    .map((rs, ctx) -> byGoal.computeIfAbsent(rs.getLong(1), k -> Sql.JSON.arrayNode())
                            .add(keys.key(l.prefix(), rs.getLong(2))))
                    .list();
            links.put(l.field(), byGoal);
        }
        Map<Long, ArrayNode> outcomes = new HashMap<>();
        h.createQuery("SELECT * FROM goal_outcomes WHERE book_id = :book ORDER BY goal_id, occurred_on, id")
                .bind("book", book)
                .map((rs, ctx) -> outcomes.computeIfAbsent(rs.getLong("goal_id"), k -> Sql.JSON.arrayNode())
                        .add(Sql.object().put("date", Sql.date(rs, "occurred_on")).put("text", rs.getString("text"))))
                .list();
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM goals WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ObjectNode g = Sql.object().put("key", keys.assign("G", id)).put("title", rs.getString("title"))
                            .put("due", Sql.date(rs, "due_on")).put("createdOn", Sql.date(rs, "created_on"));
                    ArrayNode words = g.putArray("keywords");
                    String keywords = rs.getString("keywords");
                    if (keywords != null) {
                        for (String k : keywords.split("\n")) {
                            words.add(k);
                        }
                    }
                    for (Link l : LINKS) {
                        g.set(l.field(), links.get(l.field()).getOrDefault(id, Sql.JSON.arrayNode()));
                    }
                    g.set("outcomes", outcomes.getOrDefault(id, Sql.JSON.arrayNode()));
                    return out.add(g);
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "title", "keywords", "due", "createdOn", "contacts", "interactions", "events",
                    "outcomes"));
            String title = r.requiredText("title");
            List<String> keywords = r.texts("keywords");
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO goals (book_id, title, title_key, keywords, due_on, created_on)
                            VALUES (:book, :title, :key, :keywords, :due, :created) RETURNING id""")
                    .bind("book", book).bind("title", title).bind("key", Text.key(title))
                    .bind("keywords", keywords.isEmpty() ? null : String.join("\n", keywords))
                    .bind("due", r.date("due")).bind("created", r.date("createdOn"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "G", r.key(), id);
            for (Link l : LINKS) {
                for (String key : r.texts(l.field())) {
                    Long target = keys.id(r.path() + "." + l.field(), l.prefix(), key);
                    Sql.insert(r, () -> h.createUpdate("INSERT INTO " + l.table() + " (book_id, goal_id, " + l.column()
                                    + ") VALUES (:book, :goal, :target)")
                            .bind("book", book).bind("goal", id).bind("target", target).execute());
                }
            }
            for (Records.Record o : r.records("outcomes")) {
                o.only(Set.of("date", "text"));
                Sql.insert(o, () -> h.createUpdate("INSERT INTO goal_outcomes (book_id, goal_id, occurred_on, text)"
                                + " VALUES (:book, :goal, :date, :text)")
                        .bind("book", book).bind("goal", id).bind("date", o.date("date"))
                        .bind("text", o.requiredText("text")).execute());
            }
        }
    }
}
