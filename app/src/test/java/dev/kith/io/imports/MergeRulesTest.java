package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

class MergeRulesTest {
    private static final String GOOGLE = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,"
            + "Labels,Notes,Website 1 - Value\n";
    private static final String LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static List<String> names(Kith book) {
        return book.contacts().list(new ContactFilter(null, null, true)).stream().map(ContactSummary::name).toList();
    }

    @BothDatabases
    void aSharedEmailIsTheSamePersonWhateverTheName(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").email("Ana@Acme.example").build());
        ImportSummary s = importText(book, ImportFormat.GOOGLE, GOOGLE + "Ana María,Lima Souza,,,ana@acme.example,,,\n");
        assertThat(s).isEqualTo(new ImportSummary(0, 0, 1, 0, List.of()));
        assertThat(names(book)).containsExactly("Ana Lima");
    }

    @BothDatabases
    void aSharedLinkedInUrlIsTheSamePerson(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Bo Chen").linkedinUrl("linkedin.com/in/bochen").build());
        ImportSummary s = importText(book, ImportFormat.LINKEDIN,
                LINKEDIN + "Bo,Chen-Wu,https://www.linkedin.com/in/BoChen/,bo@x.example,,,\n");
        assertThat(s.merged()).isEqualTo(1);
        assertThat(book.contacts().resolve("Bo Chen").emails()).containsExactly("bo@x.example");
    }

    @BothDatabases
    void sameNameAndOrganizationMergeWhenNoEmailsDiffer(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("José Núñez").organization("Acme").build());
        ImportSummary s = importText(book, ImportFormat.GOOGLE, GOOGLE + "jose,NUNEZ,ACME,,jose@acme.example,,,\n");
        assertThat(s.merged()).isEqualTo(1);
        assertThat(book.contacts().resolve("José Núñez").emails()).containsExactly("jose@acme.example");
    }

    @BothDatabases
    void sameNameAndOrganizationWithDifferentEmailsAreDifferentPeople(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Cy Diaz").organization("Globex").email("cy@globex.example").build());
        ImportSummary s = importText(book, ImportFormat.GOOGLE, GOOGLE + "Cy,Diaz,Globex,,cy.diaz@other.example,,,\n");
        assertThat(s.created()).isEqualTo(1);
        assertThat(names(book)).containsExactly("Cy Diaz", "Cy Diaz");
    }

    @BothDatabases
    void rowsWithDifferentLinkedInUrlsAreDifferentPeople(TestDatabase db) {
        Kith book = book(db);
        ImportSummary s = importText(book, ImportFormat.LINKEDIN, LINKEDIN
                + "Dee,Evans,https://linkedin.com/in/dee1,,Initech,,\n"
                + "Dee,Evans,https://linkedin.com/in/dee2,,Initech,,\n");
        assertThat(s.created()).isEqualTo(2);
    }

    @BothDatabases
    void sameNameAtAnotherOrganizationIsAnotherPerson(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Eli Fong").organization("Umbrella").build());
        assertThat(importText(book, ImportFormat.GOOGLE, GOOGLE + "Eli,Fong,Initech,,,,,\n").created()).isEqualTo(1);
    }

    @BothDatabases
    void mergingFillsBlanksAndNeverOverwritesWhatTheUserEntered(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Flor Garcia").email("flor@stark.example").notes("Met at LibCon")
                .website("https://flor.example").tag("mentor").build());
        ImportSummary s = importText(book, ImportFormat.GOOGLE, GOOGLE
                + "Florencia,García,Stark,VP,flor@stark.example,* myContacts ::: Board,Imported note,https://other.example\n");
        assertThat(s).isEqualTo(new ImportSummary(0, 1, 0, 0, List.of()));
        Contact flor = book.contacts().resolve("Flor Garcia");
        assertThat(flor.name()).isEqualTo("Flor Garcia");
        assertThat(flor.notes()).isEqualTo("Met at LibCon");
        assertThat(flor.website()).isEqualTo("https://flor.example");
        assertThat(flor.tags()).containsExactly("board", "mentor");
        assertThat(flor.currentJob().map(Employment::organization)).contains("Stark");
        assertThat(book.milestones().ofContact(flor.id())).isEmpty();
    }

    @BothDatabases
    void theSamePersonTwiceInOneFileIsCreatedOnce(TestDatabase db) {
        Kith book = book(db);
        ImportSummary s = importText(book, ImportFormat.GOOGLE, GOOGLE
                + "Gus,Hale,Initrode,,gus@initrode.example,,,\n"
                + "Gus,Hale,,Analyst,gus@initrode.example,Clients,,\n");
        assertThat(s).isEqualTo(new ImportSummary(1, 1, 0, 0, List.of()));
        Contact gus = book.contacts().resolve("Gus Hale");
        assertThat(gus.currentJob().map(Employment::title)).contains("Analyst");
        assertThat(gus.tags()).containsExactly("clients");
    }
}
