package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

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
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM targets WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("w", rs.getLong("id")))
                        .put("kind", rs.getString("kind"))
                        .put("contact", keys.key("c", Sql.nullableLong(rs, "contact_id")))
                        .put("name", rs.getString("name")).put("organization", rs.getString("organization"))
                        .put("industry", rs.getString("industry")).put("role", rs.getString("role"))
                        .put("note", rs.getString("note")).put("status", rs.getString("status"))
                        .put("createdOn", Sql.date(rs, "created_on")).put("askedOn", Sql.date(rs, "asked_on"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(FIELDS);
            Long contact = keys.id(r.path() + ".contact", "c", r.text("contact"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO targets (book_id, kind, contact_id, name, organization, industry, role, note,
                                status, created_on, asked_on)
                            VALUES (:book, :kind, :contact, :name, :org, :industry, :role, :note, :status, :created,
                                :asked) RETURNING id""")
                    .bind("book", book).bind("kind", r.requiredText("kind")).bind("contact", contact)
                    .bind("name", r.text("name")).bind("org", r.text("organization"))
                    .bind("industry", r.text("industry")).bind("role", r.text("role")).bind("note", r.text("note"))
                    .bind("status", r.text("status") == null ? "open" : r.text("status"))
                    .bind("created", r.date("createdOn")).bind("asked", r.date("askedOn"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "w", r.key(), id);
        }
    }
}
