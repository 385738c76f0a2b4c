package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importResource;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.contacts.Employment;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

class LinkedInImportTest {
    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    @BothDatabases
    void connectionsWithPreambleQuotesAndUnicodeAreImported(TestDatabase db) {
        Kith book = book(db);
        ImportSummary summary = importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
        assertThat(summary).isEqualTo(new ImportSummary(5, 0, 0, 0, List.of()));
        Contact bo = book.contacts().resolve("Bo Chen");
        assertThat(bo.currentJob().map(Employment::organization)).contains("Chen, Wu & Partners");
        assertThat(bo.currentJob().map(Employment::title)).contains("Director, \"Special\" Projects");
        assertThat(bo.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/bochen");
        assertThat(bo.howMet().firstMet()).isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(bo.emails()).isEmpty();
        assertThat(book.contacts().resolve("José Núñez").givenName()).isEqualTo("José");
        assertThat(book.contacts().resolve("李 娜").currentJob().map(Employment::organization)).contains("北京大学");
        assertThat(book.search().search("nunez", 5)).hasSize(1);
    }

    @BothDatabases
    void importingTheSameFileAgainChangesNothing(TestDatabase db) {
        Kith book = book(db);
        importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
        ImportSummary again = importResource(book, ImportFormat.LINKEDIN, "Connections.csv");
        assertThat(again).isEqualTo(new ImportSummary(0, 0, 5, 0, List.of()));
        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).hasSize(5);
    }

    @BothDatabases
    void aNewCompanyInALaterExportIsAJobChangeWithANewJobMilestone(TestDatabase db) {
        importText(book(db, LocalDate.of(2026, 1, 10)), ImportFormat.LINKEDIN,
                HEADER + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Librarian,1 Jan 2020\n");
        Kith later = book(db);
        ImportSummary summary = importText(later, ImportFormat.LINKEDIN,
                HEADER + "Ana,Lima,https://www.linkedin.com/in/ana-lima/,,Globex,Head Librarian,1 Jan 2020\n");
        assertThat(summary).isEqualTo(new ImportSummary(0, 1, 0, 1, List.of()));
        Contact ana = later.contacts().resolve("Ana Lima");
        assertThat(ana.jobs()).extracting(Employment::organization).containsExactly("Globex", "Acme");
        assertThat(ana.jobs().get(1).end()).isEqualTo(Fixtures.TODAY);
        List<Milestone> milestones = later.milestones().ofContact(ana.id());
        assertThat(milestones).extracting(Milestone::kind).containsExactly(MilestoneKind.NEW_JOB);
        assertThat(milestones.getFirst().date()).isEqualTo(Fixtures.TODAY);
        assertThat(milestones.getFirst().text()).isEqualTo("New job: Head Librarian at Globex");
    }

    @BothDatabases
    void aNewTitleAtTheSameCompanyIsAPromotion(TestDatabase db) {
        Kith book = book(db);
        importText(book, ImportFormat.LINKEDIN, HEADER + "Ana,Lima,https://linkedin.com/in/ana-lima,,Acme,Librarian,\n");
        ImportSummary summary = importText(book, ImportFormat.LINKEDIN,
                HEADER + "Ana,Lima,https://linkedin.com/in/ana-lima,,ACME,Chief Librarian,\n");
        assertThat(summary.milestones()).isEqualTo(1);
        Contact ana = book.contacts().resolve("Ana Lima");
        assertThat(book.milestones().ofContact(ana.id())).extracting(Milestone::kind)
                .containsExactly(MilestoneKind.PROMOTION);
        assertThat(ana.currentJob().map(Employment::title)).contains("Chief Librarian");
    }

    @org.junit.jupiter.api.Test
    void anExportFromBefore2020WithoutTheUrlColumnIsRead() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            String csv = "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
                    + "Jörg,Weiß,joerg@example.de,Siemens AG,\"Head of \"\"Digital\"\"\",07 Dec 2019\r\n";
            ImportSummary s = importText(book, ImportFormat.LINKEDIN, csv);
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).isEmpty();
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id());
            assertThat(c.name()).isEqualTo("Jörg Weiß");
            assertThat(c.emails()).containsExactly("joerg@example.de");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Head of \"Digital\"");
            assertThat(c.howMet().firstMet()).isEqualTo(LocalDate.of(2019, 12, 7));
            assertThat(ImportFormat.detect("Connections.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(ImportFormat.LINKEDIN);
        }
    }

    @BothDatabases
    void emojiAndCredentialsLeaveTheNamesAndARowWithOnlyAProfileIsWarnedAbout(TestDatabase db) {
        Kith book = book(db);
        ImportSummary summary = importText(book, ImportFormat.LINKEDIN, HEADER
                + "Jane,\"Doe, PhD\",https://www.linkedin.com/in/janedoe,,\"Acme, Inc.\",VP Engineering,12 Mar 2019\n"
                + "John,Smith \uD83D\uDE80,https://www.linkedin.com/in/jsmith,,,,01 Jan 2024\n"
                + "\u2728 Mia,\"Wong, MBA, CPA\",https://www.linkedin.com/in/miaw,,,,01 Jan 2024\n"
                + "Sam,\"Hill, Jr.\",https://www.linkedin.com/in/samhill,,,,01 Jan 2024\n"
                + ",,https://www.linkedin.com/in/ACoAAB123,,,,05 May 2021\n");

        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting(ContactSummary::name)
                .containsExactlyInAnyOrder("Jane Doe", "John Smith", "Mia Wong", "Sam Hill, Jr.");
        assertThat(book.contacts().resolve("Jane Doe").familyName()).isEqualTo("Doe");
        assertThat(summary.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).contains("no name");
        });
    }
}
