package dev.kith.contacts;

import dev.kith.store.Database;
import dev.kith.store.Repoint;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The contacts' own part of merging contact {@code gone} into {@code kept}, in SQL: {@code gone}'s
 * fields fill {@code kept}'s empty ones, emails, phones, tags and interests are joined without
 * repeats, jobs move over (a current job of {@code gone} that differs from {@code kept}'s ends on the
 * day of the merge), whoever was met through {@code gone} was met through {@code kept}, and
 * {@code gone} stays archived, with a line in its notes saying where it went.
 */
final class ContactMerge {
    /** The optional columns {@code gone} fills when {@code kept}'s is empty. */
    private static final List<String> FILLED = List.of("given_name", "family_name", "location", "linkedin_url",
            "website", "how_met", "first_met", "cadence_days", "notes", "origin");

    private final Database db;
    private final long book;

    ContactMerge(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    void merge(Contact kept, Contact gone, LocalDate today) {
        db.update(h -> {
            // kept met through gone: that link ends first, so that fill can take gone's own met-through
            h.createUpdate("UPDATE contacts SET met_through_id = NULL WHERE book_id = :book AND id = :kept"
                            + " AND met_through_id = :gone")
                    .bind("book", book).bind("kept", kept.id()).bind("gone", gone.id()).execute();
            fill(h, kept.id(), gone.id());
            join(h, "contact_emails", "email_key", kept.id(), gone.id());
            join(h, "contact_phones", "phone", kept.id(), gone.id());
            Repoint.column(h, book, "contact_tags", "contact_id", kept.id(), gone.id(), "tag");
            h.createUpdate("DELETE FROM contact_interests WHERE book_id = :book AND contact_id = :gone AND EXISTS"
                            + " (SELECT 1 FROM contact_interests x WHERE x.book_id = :book AND x.contact_id = :kept"
                            + " AND lower(x.interest) = lower(contact_interests.interest))")
                    .bind("book", book).bind("kept", kept.id()).bind("gone", gone.id()).execute();
            Repoint.column(h, book, "contact_interests", "contact_id", kept.id(), gone.id());
            jobs(h, kept, gone, today);
            // "not the same person" about gone means nothing once gone is part of kept
            h.createUpdate("DELETE FROM duplicate_dismissals WHERE book_id = :book AND (low_id = :gone OR high_id = :gone)")
                    .bind("book", book).bind("gone", gone.id()).execute();
            Repoint.column(h, book, "contacts", "met_through_id", kept.id(), gone.id());
            String note = "Merged into " + kept.name() + " (#" + kept.id() + ") on " + today + ".";
            h.createUpdate("UPDATE contacts SET archived = :yes, notes = :notes WHERE book_id = :book AND id = :gone")
                    .bind("yes", true)
                    .bind("notes", gone.notes() == null ? note : gone.notes() + "\n" + note)
                    .bind("book", book).bind("gone", gone.id()).execute();
            if (gone.doNotContact() && !kept.doNotContact()) {
                h.createUpdate("UPDATE contacts SET do_not_contact = :yes WHERE book_id = :book AND id = :kept")
                        .bind("yes", true).bind("book", book).bind("kept", kept.id()).execute();
            }
        });
    }

    private void fill(Handle h, long kept, long gone) {
        StringBuilder set = new StringBuilder();
        for (String column : FILLED) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = coalesce(").append(column)
                    .append(", (SELECT g.").append(column).append(" FROM contacts g WHERE g.book_id = :book AND g.id = :gone))");
        }
        set.append(", met_through_id = coalesce(met_through_id, (SELECT g.met_through_id FROM contacts g")
                .append(" WHERE g.book_id = :book AND g.id = :gone AND g.met_through_id <> :kept))");
        h.createUpdate("UPDATE contacts SET " + set + " WHERE book_id = :book AND id = :kept")
                .bind("book", book).bind("kept", kept).bind("gone", gone).execute();
    }

    /** Moves {@code gone}'s emails or phones that {@code kept} lacks after {@code kept}'s own, in their order. */
    private void join(Handle h, String table, String key, long kept, long gone) {
        int offset = h.createQuery("SELECT coalesce(max(position) + 1, 0) FROM " + table
                        + " WHERE book_id = :book AND contact_id = :kept")
                .bind("book", book).bind("kept", kept).mapTo(Integer.class).one();
        h.createUpdate("DELETE FROM " + table + " WHERE book_id = :book AND contact_id = :gone AND " + key
                        + " IN (SELECT x." + key + " FROM " + table + " x WHERE x.book_id = :book AND x.contact_id = :kept)")
                .bind("book", book).bind("kept", kept).bind("gone", gone).execute();
        h.createUpdate("UPDATE " + table + " SET contact_id = :kept, position = position + :offset"
                        + " WHERE book_id = :book AND contact_id = :gone")
                .bind("book", book).bind("kept", kept).bind("gone", gone).bind("offset", offset).execute();
    }

    private void jobs(Handle h, Contact kept, Contact gone, LocalDate today) {
        var keptJob = kept.currentJob();
        var goneJob = gone.currentJob();
        if (keptJob.isPresent() && goneJob.isPresent()) {
            boolean same = java.util.Objects.equals(key(keptJob.get().organization()), key(goneJob.get().organization()))
                    && java.util.Objects.equals(key(keptJob.get().title()), key(goneJob.get().title()));
            if (same) {
                h.createUpdate("DELETE FROM employments WHERE book_id = :book AND id = :id")
                        .bind("book", book).bind("id", goneJob.get().id()).execute();
            } else {
                LocalDate start = goneJob.get().start();
                h.createUpdate("UPDATE employments SET end_on = :end WHERE book_id = :book AND id = :id")
                        .bind("end", start != null && start.isAfter(today) ? start : today)
                        .bind("book", book).bind("id", goneJob.get().id()).execute();
            }
        }
        Repoint.column(h, book, "employments", "contact_id", kept.id(), gone.id());
    }

    private static String key(String text) {
        return text == null ? null : dev.kith.core.Text.key(text);
    }
}
