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
 * per contact with a header row; several values in one cell are separated by "; ". A cell a spreadsheet
 * would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a
 * leading apostrophe, as OWASP advises against CSV injection. Thread-safe.
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
                csv.writeRecord(safe(c.name(), s(c.givenName()), s(c.familyName()), String.join("; ", c.emails()),
                        String.join("; ", c.phones()), job == null ? "" : s(job.organization()),
                        job == null ? "" : s(job.title()), s(c.location()), s(c.linkedinUrl()), s(c.website()),
                        String.join("; ", c.tags()), String.join("; ", c.interests()), c.circle().code(),
                        c.cadenceDays() == null ? "" : c.cadenceDays().toString(), s(c.howMet().text()),
                        s(c.howMet().throughName()), c.howMet().firstMet() == null ? "" : c.howMet().firstMet().toString(),
                        c.doNotContact() ? "yes" : "", c.archived() ? "yes" : "", s(c.notes()),
                        c.createdOn() == null ? "" : c.createdOn().toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code cells} with every formula-like cell neutralised (see {@link #safe(String)}). */
    private static List<String> safe(String... cells) {
        List<String> out = new java.util.ArrayList<>(cells.length);
        for (String cell : cells) {
            out.add(safe(cell));
        }
        return out;
    }

    /** {@code cell}, with an apostrophe in front when it starts with {@code = + - @}, a tab or a carriage return. */
    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
