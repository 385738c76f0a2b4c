package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One file per address book that writes vCards, each in its own dialect; SQLite and PostgreSQL alike. */
class VCardImportTest {

    private static Contact only(TestDatabase db, String file) {
        Kith book = book(db);
        ImportSummary s = importResource(book, ImportFormat.VCARD, "vcard/" + file);
        assertThat(s).isEqualTo(new ImportSummary(1, 0, 0, 0, List.of()));
        return book.contacts().get(book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).getFirst().id());
    }

    private static String org(Contact c) {
        return c.currentJob().map(Employment::organization).orElse(null);
    }

    private static String title(Contact c) {
        return c.currentJob().map(Employment::title).orElse(null);
    }

    @BothDatabases
    void appleContacts30(TestDatabase db) {
        Contact c = only(db, "apple.vcf");
        assertThat(c.name()).isEqualTo("Ana Lima");
        assertThat(c.emails()).containsExactly("ana@acme.example");
        assertThat(c.phones()).containsExactly("+1 555 0100");
        assertThat(org(c)).isEqualTo("Acme");
        assertThat(title(c)).isEqualTo("Librarian");
        assertThat(c.location()).isEqualTo("Springfield");
        assertThat(c.website()).isEqualTo("https://ana.example");
        assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
        assertThat(c.notes()).isEqualTo("Met at the library conference, loves; semicolons");
    }

    @Test
    void iPhoneWithAFoldedPhoto() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "iphone.vcf");
            assertThat(c.name()).isEqualTo("Chidi Okafor");
            assertThat(org(c)).isEqualTo("Hooli");
            assertThat(c.emails()).containsExactly("chidi@hooli.example");
        }
    }

    @Test
    void android21WithQuotedPrintableUtf8() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "android.vcf");
            assertThat(c.name()).isEqualTo("José Núñez");
            assertThat(c.givenName()).isEqualTo("José");
            assertThat(c.familyName()).isEqualTo("Núñez");
            assertThat(c.notes()).as("its =0D=0A made a plain line break").isEqualTo("First line\nSecond line");
            assertThat(c.phones()).containsExactly("+56 9 1234 5678");
        }
    }

    @Test
    void gmailWithEscapedCommaAndSystemGroupDropped() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "gmail.vcf");
            assertThat(org(c)).isEqualTo("Chen, Wu & Partners");
            assertThat(c.tags()).containsExactly("clients");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/bochen");
        }
    }

    @Test
    void outlook21WithAQuotedPrintableLabel() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "outlook.vcf");
            assertThat(c.name()).isEqualTo("Cy Diaz");
            assertThat(org(c)).isEqualTo("Globex");
            assertThat(title(c)).isEqualTo("Account Manager");
            assertThat(c.emails()).containsExactly("cy@globex.example");
            assertThat(c.location()).isEqualTo("Shelbyville");
        }
    }

    @Test
    void thunderbird40WithTwoEmails() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "thunderbird.vcf");
            assertThat(c.emails()).containsExactly("dee@initech.example", "dee.evans@home.example");
            assertThat(c.phones()).containsExactly("+44 20 7946 0000");
            assertThat(title(c)).isEqualTo("CTO");
        }
    }

    @Test
    void evolutionWithCategoriesAndNote() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "evolution.vcf");
            assertThat(c.tags()).containsExactly("conference 2026");
            assertThat(c.notes()).isEqualTo("Gave a talk on email migration");
            assertThat(org(c)).isEqualTo("Umbrella");
        }
    }

    @Test
    void lotusNotesWithLfLineEndsAndAnHonorific() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Contact c = only(db, "lotus.vcf");
            assertThat(c.name()).isEqualTo("Dr. Flor Garcia");
            assertThat(c.emails()).containsExactly("flor.garcia@stark.example");
            assertThat(org(c)).isEqualTo("Stark Industries");
        }
    }

    @Test
    void allStylesInOneFileImportAsEightPeople() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            StringBuilder all = new StringBuilder();
            for (String f : List.of("apple", "iphone", "android", "gmail", "outlook", "thunderbird", "evolution", "lotus")) {
                all.append(new String(dev.kith.io.Fixtures.resource("vcard/" + f + ".vcf"),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            ImportSummary s = dev.kith.io.Fixtures.importText(book(db), ImportFormat.VCARD, all.toString());
            assertThat(s.created()).isEqualTo(8);
        }
    }

    @Test
    void contactGroupsOfICloudAndVCard4AreSkippedWithAWarning() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = dev.kith.io.Fixtures.importText(book, ImportFormat.VCARD, String.join("\r\n",
                    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iCloud Web Address Book 2423B3//EN",
                    "N:Family", "FN:Family", "X-ADDRESSBOOKSERVER-KIND:group",
                    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0d3a1e2f-5c1b-4c2d-9e8f-123456789abc", "END:VCARD",
                    "BEGIN:VCARD", "VERSION:4.0", "KIND:group", "FN:Mailing list", "EMAIL:list@example.org",
                    "MEMBER:mailto:a@example.org", "END:VCARD",
                    "BEGIN:VCARD", "VERSION:3.0", "N:Lima;Ana;;;", "FN:Ana Lima", "END:VCARD", ""));
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).extracting(ImportSummary.Warning::line, ImportSummary.Warning::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "skipped: a contact group, not a person"),
                    org.assertj.core.groups.Tuple.tuple(9L, "skipped: a contact group, not a person"));
            assertThat(book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).extracting(c -> c.name())
                    .containsExactly("Ana Lima");
        }
    }

    @Test
    void filesJoinedWithCatKeepingEachByteOrderMarkAreRead() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            String card = "\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nEND:VCARD\r\n";
            ImportSummary s = dev.kith.io.Fixtures.importText(book, ImportFormat.VCARD,
                    card.formatted("Ana Lima") + card.formatted("Bea Ortiz"));
            assertThat(s.created()).isEqualTo(2);
            assertThat(book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).extracting(c -> c.name())
                    .containsExactly("Ana Lima", "Bea Ortiz");
        }
    }
}
