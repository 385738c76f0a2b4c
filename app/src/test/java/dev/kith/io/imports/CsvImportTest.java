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

class CsvImportTest {

    @BothDatabases
    void googleContactsCsvWithLabelsAsTagsAndSeveralEmailsInOneCell(TestDatabase db) {
        Kith book = book(db);
        assertThat(importResource(book, ImportFormat.GOOGLE, "google.csv"))
                .isEqualTo(new ImportSummary(3, 0, 0, 0, List.of()));
        Contact ana = book.contacts().resolve("Ana Lima");
        assertThat(ana.emails()).containsExactly("ana@acme.example", "ana.lima@home.example");
        assertThat(ana.tags()).containsExactly("friends", "work");
        assertThat(ana.notes()).isEqualTo("Met at \"LibCon\"");
        assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
        assertThat(ana.location()).isEqualTo("Springfield");
        assertThat(book.contacts().resolve("Gus Hale").tags()).containsExactly("clients");
        assertThat(book.contacts().resolve("Vandelay Industries").emails()).containsExactly("info@vandelay.example");
    }

    @BothDatabases
    void outlookCsvWithCategoriesAndAMultiLineNote(TestDatabase db) {
        Kith book = book(db);
        assertThat(importResource(book, ImportFormat.OUTLOOK, "outlook.csv").created()).isEqualTo(2);
        Contact cy = book.contacts().resolve("Cy Diaz");
        assertThat(cy.tags()).containsExactly("clients", "vip");
        assertThat(cy.currentJob().map(Employment::title)).contains("Account Manager");
        assertThat(cy.location()).isEqualTo("Shelbyville");
        Contact hana = book.contacts().resolve("Hana Ito");
        assertThat(hana.notes()).isEqualTo("Multi-line\nnote, with a comma");
        assertThat(hana.location()).isEqualTo("Tokyo");
        assertThat(hana.phones()).containsExactly("+81 90 5555 0100");
    }

    @BothDatabases
    void theSamePeopleFromLinkedInThenGoogleThenVCardsMerge(TestDatabase db) {
        Kith book = book(db);
        importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
        ImportSummary google = importResource(book, ImportFormat.GOOGLE, "google.csv");
        assertThat(google.created()).isEqualTo(2);
        assertThat(google.merged()).isEqualTo(1);
        ImportSummary apple = importResource(book, ImportFormat.VCARD, "vcard/apple.vcf");
        assertThat(apple.created()).isZero();
    }
}
