package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.TestDatabase;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/**
 * Outlook writes its CSV export with the column names of its display language, in the Windows code page:
 * a German or French Outlook's export is read like the English one.
 */
class LocalizedOutlookTest {
    /** A German Outlook export (excerpt of its columns, in its order), as Outlook writes it: every field quoted, CRLF. */
    private static final String GERMAN = "\"Anrede\",\"Vorname\",\"Weitere Vornamen\",\"Nachname\",\"Suffix\",\"Firma\","
            + "\"Abteilung\",\"Position\",\"Straße geschäftlich\",\"Ort geschäftlich\",\"Ort privat\",\"Telefon geschäftlich\","
            + "\"Telefon privat\",\"Mobiltelefon\",\"Geburtstag\",\"Kategorien\",\"E-Mail-Adresse\",\"E-Mail-Typ\","
            + "\"E-Mail: Angezeigter Name\",\"E-Mail 2: Adresse\",\"E-Mail 2: Typ\",\"Notizen\",\"Webseite\"\r\n"
            + "\"Dr.\",\"Jürgen\",\"\",\"Müller\",\"\",\"Bäcker AG\",\"Vertrieb\",\"Geschäftsführer\",\"Marienplatz 1\","
            + "\"München\",\"\",\"+49 89 123456\",\"\",\"+49 170 1234567\",\"0.0.00\",\"Kunden;Freunde\","
            + "\"juergen@baecker.example\",\"SMTP\",\"Jürgen Müller (juergen@baecker.example)\",\"jm@privat.example\","
            + "\"SMTP\",\"Getroffen auf der Messe\",\"www.baecker.example\"\r\n";

    /** A French Outlook export: "Titre" is both the honorific and, later, the job title; the job title is "Fonction" in some versions. */
    private static final String FRENCH = "\"Titre\",\"Prénom\",\"Deuxième prénom\",\"Nom\",\"Suffixe\",\"Société\","
            + "\"Service\",\"Titre\",\"Ville (bureau)\",\"Téléphone (bureau)\",\"Tél. mobile\",\"Catégories\","
            + "\"Adresse de messagerie\",\"Type de messagerie\",\"Adresse de messagerie 2\",\"Notes\",\"Page Web\"\r\n"
            + "\"Mme\",\"Hélène\",\"\",\"Dupré\",\"\",\"Société Générale\",\"\",\"Directrice\",\"Lyon\","
            + "\"+33 4 00 00 00 00\",\"+33 6 00 00 00 00\",\"Clients\",\"helene@sg.example\",\"SMTP\",\"\",\"Rencontrée à Lyon\",\"\"\r\n";

    private static Contact onlyContact(Kith book) {
        var all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(all).hasSize(1);
        return book.contacts().get(all.getFirst().id());
    }

    private static ImportSummary importWindows1252(Kith book, String text) {
        return importer(book).run(ImportFormat.OUTLOOK, "contacts.csv", text.getBytes(Charset.forName("windows-1252")),
                false, Progress.NONE);
    }

    @Test
    void aGermanOutlookExportIsReadWithEveryField() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(importWindows1252(book, GERMAN).created()).isEqualTo(1);
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("Jürgen Müller");
            assertThat(c.emails()).containsExactly("juergen@baecker.example", "jm@privat.example");
            assertThat(c.phones()).containsExactly("+49 170 1234567", "+49 89 123456");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Bäcker AG");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Geschäftsführer");
            assertThat(c.location()).isEqualTo("München");
            assertThat(c.tags()).containsExactly("freunde", "kunden");
            assertThat(c.notes()).isEqualTo("Getroffen auf der Messe");
            assertThat(c.website()).isEqualTo("https://www.baecker.example");
        }
    }

    @Test
    void aFrenchOutlookExportIsReadAndItsSecondTitreIsTheJobTitle() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(importWindows1252(book, FRENCH).created()).isEqualTo(1);
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("Hélène Dupré");
            assertThat(c.emails()).containsExactly("helene@sg.example");
            assertThat(c.phones()).containsExactly("+33 6 00 00 00 00", "+33 4 00 00 00 00");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Société Générale");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Directrice");
            assertThat(c.location()).isEqualTo("Lyon");
            assertThat(c.tags()).containsExactly("clients");
            assertThat(c.notes()).isEqualTo("Rencontrée à Lyon");
        }
    }

    @Test
    void everyOutlookPhoneColumnIsReadNotOnlyMobileBusinessAndHome() {
        String english = "\"First Name\",\"Last Name\",\"Business Phone\",\"Business Phone 2\",\"Car Phone\","
                + "\"Company Main Phone\",\"Home Phone\",\"Home Phone 2\",\"Mobile Phone\",\"Other Phone\",\"Primary Phone\","
                + "\"E-mail Address\"\r\n"
                + "\"Ana\",\"Lima\",\"\",\"+1 555 0102\",\"+1 555 0103\",\"+1 555 0104\",\"\",\"+1 555 0106\",\"\","
                + "\"+1 555 0108\",\"+1 555 0109\",\"ana@example.com\"\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            importWindows1252(book, english);
            assertThat(onlyContact(book).phones()).containsExactlyInAnyOrder("+1 555 0102", "+1 555 0103", "+1 555 0104",
                    "+1 555 0106", "+1 555 0108", "+1 555 0109");
        }
    }
}
