package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactRows;
import dev.kith.core.Limits;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code "contacts"}: every column of every contact, with emails and phones in order, tags,
 * interests, the contact met through (by key) and the whole job history (organizations by key).
 */
final class ContactsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("key", "name", "givenName", "familyName", "emails", "phones",
            "location", "linkedinUrl", "website", "tags", "interests", "howMet", "metThrough", "firstMet", "circle",
            "cadenceDays", "doNotContact", "archived", "notes", "createdOn", "origin", "jobs");

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ContactRows rows = new ContactRows(db, book);
        List<ContactRows.Row> contacts = rows.all();
        contacts.forEach(c -> keys.assign("c", c.id()));
        Map<Long, List<String>> emails = rows.emails();
        Map<Long, List<String>> phones = rows.phones();
        Map<Long, List<String>> tags = rows.tags();
        Map<Long, List<String>> interests = rows.interests();
        Map<Long, ArrayNode> jobs = new HashMap<>();
        for (ContactRows.Job j : rows.jobs()) {
            jobs.computeIfAbsent(j.contactId(), k -> Json.array())
                    .add(Json.object().put("organization", keys.key("o", j.organizationId()))
                            .put("title", j.title()).put("start", Json.date(j.start())).put("end", Json.date(j.end()))
                            .put("source", j.source()));
        }
        ArrayNode out = Json.array();
        for (ContactRows.Row r : contacts) {
            long id = r.id();
            ObjectNode c = Json.object().put("key", keys.key("c", id)).put("name", r.name())
                    .put("givenName", r.givenName()).put("familyName", r.familyName());
            c.set("emails", Json.texts(emails.get(id)));
            c.set("phones", Json.texts(phones.get(id)));
            c.put("location", r.location()).put("linkedinUrl", r.linkedinUrl()).put("website", r.website());
            c.set("tags", Json.texts(tags.get(id)));
            c.set("interests", Json.texts(interests.get(id)));
            c.put("howMet", r.howMet()).put("metThrough", keys.key("c", r.metThroughId()))
                    .put("firstMet", Json.date(r.firstMet())).put("circle", r.circle())
                    .put("cadenceDays", r.cadenceDays()).put("doNotContact", r.doNotContact())
                    .put("archived", r.archived()).put("notes", r.notes()).put("createdOn", Json.date(r.createdOn()));
            if (r.origin() != null) { // none for a contact added in Kith: the JSON of such a book is as before
                c.put("origin", r.origin());
            }
            c.set("jobs", jobs.getOrDefault(id, Json.array()));
            out.add(c);
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        ContactRows rows = new ContactRows(db, book);
        List<Records.Record> all = new ArrayList<>();
        for (Records.Record r : records) {
            r.only(FIELDS);
            String name = r.requiredText("name");
            r.validate(() -> draft(r, name));
            long id = r.insert(() -> rows.insert(new ContactRows.Row(0, name, r.text("givenName"), r.text("familyName"),
                    r.text("location"), r.text("linkedinUrl"), r.text("website"), r.text("howMet"), null,
                    r.date("firstMet"), r.text("circle") == null ? "network" : r.text("circle"),
                    r.integer("cadenceDays"), r.bool("doNotContact"), r.bool("archived"), r.text("notes"),
                    r.date("createdOn") == null ? LocalDate.EPOCH : r.date("createdOn"), r.text("origin"))));
            keys.restored(r.path(), "c", r.key(), id);
            all.add(r);
        }
        for (Records.Record r : all) {
            long id = keys.id(r.path(), "c", r.key());
            Long through = keys.id(r.path() + ".metThrough", "c", r.text("metThrough"));
            if (through != null) {
                r.insert(() -> rows.setMetThrough(id, through));
            }
            children(rows, r, id, keys);
        }
    }

    /** The contact {@code r} describes, as the API would build it: every field checked the same way. */
    private static ContactDraft draft(Records.Record r, String name) {
        for (Records.Record job : r.records("jobs")) {
            job.validate(() -> Limits.text("title", job.text("title"), Limits.SHORT_TEXT));
        }
        return ContactDraft.builder(name).givenName(r.text("givenName")).familyName(r.text("familyName"))
                .emails(r.texts("emails")).phones(r.texts("phones")).location(r.text("location"))
                .linkedinUrl(r.text("linkedinUrl")).website(r.text("website")).tags(r.texts("tags"))
                .interests(r.texts("interests")).howMet(r.text("howMet")).firstMet(r.date("firstMet"))
                .circle(r.text("circle") == null ? null : Circle.parse("circle", r.text("circle")))
                .cadenceDays(r.integer("cadenceDays")).doNotContact(r.bool("doNotContact")).notes(r.text("notes"))
                .build();
    }

    private static void children(ContactRows rows, Records.Record r, long id, Keys keys) {
        List<String> emails = r.texts("emails");
        for (int i = 0; i < emails.size(); i++) {
            int position = i;
            r.insert(() -> rows.insertEmail(id, emails.get(position), position));
        }
        List<String> phones = r.texts("phones");
        for (int i = 0; i < phones.size(); i++) {
            int position = i;
            r.insert(() -> rows.insertPhone(id, phones.get(position), position));
        }
        for (String tag : r.texts("tags")) {
            r.insert(() -> rows.insertTag(id, tag));
        }
        for (String interest : r.texts("interests")) {
            r.insert(() -> rows.insertInterest(id, interest));
        }
        for (Records.Record job : r.records("jobs")) {
            job.only(Set.of("organization", "title", "start", "end", "source"));
            Long org = keys.id(job.path() + ".organization", "o", job.text("organization"));
            job.insert(() -> rows.insertJob(new ContactRows.Job(0, id, org, job.text("title"), job.date("start"),
                    job.date("end"), job.text("source"))));
        }
    }
}
