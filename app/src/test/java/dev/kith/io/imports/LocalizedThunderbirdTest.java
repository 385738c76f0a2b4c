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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Thunderbird names the columns of its CSV export in the language of its user interface (its address book field
 * names): a German, French or Spanish Thunderbird's export is read like the English one, and told as one.
 */
class LocalizedThunderbirdTest {
    /** Thunderbird's 37 columns, in its order, as a German Thunderbird names them; every line ends with a comma. */
    private static final String GERMAN = "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,"
            + "Sekundäre E-Mail-Adresse,Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,"
            + "Mobil-Tel.-Nr.,Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,Privat: Land,"
            + "Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,Dienstlich: Bundesland,Dienstlich: PLZ,"
            + "Dienstlich: Land,Arbeitstitel,Abteilung,Organisation,Webseite 1,Webseite 2,Geburtsjahr,Geburtsmonat,"
            + "Geburtstag,Benutzerdef. 1,Benutzerdef. 2,Benutzerdef. 3,Benutzerdef. 4,Notizen,\r\n"
            + "Jürgen,Müller,Jürgen Müller,Jü,juergen@baecker.example,jm@privat.example,,+49 89 123456,,,,"
            + "+49 170 1234567,,,Augsburg,,,,Marienplatz 1,,München,,,,Geschäftsführer,Vertrieb,Bäcker AG,"
            + "https://baecker.example,,1970,2,30,,,,,\"Getroffen auf der Messe\",\r\n";

    /** A French Thunderbird's export: both cities are called "Ville" (home first), and "Tél. professionnel " ends with a space. */
    private static final String FRENCH = "Prénom,Nom de famille,Nom à afficher,Surnom,Adresse e-mail principale,"
            + "Adresse e-mail secondaire,Nom de l’écran,Tél. professionnel ,Tél. personnel,Fax,Pager,Portable,"
            + "Adresse privée,Adresse privée 2,Ville,Pays/État,Code postal,Pays/Région (domicile),"
            + "Adresse professionnelle,Adresse professionnelle 2,Ville,Pays/État,Code postal,Pays/Région (bureau),"
            + "Profession,Service,Société,Site web 1,Site web 2,Année de naissance,Mois,Jour,Divers 1,Divers 2,"
            + "Divers 3,Divers 4,Notes,\r\n"
            + "Hélène,Dupré,Hélène Dupré,,helene@sg.example,,,+33 4 00 00 00 00,,,,+33 6 00 00 00 00,,,Villeurbanne,"
            + ",,,,,Lyon,,,,Directrice,,Société Générale,,,,,,,,,,Rencontrée à Lyon,\r\n";

    private static final String SPANISH = "Nombre,Apellidos,Nombre mostrado,Apodo,"
            + "Dirección de correo electrónico principal,Dirección de correo electrónico secundaria,Nombre en pantalla,"
            + "Teléfono (Trabajo),Teléfono particular,Fax,Buscapersonas,Teléfono móvil,Dirección personal,"
            + "Dirección personal 2,Ciudad donde vive,Provincia,Código postal,País de residencia,Dirección de trabajo,"
            + "Dirección de trabajo 2,Ciudad (Trabajo),Provincia (Trabajo),Código postal (Trabajo),País (Trabajo),"
            + "Puesto,Departamento,Organización,Página web 1,Página web 2,Año de nacimiento,Mes de nacimiento,"
            + "Día de nacimiento,Personalizado 1,Personalizado 2,Personalizado 3,Personalizado 4,Notas,\r\n"
            + "José,García López,José García,,jose@acme.example,,,,+34 91 000 00 00,,,+34 600 000 000,,,Madrid,,,,"
            + ",,,,,,Ingeniero,,Acme España,,,,,,,,,,Nos vimos en Madrid,\r\n";

    private static Contact onlyContact(Kith book) {
        var all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(all).hasSize(1);
        return book.contacts().get(all.getFirst().id());
    }

    private static ImportSummary run(Kith book, byte[] bytes) {
        ImportFormat format = ImportFormat.detect("adressbuch.csv", bytes);
        assertThat(format).as("told as Outlook-like CSV").isEqualTo(ImportFormat.OUTLOOK);
        return importer(book).run(format, "adressbuch.csv", bytes, false, Progress.NONE);
    }

    @Test
    void aGermanThunderbirdExportIsToldAndReadWithEveryField() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, GERMAN.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("Birthday"));
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("Jürgen Müller");
            assertThat(c.givenName()).isEqualTo("Jürgen");
            assertThat(c.emails()).containsExactly("juergen@baecker.example", "jm@privat.example");
            assertThat(c.phones()).containsExactly("+49 170 1234567", "+49 89 123456");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Bäcker AG");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Geschäftsführer");
            assertThat(c.location()).as("the work city first").isEqualTo("München");
            assertThat(c.website()).isEqualTo("https://baecker.example");
            assertThat(c.notes()).isEqualTo("Getroffen auf der Messe");
        }
    }

    @Test
    void anOldThunderbirdsGermanExportInTheWindowsCodePageIsToldToo() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, GERMAN.getBytes(Charset.forName("windows-1252")));
            assertThat(s.created()).isEqualTo(1);
            assertThat(onlyContact(book).emails()).containsExactly("juergen@baecker.example", "jm@privat.example");
        }
    }

    @Test
    void aFrenchThunderbirdExportTakesTheSecondVilleAsTheWorkCity() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(run(book, FRENCH.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("Hélène Dupré");
            assertThat(c.emails()).containsExactly("helene@sg.example");
            assertThat(c.phones()).containsExactly("+33 6 00 00 00 00", "+33 4 00 00 00 00");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Société Générale");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Directrice");
            assertThat(c.location()).isEqualTo("Lyon");
            assertThat(c.notes()).isEqualTo("Rencontrée à Lyon");
        }
    }

    @Test
    void aSpanishThunderbirdExportIsNotTakenForASpanishOutlookOne() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(run(book, SPANISH.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("José García");
            assertThat(c.familyName()).isEqualTo("García López");
            assertThat(c.emails()).containsExactly("jose@acme.example");
            assertThat(c.phones()).containsExactly("+34 600 000 000", "+34 91 000 00 00");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Acme España");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Ingeniero");
            assertThat(c.location()).isEqualTo("Madrid");
            assertThat(c.notes()).isEqualTo("Nos vimos en Madrid");
        }
    }
}
