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
import dev.kith.io.Progress;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outlook's CSV export in Spanish, Italian, Dutch and Brazilian Portuguese, with all of Outlook's columns in its
 * order and the names Outlook gives them in each language (from Microsoft's table of them, Exchange's contact
 * import: some stay English, such as Spanish {@code E-mail Address}), written as Outlook writes them: every field
 * quoted, CRLF, Windows-1252. An export in a language Kith does not know is refused, naming what it could not map.
 */
class OutlookLanguagesTest {
    /** The columns of Outlook's CSV export, in its order, by their English names. */
    private static final List<String> ORDER = List.of("Title", "First Name", "Middle Name", "Last Name", "Suffix",
            "Company", "Department", "Job Title", "Business Street", "Business Street 2", "Business Street 3",
            "Business City", "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
            "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
            "Other Street", "Other Street 2", "Other Street 3", "Other City", "Other State", "Other Postal Code",
            "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback",
            "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
            "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
            "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories",
            "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
            "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
            "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
            "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
            "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
            "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page");

    /** One person's values, by English column name. */
    private static final Map<String, String> PERSON = Map.ofEntries(Map.entry("Title", "Dr."),
            Map.entry("First Name", "Inês"), Map.entry("Last Name", "Peña"), Map.entry("Company", "Acme Ibérica"),
            Map.entry("Job Title", "Directora"), Map.entry("Business City", "Málaga"),
            Map.entry("Mobile Phone", "+34 600 000 001"), Map.entry("Business Phone", "+34 952 000 002"),
            Map.entry("ISDN", ""), Map.entry("Birthday", "0/0/00"), Map.entry("Categories", "Clientes;Amigos"),
            Map.entry("E-mail Address", "ines@acme.example"), Map.entry("E-mail Type", "SMTP"),
            Map.entry("E-mail Display Name", "Inês Peña (ines@acme.example)"),
            Map.entry("E-mail 2 Address", "ines@casa.example"), Map.entry("E-mail 2 Type", "SMTP"),
            Map.entry("Gender", "Unspecified"), Map.entry("Notes", "Conocida en la feria"),
            Map.entry("Priority", "Normal"), Map.entry("Private", "False"), Map.entry("Sensitivity", "Normal"),
            Map.entry("Web Page", "www.acme.example"));

    private static final Map<String, String> SPANISH = Map.ofEntries(Map.entry("First Name", "Nombre"),
            Map.entry("Middle Name", "Segundo nombre"), Map.entry("Last Name", "Apellidos"),
            Map.entry("Company", "Organización"), Map.entry("Job Title", "Puesto"),
            Map.entry("Business Street", "Calle del trabajo"), Map.entry("Business City", "Ciudad de trabajo"),
            Map.entry("Business Phone", "Teléfono del trabajo"), Map.entry("Home Phone", "Particular"),
            Map.entry("Primary Phone", "Teléfono principal"), Map.entry("Other Phone", "Otro teléfono"),
            Map.entry("Company Main Phone", "Número de centralita de la organización"),
            Map.entry("Categories", "Categorías"), Map.entry("E-mail 2 Address", "Dirección de correo electrónico 2"),
            Map.entry("E-mail 3 Address", "Dirección del correo electrónico 3"),
            Map.entry("E-mail Display Name", "Nombre de pantalla de correo electrónico"),
            Map.entry("Web Page", "Página web"), Map.entry("Gender", "Género"), Map.entry("Priority", "Prioridad"));
    private static final Map<String, String> ITALIAN = Map.ofEntries(Map.entry("Title", "Titolo"),
            Map.entry("First Name", "Nome"), Map.entry("Middle Name", "Secondo nome"), Map.entry("Last Name", "Cognome"),
            Map.entry("Suffix", "Titolo straniero"), Map.entry("Company", "Società"), Map.entry("Department", "Reparto"),
            Map.entry("Job Title", "Posizione"), Map.entry("Business Street", "Via (uff.)"),
            Map.entry("Business City", "Città (uff.)"), Map.entry("Home City", "Città (ab.)"),
            Map.entry("Business Phone", "Ufficio"), Map.entry("Business Phone 2", "Ufficio 2"),
            Map.entry("Home Phone", "Abitazione"), Map.entry("Mobile Phone", "Cellulare"),
            Map.entry("Primary Phone", "Telefono principale"), Map.entry("Other Phone", "Altro telefono"),
            Map.entry("Car Phone", "Telefono auto"), Map.entry("Categories", "Categorie"),
            Map.entry("E-mail Address", "Indirizzo posta elettronica"), Map.entry("E-mail Type", "Tipo posta elettronica"),
            Map.entry("E-mail 2 Address", "Indirizzo posta elettronica 2"),
            Map.entry("E-mail 3 Address", "Indirizzo posta elettronica 3"), Map.entry("Web Page", "Pagina Web"),
            Map.entry("Birthday", "Compleanno"), Map.entry("Gender", "Sesso"));
    private static final Map<String, String> DUTCH = Map.ofEntries(Map.entry("Title", "Titel"),
            Map.entry("First Name", "Voornaam"), Map.entry("Middle Name", "Middelste naam"),
            Map.entry("Last Name", "Achternaam"), Map.entry("Suffix", "Achtervoegsel"), Map.entry("Company", "Bedrijf"),
            Map.entry("Department", "Afdeling"), Map.entry("Job Title", "Functie"),
            Map.entry("Business Street", "Werkadres, straat"), Map.entry("Business City", "Werkadres, plaats"),
            Map.entry("Home City", "Huisadres, plaats"), Map.entry("Business Phone", "Telefoon op werk"),
            Map.entry("Home Phone", "Telefoon thuis"), Map.entry("Mobile Phone", "Mobiele telefoon"),
            Map.entry("Primary Phone", "Hoofdtelefoon"), Map.entry("Categories", "Categorieën"),
            Map.entry("E-mail Address", "E-mailadres"), Map.entry("E-mail Type", "E-mailtype"),
            Map.entry("E-mail 2 Address", "E-mailadres 2"), Map.entry("E-mail 3 Address", "E-mailadres 3"),
            Map.entry("Notes", "Notities"), Map.entry("Web Page", "Webpagina"), Map.entry("Birthday", "Verjaardag"));
    private static final Map<String, String> PORTUGUESE_BRAZIL = Map.ofEntries(Map.entry("Title", "Tratamento"),
            Map.entry("First Name", "Primeiro nome"), Map.entry("Middle Name", "Segundo nome"),
            Map.entry("Last Name", "Sobrenome"), Map.entry("Suffix", "Sufixo"), Map.entry("Company", "Empresa"),
            Map.entry("Department", "Departamento"), Map.entry("Job Title", "Cargo"),
            Map.entry("Home City", "Cidade do endereço residencial"), Map.entry("Business Phone", "Telefone comercial"),
            Map.entry("Home Phone", "Telefone residencial"), Map.entry("Mobile Phone", "Telefone celular"),
            Map.entry("Categories", "Categorias"), Map.entry("E-mail 2 Address", "Endereço de email 2"),
            Map.entry("E-mail 3 Address", "Endereço de email 3"), Map.entry("Notes", "Anotações"),
            Map.entry("Web Page", "Página da Web"), Map.entry("Gender", "Sexo"));
    /** Polish, a language whose names Kith does not know (ISDN stays ISDN). */
    private static final Map<String, String> POLISH = Map.ofEntries(Map.entry("Title", "Tytuł"),
            Map.entry("First Name", "Imię"), Map.entry("Middle Name", "Drugie imię"), Map.entry("Last Name", "Nazwisko"),
            Map.entry("Company", "Firma"), Map.entry("Job Title", "Stanowisko"),
            Map.entry("Mobile Phone", "Telefon komórkowy"), Map.entry("Business Phone", "Telefon służbowy"),
            Map.entry("E-mail Address", "Adres e-mail"), Map.entry("E-mail 2 Address", "Adres e-mail 2"),
            Map.entry("Notes", "Notatki"), Map.entry("Categories", "Kategorie"), Map.entry("Web Page", "Strona sieci Web"));

    /** An export of {@link #PERSON} with the column names of {@code names} (English where it has none). */
    static String export(Map<String, String> names) {
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String column : ORDER) {
            header.add("\"" + names.getOrDefault(column, column) + "\"");
            row.add("\"" + PERSON.getOrDefault(column, "") + "\"");
        }
        return String.join(",", header) + "\r\n" + String.join(",", row) + "\r\n";
    }

    private static Contact imported(Kith book, String text) {
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertThat(ImportFormat.detect("contacts.csv", bytes)).isEqualTo(ImportFormat.OUTLOOK);
        importer(book).run(ImportFormat.OUTLOOK, "contacts.csv", bytes, false, Progress.NONE);
        var all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(all).hasSize(1);
        return book.contacts().get(all.getFirst().id());
    }

    private static void everyField(Contact c, boolean businessCity) {
        assertThat(c.name()).isEqualTo("Inês Peña");
        assertThat(c.givenName()).isEqualTo("Inês");
        assertThat(c.familyName()).isEqualTo("Peña");
        assertThat(c.emails()).containsExactly("ines@acme.example", "ines@casa.example");
        assertThat(c.phones()).containsExactly("+34 600 000 001", "+34 952 000 002");
        assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Acme Ibérica");
        assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Directora");
        if (businessCity) {
            assertThat(c.location()).isEqualTo("Málaga");
        }
        assertThat(c.tags()).containsExactly("amigos", "clientes");
        assertThat(c.notes()).isEqualTo("Conocida en la feria");
        assertThat(c.website()).isEqualTo("https://www.acme.example");
    }

    @BothDatabases
    void aSpanishOutlookExportIsReadThoughItsFirstEmailColumnIsEnglish(TestDatabase db) {
        everyField(imported(book(db), export(SPANISH)), true);
    }

    @BothDatabases
    void anItalianOutlookExportIsRead(TestDatabase db) {
        everyField(imported(book(db), export(ITALIAN)), true);
    }

    @BothDatabases
    void aDutchOutlookExportIsRead(TestDatabase db) {
        everyField(imported(book(db), export(DUTCH)), true);
    }

    @BothDatabases
    void aBrazilianPortugueseOutlookExportIsRead(TestDatabase db) {
        everyField(imported(book(db), export(PORTUGUESE_BRAZIL)), true);
    }

    @Test
    void anOutlookExportInALanguageKithDoesNotKnowIsRefusedNamingTheColumnsItCouldNotMap() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            byte[] bytes = export(POLISH).getBytes(StandardCharsets.UTF_8);
            assertThat(ImportFormat.detect("kontakty.csv", bytes)).isEqualTo(ImportFormat.OUTLOOK);
            assertThatThrownBy(() -> importer(book).run(ImportFormat.OUTLOOK, "kontakty.csv", bytes, false, Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("kontakty.csv")
                    .hasMessageContaining("an Outlook contacts export in a language Kith cannot read")
                    .hasMessageContaining("Spanish, Italian, Dutch and Portuguese (Brazil)")
                    .hasMessageContaining("\"Imię\"")
                    .hasMessageContaining("\"Nazwisko\"")
                    .hasMessageContaining("\"Adres e-mail\"");
            assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).isEmpty();
        }
    }

    @Test
    void aGermanOrFrenchExportIsRecognizedByItsColumnsToo() {
        String german = "\"Vorname\",\"Nachname\",\"E-Mail-Adresse\"\r\n\"Jürgen\",\"Müller\",\"j@m.example\"\r\n";
        String french = "\"Prénom\",\"Nom\",\"Adresse de messagerie\"\r\n\"Hélène\",\"Dupré\",\"h@d.example\"\r\n";
        assertThat(ImportFormat.detect("a.csv", german.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.OUTLOOK);
        assertThat(ImportFormat.detect("a.csv", french.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.OUTLOOK);
    }
}
