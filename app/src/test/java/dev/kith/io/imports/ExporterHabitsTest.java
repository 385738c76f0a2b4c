package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The habits of real exporters, each as the exporter writes it: Android's quoted-printable soft line breaks
 * (even inside a UTF-8 character), vCard 2.1 base64 photos, iCloud's item groups, Outlook's Windows-1252 vCards,
 * Google's {@code " ::: "} cells, byte-order marks, old Mac CR-only line ends, empty trailing columns of CSVs
 * saved again by a spreadsheet, and very long lines.
 */
class ExporterHabitsTest {

    private static ImportSummary run(Kith book, ImportFormat format, byte[] bytes) {
        return importer(book).run(format, "export." + format.name().toLowerCase(java.util.Locale.ROOT), bytes, false,
                Progress.NONE);
    }

    private static List<Contact> all(Kith book) {
        return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(s -> book.contacts().get(s.id()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void androidQuotedPrintableSoftLineBreaksEvenInsideAUtf8Character() {
        String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1",
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4E=C3=BA=C3=B1ez;Jos=C3=A9;;;",
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 =4E=C3=BA=C3=B1ez",
                "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Met at the conference in Valpara=C3=ADso, talked ab=",
                "out the caf=C3=",
                "=A9 and =E2=80=9Cdata=E2=80=9D",
                "TEL;CELL:+56912345678", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            run(book, ImportFormat.VCARD, utf8(card));
            Contact c = all(book).getFirst();
            assertThat(c.name()).isEqualTo("José Núñez");
            assertThat(c.givenName()).isEqualTo("José");
            assertThat(c.familyName()).isEqualTo("Núñez");
            assertThat(c.notes()).isEqualTo("Met at the conference in Valparaíso, talked about the café and “data”");
        }
    }

    @Test
    void vCard21Base64PhotosFoldedOverManyLinesAreSkippedAndTheCardRead() {
        String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:Lima;Ana;;;", "FN:Ana Lima",
                "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
                " HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy",
                " IRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAAR",
                "", "EMAIL;INTERNET:ana@example.com", "END:VCARD",
                // Nokia and old phones: base64 lines not indented, ended by a blank line
                "BEGIN:VCARD", "VERSION:2.1", "N:Ortiz;Bea;;;", "FN:Bea Ortiz",
                "PHOTO;ENCODING=BASE64;TYPE=JPEG:",
                "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
                "HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy",
                "", "TEL;CELL:+1 555 0100", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(run(book, ImportFormat.VCARD, utf8(card)).created()).isEqualTo(2);
            List<Contact> people = all(book);
            assertThat(people.get(0).emails()).containsExactly("ana@example.com");
            assertThat(people.get(1).phones()).containsExactly("+1 555 0100");
        }
    }

    @Test
    void iCloudItemGroupsWithTheirLabelsAreRead() {
        String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0",
                "PRODID:-//Apple Inc.//iCloud Web Address Book 2410B21//EN", "N:Okafor;Chidi;;;", "FN:Chidi Okafor",
                "ORG:Hooli;", "item1.EMAIL;type=INTERNET;type=pref:chidi@hooli.example", "item1.X-ABLabel:_$!<Other>!$_",
                "item2.EMAIL;type=INTERNET:chidi@home.example", "item2.X-ABLabel:Personal",
                "item3.URL;type=pref:https://www.linkedin.com/in/chidi", "item3.X-ABLabel:_$!<HomePage>!$_",
                "item4.X-ABRELATEDNAMES;type=pref:Ada Okafor", "item4.X-ABLabel:_$!<Spouse>!$_",
                "item5.ADR;type=HOME;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States",
                "item5.X-ABADR:us", "TEL;type=CELL;type=VOICE;type=pref:(555) 010-0199", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, ImportFormat.VCARD, utf8(card));
            assertThat(s.warnings()).isEmpty();
            Contact c = all(book).getFirst();
            assertThat(c.emails()).containsExactly("chidi@hooli.example", "chidi@home.example");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/chidi");
            assertThat(c.location()).isEqualTo("Cupertino");
            assertThat(c.phones()).containsExactly("(555) 010-0199");
        }
    }

    @Test
    void outlookVCardsInWindows1252AreReadWithAWarning() {
        String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=de:Müller;Jürgen",
                "FN:Jürgen Müller", "ORG:Bäcker AG", "TITLE:Geschäftsführer", "ADR;WORK;PREF:;;Marienplatz 1;München;;80331",
                "EMAIL;PREF;INTERNET:juergen@baecker.example", "REV:20261201T101500Z", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, ImportFormat.VCARD, card.getBytes(Charset.forName("windows-1252")));
            assertThat(s.warnings()).extracting(ImportSummary.Warning::message).anyMatch(m -> m.contains("Windows-1252"));
            Contact c = all(book).getFirst();
            assertThat(c.name()).isEqualTo("Jürgen Müller");
            assertThat(c.familyName()).isEqualTo("Müller");
            assertThat(c.location()).isEqualTo("München");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Geschäftsführer");
        }
    }

    @Test
    void googleCellsJoinedWithThreeColonsAreEachAValue() {
        String csv = "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
                + "Website 1 - Label,Website 1 - Value\n"
                + "Ana,Lima,* myContacts ::: Clients ::: Book club,* Work ::: Home,ana@acme.example ::: ana@home.example,"
                + "Mobile,+1 555 0100 ::: +1 555 0101,Profile ::: Blog,https://www.linkedin.com/in/ana ::: https://ana.example\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            run(book, ImportFormat.GOOGLE, utf8(csv));
            Contact c = all(book).getFirst();
            assertThat(c.emails()).containsExactly("ana@acme.example", "ana@home.example");
            assertThat(c.phones()).containsExactly("+1 555 0100", "+1 555 0101");
            assertThat(c.tags()).containsExactly("book club", "clients");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana");
            assertThat(c.website()).isEqualTo("https://ana.example");
        }
    }

    @Test
    void aByteOrderMarkAtTheStartOfAnyFormatIsNoPartOfTheFirstColumnOrLine() {
        String bom = "\uFEFF";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            run(book, ImportFormat.OUTLOOK, utf8(bom + "First Name,Last Name,E-mail Address\r\nAna,Lima,ana@x.example\r\n"));
            run(book, ImportFormat.GOOGLE, utf8(bom + "First Name,Last Name,E-mail 1 - Value\nBea,Ortiz,bea@x.example\n"));
            run(book, ImportFormat.VCARD, utf8(bom + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Diaz\r\nEND:VCARD\r\n"));
            run(book, ImportFormat.LDIF, utf8(bom + "dn: cn=Dee Evans,mail=dee@x.example\ncn: Dee Evans\n"
                    + "mail: dee@x.example\nobjectclass: person\n\n"));
            assertThat(all(book)).extracting(Contact::name).containsExactly("Ana Lima", "Bea Ortiz", "Cy Diaz", "Dee Evans");
            assertThat(ImportFormat.detect("x.csv", utf8(bom + "First Name,Last Name,E-mail Address\r\n")))
                    .isEqualTo(ImportFormat.OUTLOOK);
        }
    }

    @Test
    void oldMacCrOnlyLineEndsAreLineEnds() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            run(book, ImportFormat.OUTLOOK, utf8("\"First Name\",\"Last Name\",\"E-mail Address\",\"Notes\"\r"
                    + "\"Ana\",\"Lima\",\"ana@x.example\",\"one\rtwo\"\r\"Bea\",\"Ortiz\",\"bea@x.example\",\"\"\r"));
            run(book, ImportFormat.GOOGLE, utf8("First Name,Last Name,E-mail 1 - Value\rCy,Diaz,cy@x.example\r"));
            run(book, ImportFormat.VCARD, utf8("BEGIN:VCARD\rVERSION:3.0\rN:Evans;Dee;;;\rFN:Dee Evans\r"
                    + "NOTE:first\\nsecond\rEND:VCARD\r"));
            List<Contact> people = all(book);
            assertThat(people).extracting(Contact::name).containsExactly("Ana Lima", "Bea Ortiz", "Cy Diaz", "Dee Evans");
            assertThat(people.get(0).notes()).isEqualTo("one\ntwo");
            assertThat(people.get(3).notes()).isEqualTo("first\nsecond");
        }
    }

    @Test
    void emptyTrailingColumnsOfACsvSavedAgainByASpreadsheetAreIgnored() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            // the header and every row end in the same empty columns
            run(book, ImportFormat.OUTLOOK, utf8("First Name,Last Name,E-mail Address,,,\r\nAna,Lima,ana@x.example,,,\r\n"));
            // some rows carry more empty columns than the header
            run(book, ImportFormat.GOOGLE, utf8("First Name,Last Name,E-mail 1 - Value\nBea,Ortiz,bea@x.example,,\n"
                    + "Cy,Diaz,cy@x.example\n"));
            assertThat(all(book)).extracting(Contact::name).containsExactly("Ana Lima", "Bea Ortiz", "Cy Diaz");
        }
    }

    @Test
    void aRowWithMoreFieldsThatAreNotEmptyIsStillRefusedWithItsLine() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThatThrownBy(() -> run(book, ImportFormat.GOOGLE, utf8("First Name,Last Name,E-mail 1 - Value\n"
                    + "Bea,Ortiz,bea@x.example\nCy,Diaz,cy@x.example,oops\n")))
                    .isInstanceOf(ImportException.class).hasMessageContaining(":3:")
                    .hasMessageContaining("wrong number of fields");
            assertThat(all(book)).isEmpty();
        }
    }

    @Test
    void veryLongLinesAreReadInBoundedTimeOrRefusedWithTheirLine() {
        String longNote = "x".repeat(2_000_000);
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, ImportFormat.OUTLOOK, utf8("First Name,Last Name,E-mail Address,Notes\r\n"
                    + "Ana,Lima,ana@x.example," + longNote + "\r\nBea,Ortiz,bea@x.example,short\r\n"));
            assertThat(s.created()).isEqualTo(2);
            assertThat(s.warnings()).extracting(ImportSummary.Warning::line).containsExactly(2L);
            assertThat(all(book).getFirst().notes()).isNull();
            String huge = "y".repeat(40_000_000);
            assertThatThrownBy(() -> run(book, ImportFormat.GOOGLE, utf8("First Name,Last Name,E-mail 1 - Value,Notes\n"
                    + "Cy,Diaz,cy@x.example,ok\nDee,Evans,dee@x.example," + huge + "\n")))
                    .isInstanceOf(ImportException.class).hasMessageContaining(":3:");
            assertThat(all(book)).hasSize(2);
        }
    }
    @Test
    void aCsvSavedAgainBySpreadsheetInAEuropeanLocaleIsSeparatedBySemicolons() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            byte[] outlook = "First Name;Last Name;E-mail Address;Notes\r\nAna;Lima;ana@x.example;\"Met in Lyon; liked it, a lot\"\r\n"
                    .getBytes(Charset.forName("windows-1252"));
            assertThat(ImportFormat.detect("contacts.csv", outlook)).isEqualTo(ImportFormat.OUTLOOK);
            run(book, ImportFormat.OUTLOOK, outlook);
            byte[] google = utf8("First Name;Last Name;E-mail 1 - Value\nBea;Ortiz;bea@x.example\n");
            assertThat(ImportFormat.detect("contacts.csv", google)).isEqualTo(ImportFormat.GOOGLE);
            run(book, ImportFormat.GOOGLE, google);
            byte[] linkedIn = utf8("First Name;Last Name;URL;Email Address;Company;Position;Connected On\n"
                    + "Cy;Diaz;https://www.linkedin.com/in/cydiaz;;Acme;Engineer;07 Dec 2020\n");
            assertThat(ImportFormat.detect("Connections.csv", linkedIn)).isEqualTo(ImportFormat.LINKEDIN);
            run(book, ImportFormat.LINKEDIN, linkedIn);
            // commas still separate a file whose only semicolons are inside a quoted header cell
            run(book, ImportFormat.OUTLOOK, utf8("First Name,Last Name,\"E-mail Address\",\"x;y;z\"\nDee,Evans,dee@x.example,\n"));

            List<Contact> people = all(book);
            assertThat(people).extracting(Contact::name).containsExactly("Ana Lima", "Bea Ortiz", "Cy Diaz", "Dee Evans");
            assertThat(people.get(0).emails()).containsExactly("ana@x.example");
            assertThat(people.get(0).notes()).isEqualTo("Met in Lyon; liked it, a lot");
            assertThat(people.get(1).emails()).containsExactly("bea@x.example");
            assertThat(people.get(2).linkedinUrl()).isEqualTo("https://www.linkedin.com/in/cydiaz");
            assertThat(people.get(3).emails()).containsExactly("dee@x.example");
        }
    }
}
