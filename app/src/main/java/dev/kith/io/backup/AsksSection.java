package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "asks"}: whom I asked "who should I meet about X?" (key {@code q…}): the contact asked, the
 * topic, the target it was about (key, may be null), when, and the answer (suggested contact, date).
 */
final class AsksSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "contact", "topic", "target", "askedOn", "answeredOn",
            "suggested");

    @Override
    public String name() {
        return "asks";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM asks WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("q", rs.getLong("id")))
                        .put("contact", keys.key("c", rs.getLong("contact_id"))).put("topic", rs.getString("topic"))
                        .put("target", keys.key("w", Sql.nullableLong(rs, "target_id")))
                        .put("askedOn", Sql.date(rs, "asked_on")).put("answeredOn", Sql.date(rs, "answered_on"))
                        .put("suggested", keys.key("c", Sql.nullableLong(rs, "suggested_id")))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(FIELDS);
            Long contact = keys.id(r.path() + ".contact", "c", r.requiredText("contact"));
            Long target = keys.id(r.path() + ".target", "w", r.text("target"));
            Long suggested = keys.id(r.path() + ".suggested", "c", r.text("suggested"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO asks (book_id, contact_id, topic, target_id, asked_on, answered_on, suggested_id)
                            VALUES (:book, :contact, :topic, :target, :asked, :answered, :suggested) RETURNING id""")
                    .bind("book", book).bind("contact", contact).bind("topic", r.requiredText("topic"))
                    .bind("target", target).bind("asked", r.date("askedOn")).bind("answered", r.date("answeredOn"))
                    .bind("suggested", suggested).mapTo(Long.class).one());
            keys.restored(r.path(), "q", r.key(), id);
        }
    }
}
