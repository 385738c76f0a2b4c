package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "ties"}: who is tied to whom (contact keys), how, since when, and where the tie came from. */
final class TiesSection implements BackupSection {
    @Override
    public String name() {
        return "ties";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM ties WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("t", rs.getLong("id")))
                        .put("from", keys.key("c", rs.getLong("from_id"))).put("to", keys.key("c", rs.getLong("to_id")))
                        .put("kind", rs.getString("kind")).put("since", Sql.date(rs, "since"))
                        .put("source", rs.getString("source"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "from", "to", "kind", "since", "source"));
            Long from = keys.id(r.path() + ".from", "c", r.requiredText("from"));
            Long to = keys.id(r.path() + ".to", "c", r.requiredText("to"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO ties (book_id, from_id, to_id, kind, since, source)
                            VALUES (:book, :from, :to, :kind, :since, :source) RETURNING id""")
                    .bind("book", book).bind("from", from).bind("to", to).bind("kind", r.requiredText("kind"))
                    .bind("since", r.date("since"))
                    .bind("source", r.text("source") == null ? "manual" : r.text("source"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "t", r.key(), id);
        }
    }
}
