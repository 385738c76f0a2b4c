package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "contacts"}: every column of every contact, with emails and phones in order, tags,
 * interests, the contact met through (by key) and the whole job history (organizations by key).
 */
final class ContactsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "name", "givenName", "familyName", "emails", "phones",
            "location", "linkedinUrl", "website", "tags", "interests", "howMet", "metThrough", "firstMet", "circle",
            "cadenceDays", "doNotContact", "archived", "notes", "createdOn", "jobs");

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        List<Long> ids = h.createQuery("SELECT id FROM contacts WHERE book_id = :book ORDER BY id")
                .bind("book", book).mapTo(Long.class).list();
        ids.forEach(id -> keys.assign("c", id));
        Map<Long, ArrayNode> emails = values(h, book, "SELECT contact_id, email FROM contact_emails WHERE book_id = :book"
                + " ORDER BY contact_id, position");
        Map<Long, ArrayNode> phones = values(h, book, "SELECT contact_id, phone FROM contact_phones WHERE book_id = :book"
                + " ORDER BY contact_id, position");
        Map<Long, ArrayNode> tags = values(h, book, "SELECT contact_id, tag FROM contact_tags WHERE book_id = :book"
                + " ORDER BY contact_id, tag");
        Map<Long, ArrayNode> interests = values(h, book, "SELECT contact_id, interest FROM contact_interests"
                + " WHERE book_id = :book ORDER BY contact_id, interest");
        Map<Long, ArrayNode> jobs = new HashMap<>();
        h.createQuery("SELECT * FROM employments WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> jobs.computeIfAbsent(rs.getLong("contact_id"), k -> Sql.JSON.arrayNode())
                        .add(Sql.object().put("organization", keys.key("o", Sql.nullableLong(rs, "organization_id")))
                                .put("title", rs.getString("title")).put("start", Sql.date(rs, "start_on"))
                                .put("end", Sql.date(rs, "end_on"))))
                .list();
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM contacts WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ObjectNode c = Sql.object().put("key", keys.key("c", id))
                            .put("name", rs.getString("display_name"))
                            .put("givenName", rs.getString("given_name"))
                            .put("familyName", rs.getString("family_name"));
                    c.set("emails", emails.getOrDefault(id, Sql.JSON.arrayNode()));
                    c.set("phones", phones.getOrDefault(id, Sql.JSON.arrayNode()));
                    c.put("location", rs.getString("location")).put("linkedinUrl", rs.getString("linkedin_url"))
                            .put("website", rs.getString("website"));
                    c.set("tags", tags.getOrDefault(id, Sql.JSON.arrayNode()));
                    c.set("interests", interests.getOrDefault(id, Sql.JSON.arrayNode()));
                    c.put("howMet", rs.getString("how_met"))
                            .put("metThrough", keys.key("c", Sql.nullableLong(rs, "met_through_id")))
                            .put("firstMet", Sql.date(rs, "first_met")).put("circle", rs.getString("circle"))
                            .put("cadenceDays", Sql.nullableInt(rs, "cadence_days"))
                            .put("doNotContact", rs.getBoolean("do_not_contact"))
                            .put("archived", rs.getBoolean("archived")).put("notes", rs.getString("notes"))
                            .put("createdOn", Sql.date(rs, "created_on"));
                    c.set("jobs", jobs.getOrDefault(id, Sql.JSON.arrayNode()));
                    return out.add(c);
                })
                .list();
        return out;
    }

    private static Map<Long, ArrayNode> values(Handle h, long book, String sql) {
        Map<Long, ArrayNode> map = new HashMap<>();
        h.createQuery(sql).bind("book", book)
                .map((rs, ctx) -> map.computeIfAbsent(rs.getLong(1), k -> Sql.JSON.arrayNode()).add(rs.getString(2)))
                .list();
        return map;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        List<Records.Record> all = new ArrayList<>();
        for (Records.Record r : records) {
            r.only(FIELDS);
            String name = r.requiredText("name");
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO contacts (book_id, display_name, name_key, given_name, family_name, location,
                                linkedin_url, website, how_met, first_met, circle, cadence_days, do_not_contact,
                                archived, notes, created_on)
                            VALUES (:book, :name, :key, :given, :family, :location, :linkedin, :website, :howMet,
                                :firstMet, :circle, :cadence, :dnc, :archived, :notes, :createdOn) RETURNING id""")
                    .bind("book", book).bind("name", name).bind("key", Text.key(name))
                    .bind("given", r.text("givenName")).bind("family", r.text("familyName"))
                    .bind("location", r.text("location")).bind("linkedin", r.text("linkedinUrl"))
                    .bind("website", r.text("website")).bind("howMet", r.text("howMet"))
                    .bind("firstMet", r.date("firstMet"))
                    .bind("circle", r.text("circle") == null ? "network" : r.text("circle"))
                    .bind("cadence", r.integer("cadenceDays")).bind("dnc", r.bool("doNotContact"))
                    .bind("archived", r.bool("archived")).bind("notes", r.text("notes"))
                    .bind("createdOn", r.date("createdOn") == null ? java.time.LocalDate.EPOCH : r.date("createdOn"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "c", r.key(), id);
            all.add(r);
        }
        for (Records.Record r : all) {
            long id = keys.id(r.path(), "c", r.key());
            Long through = keys.id(r.path() + ".metThrough", "c", r.text("metThrough"));
            if (through != null) {
                Sql.insert(r, () -> h.createUpdate("UPDATE contacts SET met_through_id = :t WHERE id = :id")
                        .bind("t", through).bind("id", id).execute());
            }
            children(h, book, r, id, keys);
        }
    }

    private static void children(Handle h, long book, Records.Record r, long id, Keys keys) {
        List<String> emails = r.texts("emails");
        for (int i = 0; i < emails.size(); i++) {
            int position = i;
            Sql.insert(r, () -> h.createUpdate("INSERT INTO contact_emails (book_id, contact_id, email, email_key,"
                            + " position) VALUES (:book, :id, :email, :key, :position)")
                    .bind("book", book).bind("id", id).bind("email", emails.get(position))
                    .bind("key", emails.get(position).trim().toLowerCase(Locale.ROOT)).bind("position", position)
                    .execute());
        }
        List<String> phones = r.texts("phones");
        for (int i = 0; i < phones.size(); i++) {
            int position = i;
            Sql.insert(r, () -> h.createUpdate("INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                            + " VALUES (:book, :id, :phone, :position)")
                    .bind("book", book).bind("id", id).bind("phone", phones.get(position)).bind("position", position)
                    .execute());
        }
        for (String column : List.of("tag", "interest")) {
            for (String v : r.texts(column + "s")) {
                Sql.insert(r, () -> h.createUpdate("INSERT INTO contact_" + column + "s (book_id, contact_id, "
                                + column + ") VALUES (:book, :id, :v)")
                        .bind("book", book).bind("id", id).bind("v", v).execute());
            }
        }
        for (Records.Record job : r.records("jobs")) {
            job.only(Set.of("organization", "title", "start", "end"));
            Long org = keys.id(job.path() + ".organization", "o", job.text("organization"));
            Sql.insert(job, () -> h.createUpdate("INSERT INTO employments (book_id, contact_id, organization_id, title,"
                            + " start_on, end_on) VALUES (:book, :id, :org, :title, :start, :end)")
                    .bind("book", book).bind("id", id).bind("org", org).bind("title", job.text("title"))
                    .bind("start", job.date("start")).bind("end", job.date("end")).execute());
        }
    }
}
