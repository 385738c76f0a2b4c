package dev.kith.io.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.Employment;
import java.io.StringWriter;
import java.util.List;

/**
 * The contacts of a book as CSV for spreadsheets (RFC 4180: CRLF line ends, quotes doubled), one row
 * per contact with a header row; several values in one cell are separated by "; ". Thread-safe.
 */
public final class CsvExport {
    static final List<String> HEADER = List.of("Name", "Given Name", "Family Name", "Emails", "Phones", "Organization",
            "Title", "Location", "LinkedIn", "Website", "Tags", "Interests", "Circle", "Cadence Days", "How Met",
            "Met Through", "First Met", "Do Not Contact", "Archived", "Notes", "Created On");

    private CsvExport() {
    }

    public static String write(Book book, Contacts contacts) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(HEADER);
            for (Contact c : contacts.all()) {
                Employment job = c.currentJob().orElse(null);
                csv.writeRecord(c.name(), s(c.givenName()), s(c.familyName()), String.join("; ", c.emails()),
                        String.join("; ", c.phones()), job == null ? "" : s(job.organization()),
                        job == null ? "" : s(job.title()), s(c.location()), s(c.linkedinUrl()), s(c.website()),
                        String.join("; ", c.tags()), String.join("; ", c.interests()), c.circle().code(),
                        c.cadenceDays() == null ? "" : c.cadenceDays().toString(), s(c.howMet().text()),
                        s(c.howMet().throughName()), c.howMet().firstMet() == null ? "" : c.howMet().firstMet().toString(),
                        c.doNotContact() ? "yes" : "", c.archived() ? "yes" : "", s(c.notes()),
                        c.createdOn() == null ? "" : c.createdOn().toString());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
