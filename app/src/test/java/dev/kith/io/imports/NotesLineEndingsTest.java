package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.store.TestDatabase;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Windows exporters end the lines of a multi-line note with CR LF (Outlook's quoted CSV field, Android's
 * quoted-printable {@code =0D=0A}, Thunderbird's base64 LDIF description): the note is kept with plain
 * line breaks, as one typed in Kith, not with carriage returns.
 */
class NotesLineEndingsTest {
    private static String onlyNotes(Kith book) {
        var all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(all).hasSize(1);
        return book.contacts().get(all.getFirst().id()).notes();
    }

    @Test
    void anOutlookCsvNoteWithCrLfKeepsPlainLineBreaks() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            importText(book, ImportFormat.OUTLOOK, "\"First Name\",\"Last Name\",\"E-mail Address\",\"Notes\"\r\n"
                    + "\"Ana\",\"Lima\",\"ana@example.com\",\"Met in Lyon\r\nlikes jazz\rand sailing\"\r\n");
            assertThat(onlyNotes(book)).isEqualTo("Met in Lyon\nlikes jazz\nand sailing");
        }
    }

    @Test
    void anAndroidQuotedPrintableNoteWithCrLfKeepsPlainLineBreaks() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            importText(book, ImportFormat.VCARD, "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lima;Ana;;;\r\nFN:Ana Lima\r\n"
                    + "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Line one=0D=0ALine two\r\nEND:VCARD\r\n");
            assertThat(onlyNotes(book)).isEqualTo("Line one\nLine two");
        }
    }

    @Test
    void aThunderbirdLdifDescriptionWithCrLfKeepsPlainLineBreaks() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            String description = Base64.getEncoder().encodeToString("Rencontrée à Lyon\r\nAmie de Paul".getBytes(StandardCharsets.UTF_8));
            importText(book, ImportFormat.LDIF, "dn: cn=Ana Lima,mail=ana@example.com\r\nobjectclass: person\r\n"
                    + "cn: Ana Lima\r\nmail: ana@example.com\r\ndescription:: " + description + "\r\n\r\n");
            assertThat(onlyNotes(book)).isEqualTo("Rencontrée à Lyon\nAmie de Paul");
        }
    }
}
