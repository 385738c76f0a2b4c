package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Real exporters write junk: a bad field is dropped with a warning and its person kept; a broken file is still refused. */
class TolerantImportTest {
    private static final String LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static ImportSummary run(Kith book, ImportFormat format, String file, String text) {
        return Fixtures.importer(book).run(format, file, text.getBytes(StandardCharsets.UTF_8), false, Progress.NONE);
    }

    private static String card(String fn, String... lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + fn + "\r\n" + String.join("\r\n", lines)
                + (lines.length == 0 ? "" : "\r\n") + "END:VCARD\r\n";
    }

    @BothDatabases
    void aGarbledEmailInAnAndroidExportDropsTheEmailNotTheBook(TestDatabase db) {
        Kith book = book(db);
        String vcf = card("Ana Lima", "EMAIL;TYPE=HOME:ana@acme.example") + card("Bo Chen", "EMAIL;TYPE=HOME:ÑÑÑÑ…",
                "TEL;TYPE=CELL:+44 20 7946 0000", "ORG:Globex") + card("Cy Diaz");
        ImportSummary s = run(book, ImportFormat.VCARD, "contacts.vcf", vcf);
        assertThat(s.created()).isEqualTo(3);
        assertThat(s.warnings()).as("on the EMAIL line, not the card's first").containsExactly(
                new ImportSummary.Warning("contacts.vcf", 9, "email: 'ÑÑÑÑ…' is not an email address (field dropped)"));
        Contact bo = book.contacts().resolve("Bo Chen");
        assertThat(bo.emails()).isEmpty();
        assertThat(bo.phones()).containsExactly("+44 20 7946 0000");
        assertThat(bo.currentJob().map(Employment::organization)).contains("Globex");
    }

    @BothDatabases
    void aHugeNoteIsDroppedWithTheLimitInTheWarning(TestDatabase db) {
        Kith book = book(db);
        String note = "x".repeat(3 * 1024 * 1024);
        ImportSummary s = run(book, ImportFormat.VCARD, "big.vcf", card("Ana Lima", "NOTE:" + note, "TITLE:Librarian"));
        assertThat(s.created()).isEqualTo(1);
        assertThat(s.warnings()).singleElement().extracting(ImportSummary.Warning::message).asString()
                .contains("notes:", "65,536", "64 KB", "field dropped");
        Contact ana = book.contacts().resolve("Ana Lima");
        assertThat(ana.notes()).isNull();
        assertThat(ana.currentJob().map(Employment::title)).contains("Librarian");
    }

    @BothDatabases
    void aTooLongNameFallsBackToTheOtherNamesOrSkipsThePerson(TestDatabase db) {
        Kith book = book(db);
        String csv = "First Name,Last Name,E-mail 1 - Value,Organization Name\n"
                + "Ana,Lima,ana@acme.example," + "A".repeat(300) + "\n"
                + "\"" + "B".repeat(500) + "\",,,\n";
        ImportSummary s = run(book, ImportFormat.GOOGLE, "google.csv", csv);
        assertThat(s.created()).isEqualTo(1);
        assertThat(s.warnings()).extracting(ImportSummary.Warning::line).containsExactly(2L, 3L, 3L);
        assertThat(s.warnings().get(2).message()).isEqualTo("skipped: no usable name, organization, email or phone");
        assertThat(book.contacts().resolve("Ana Lima").currentJob()).isEmpty();
    }

    @BothDatabases
    void structuralDamageStillRejectsTheWholeFileAndLeavesTheBookAsItWas(TestDatabase db) {
        Kith book = book(db);
        run(book, ImportFormat.VCARD, "first.vcf", card("Ana Lima"));
        Map<String, Integer> before = Tables.counts(book.database());
        assertThatThrownBy(() -> run(book, ImportFormat.VCARD, "broken.vcf",
                card("Bo Chen", "EMAIL:not-an-email") + "BEGIN:VCARD\r\nFN:Cy Diaz\r\n"))
                .isInstanceOf(ImportException.class).hasMessage("broken.vcf:6: the vCard that starts here has no END:VCARD");
        assertThatThrownBy(() -> run(book, ImportFormat.LINKEDIN, "q.csv", LINKEDIN + "\"Cy,Diaz,,,,,\n"))
                .isInstanceOf(ImportException.class).hasMessage("q.csv:2: unterminated or misplaced quote in the record that starts on this line");
        assertThat(Tables.counts(book.database())).isEqualTo(before);
    }

    @BothDatabases
    void aSecondAddressBookSpellingTheOrganizationDifferentlyIsNoNewJob(TestDatabase db) {
        Kith book = book(db);
        run(book, ImportFormat.VCARD, "phone.vcf", card("Ana Lima", "EMAIL:ana@acme.example", "ORG:Acme Corp"));
        ImportSummary s = run(book, ImportFormat.VCARD, "laptop.vcf",
                card("Ana Lima", "EMAIL:ana@acme.example", "ORG:ACME Corporation Ltd"));
        assertThat(s.milestones()).isZero();
        Contact ana = book.contacts().resolve("Ana Lima");
        assertThat(ana.jobs()).extracting(Employment::organization).contains("ACME Corporation Ltd", "Acme Corp");
        assertThat(book.milestones().ofContact(ana.id())).isEmpty();
    }

    @BothDatabases
    void theSameSourceReportingAChangeOverTimeIsANewJob(TestDatabase db) {
        Kith book = book(db);
        run(book, ImportFormat.LINKEDIN, "Connections.csv", LINKEDIN + "Ana,Lima,,ana@acme.example,Acme,Librarian,1 Jan 2026\n");
        run(book, ImportFormat.VCARD, "phone.vcf", card("Ana Lima", "EMAIL:ana@acme.example", "ORG:ACME Inc."));
        ImportSummary again = run(book, ImportFormat.LINKEDIN, "Connections (1).csv",
                LINKEDIN + "Ana,Lima,,ana@acme.example,Acme,Librarian,1 Jan 2026\n");
        assertThat(again.milestones()).as("LinkedIn still says Acme: no news").isZero();
        ImportSummary moved = run(book, ImportFormat.LINKEDIN, "Connections.csv",
                LINKEDIN + "Ana,Lima,,ana@acme.example,Globex,Head Librarian,1 Jan 2026\n");
        assertThat(moved.milestones()).isEqualTo(1);
        Contact ana = book.contacts().resolve("Ana Lima");
        assertThat(book.milestones().ofContact(ana.id())).singleElement().satisfies(m ->
                assertThat(m.text()).isEqualTo("New job: Head Librarian at Globex"));
    }

    @BothDatabases
    void theSameAddressBookReimportedWithANewOrganizationIsANewJob(TestDatabase db) {
        Kith book = book(db);
        run(book, ImportFormat.VCARD, "phone.vcf", card("Ana Lima", "EMAIL:ana@acme.example", "ORG:Acme"));
        ImportSummary s = run(book, ImportFormat.VCARD, "/other/folder/phone.vcf",
                card("Ana Lima", "EMAIL:ana@acme.example", "ORG:Globex"));
        assertThat(s.milestones()).isEqualTo(1);
    }

    @BothDatabases
    void junkFilesCapTheirWarnings(TestDatabase db) {
        Kith book = book(db);
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail 1 - Value\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("P").append(i).append(",Q,junk").append(i).append('\n');
        }
        ImportSummary s = run(book, ImportFormat.GOOGLE, "junk.csv", csv.toString());
        assertThat(s.created()).isEqualTo(1_500);
        assertThat(s.warnings()).hasSize(Warnings.MAX + 1);
        assertThat(s.warnings().getLast().message()).isEqualTo("and 500 more warnings");
    }

    @org.junit.jupiter.api.Test
    void aSourceIsLinkedInOrTheFormatAndTheFileName() {
        assertThat(Importer.source(ImportFormat.LINKEDIN, "/home/ana/Downloads/Connections (3).csv")).isEqualTo("linkedin");
        assertThat(Importer.source(ImportFormat.VCARD, "/home/ana/contacts.vcf")).isEqualTo("vcard:contacts.vcf");
        assertThat(Importer.source(ImportFormat.GOOGLE, "C:\\Users\\ana\\google.csv")).isEqualTo("google:google.csv");
        assertThat(Importer.source(ImportFormat.OUTLOOK, "odd\u0000name.csv")).isEqualTo("outlook:odd\u0000name.csv");
    }
}
