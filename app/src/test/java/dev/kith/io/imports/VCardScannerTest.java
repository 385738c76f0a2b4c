package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the structural scan of a vCard file decides beyond structure: the charset of quoted-printable values. */
class VCardScannerTest {

    private static List<Contact> imported(String vcf) {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.VCARD, vcf);
            assertThat(s.warnings()).isEmpty();
            return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(c -> book.contacts().get(c.id()))
                    .toList();
        }
    }

    @Test
    void outlooksQuotedPrintableWithoutACharsetIsReadAsWindows1252() {
        // Outlook 2016's vCard 2.1: the address quoted-printable in Windows-1252, naming no CHARSET
        Contact c = imported(String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1",
                "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen",
                "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller",
                "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=DFe 1;M=FCnchen;;80331;Deutschland",
                "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Hauptstra=DFe 1=0D=0A=", "M=FCnchen 80331",
                "EMAIL;PREF;INTERNET:juergen.mueller@contoso.example", "END:VCARD", "")).getFirst();
        assertThat(c.name()).isEqualTo("Jürgen Müller");
        assertThat(c.location()).isEqualTo("München");
    }

    @Test
    void quotedPrintableWithoutACharsetStaysUtf8WhenItIsUtf8() {
        Contact c = imported(String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1",
                "FN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 N=C3=BA=C3=B1ez",
                "ADR;HOME;ENCODING=QUOTED-PRINTABLE:;;Calle 1;Valpara=C3=", "=ADso;;;Chile", "END:VCARD", "")).getFirst();
        assertThat(c.name()).isEqualTo("José Núñez");
        assertThat(c.location()).isEqualTo("Valparaíso");
    }

    @Test
    void aVCard21Base64PhotoWithUnindentedLinesEndedByABlankLineIsAccepted() {
        List<Contact> all = imported(String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:Nokia;Nina", "FN:Nina Nokia",
                "PHOTO;ENCODING=BASE64;TYPE=JPEG:", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgG",
                "BgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQ==", "",
                "EMAIL;INTERNET:nina@example.fi", "END:VCARD", ""));
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Nina Nokia");
            assertThat(c.emails()).containsExactly("nina@example.fi");
        });
    }
}
