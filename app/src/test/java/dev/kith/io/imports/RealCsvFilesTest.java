package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.imports.AsKithImport.org;
import static dev.kith.io.imports.AsKithImport.people;
import static dev.kith.io.imports.AsKithImport.run;
import static dev.kith.io.imports.AsKithImport.title;
import static dev.kith.io.imports.AsKithImport.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.io.ImportException;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contacts CSVs and LDIF files as Google Contacts, Outlook, Thunderbird and LinkedIn write them, imported as
 * {@code kith import} does (the format told from the file).
 */
class RealCsvFilesTest {
    @TempDir
    Path dir;

    private static final String GOOGLE_HEADER = "\"First Name\",\"Middle Name\",\"Last Name\",\"Phonetic First Name\","
            + "\"Phonetic Middle Name\",\"Phonetic Last Name\",\"Name Prefix\",\"Name Suffix\",\"Nickname\",\"File As\","
            + "\"Organization Name\",\"Organization Title\",\"Organization Department\",\"Birthday\",\"Notes\",\"Photo\","
            + "\"Labels\"";

    private static byte[] utf16le(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    @Test
    void googleContactsExportOfTodayWithBirthdaysWithAndWithoutAYear() {
        String csv = GOOGLE_HEADER + ",\"E-mail 1 - Label\",\"E-mail 1 - Value\",\"E-mail 2 - Label\",\"E-mail 2 - Value\","
                + "\"Phone 1 - Label\",\"Phone 1 - Value\",\"Address 1 - Label\",\"Address 1 - Formatted\","
                + "\"Address 1 - City\",\"Website 1 - Label\",\"Website 1 - Value\"\r\n"
                + "Ana,Maria,Lima,,,,Dr.,,Annie,,Acme Corp,Head of Research,R&D,--04-15,\"Met at the library conference.\n"
                + "Likes jazz, \"\"Kind of Blue\"\"\",https://lh3.googleusercontent.com/contacts/AB12,"
                + "* myContacts ::: Clients ::: * starred,* Work,ana@acme.example,Home,ana.lima@home.example,"
                + "Mobile,+1 555-0100 ::: +1 555-0101,Work,\"1 Main St\nSpringfield, IL 62701\",Springfield,"
                + "Profile,https://www.linkedin.com/in/ana-lima ::: https://ana.example\r\n"
                + ",,,,,,,,,,Globex Inc.,,,,,,* myContacts,Work,info@globex.example,,,Work,+1 555 0199,,,,,\r\n"
                + "Bea,,Ortiz,,,,,,,,,,,1985-02-30,,,Friends ::: Book club,,,,,,,,,,,\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "contacts.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(3);
            // Kith keeps no birthday; --04-15 (no year) is a real day, 30 February none: a warning, the person kept
            assertThat(warnings(s)).containsExactly("6: Birthday: '1985-02-30' is not a valid date (ignored)");
            List<Contact> people = people(book);
            Contact ana = people.getFirst();
            assertThat(ana.name()).isEqualTo("Ana Maria Lima");
            assertThat(ana.givenName()).isEqualTo("Ana Maria");
            assertThat(ana.familyName()).isEqualTo("Lima");
            assertThat(ana.emails()).containsExactly("ana@acme.example", "ana.lima@home.example");
            assertThat(ana.phones()).containsExactly("+1 555-0100", "+1 555-0101");
            assertThat(org(ana)).isEqualTo("Acme Corp");
            assertThat(title(ana)).isEqualTo("Head of Research");
            assertThat(ana.location()).isEqualTo("Springfield");
            assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
            assertThat(ana.website()).isEqualTo("https://ana.example");
            assertThat(ana.tags()).containsExactly("clients");
            assertThat(ana.notes()).isEqualTo("Met at the library conference.\nLikes jazz, \"Kind of Blue\"");
            assertThat(people.get(1).tags()).containsExactly("book club", "friends");
            Contact globex = people.get(2);
            assertThat(globex.name()).isEqualTo("Globex Inc.");
            assertThat(globex.givenName()).isNull();
            assertThat(globex.emails()).containsExactly("info@globex.example");
        }
    }

    @Test
    void aGoogleExportOfAnAddressBookWithoutEmailsHasNoEmailColumnsAndIsRead() {
        // Google writes the numbered columns only as far as some contact needs them
        String csv = GOOGLE_HEADER + ",\"Phone 1 - Label\",\"Phone 1 - Value\"\r\n"
                + "Oma,,Schmidt,,,,,,,,,,,--12-24,,,* myContacts,Mobile,+49 171 5550100\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "contacts.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).isEmpty();
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Oma Schmidt");
            assertThat(c.phones()).containsExactly("+49 171 5550100");
            // Google offers its export as "Outlook CSV" too, and people pick either command for either file
            ImportSummary again = dev.kith.io.Fixtures.importer(book).run(dev.kith.io.ImportFormat.OUTLOOK, "contacts.csv",
                    csv.getBytes(StandardCharsets.UTF_8), false, dev.kith.io.Progress.NONE);
            assertThat(again.unchanged()).isEqualTo(1);
        }
    }

    @Test
    void googleRowsNamedOnlyByANicknameOrANumberAreImportedUnderIt() {
        // a number saved on a phone without a name, and "Coach" saved by nickname with his club as organization
        String csv = GOOGLE_HEADER + ",\"Phone 1 - Label\",\"Phone 1 - Value\"\r\n"
                + ",,,,,,,,,,,,,,,,* myContacts,Mobile,+49 171 5550123\r\n"
                + ",,,,,,,,Coach,,Sportverein Nord,,,,,,* myContacts,Mobile,+49 171 5550124\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "contacts.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(2);
            assertThat(s.warnings()).isEmpty();
            List<Contact> people = people(book);
            assertThat(people).extracting(Contact::name).containsExactly("+49 171 5550123", "Coach");
            assertThat(people.get(1).givenName()).as("a person's nickname, not a company's name").isEqualTo("Coach");
            assertThat(org(people.get(1))).isEqualTo("Sportverein Nord");
        }
    }

    @Test
    void googleCsvOfBefore2023InUtf16() {
        String csv = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
                + "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
                + "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
                + "Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,"
                + "E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,"
                + "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Website 1 - Type,"
                + "Website 1 - Value\r\n"
                + "Chidi Okafor,Chidi,,Okafor,,,,,,,,,,,1980-04-15,,,,,,,,,,,Met in Lagos,,,* My Contacts ::: Work,"
                + "* Work,chidi@hooli.example ::: chidi@gmail.example,Home,chidi@home.example,Mobile,+234 801 234 5678,,"
                + "Hooli,,CTO,Eng,Blog,https://chidi.example\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "google.csv", utf16le(csv));
            assertThat(s.warnings()).isEmpty();
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Chidi Okafor");
            assertThat(c.emails()).containsExactly("chidi@hooli.example", "chidi@gmail.example", "chidi@home.example");
            assertThat(c.phones()).containsExactly("+234 801 234 5678");
            assertThat(org(c)).isEqualTo("Hooli");
            assertThat(title(c)).isEqualTo("CTO");
            assertThat(c.website()).isEqualTo("https://chidi.example");
            assertThat(c.tags()).containsExactly("work");
            assertThat(c.notes()).isEqualTo("Met in Lagos");
        }
    }

    private static final String OUTLOOK = "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\","
            + "\"Department\",\"Job Title\",\"Business Street\",\"Business City\",\"Business Phone\",\"Home Phone\","
            + "\"Mobile Phone\",\"Anniversary\",\"Birthday\",\"Categories\",\"E-mail Address\",\"E-mail Type\","
            + "\"E-mail Display Name\",\"E-mail 2 Address\",\"ISDN\",\"Notes\",\"Web Page\"\r\n"
            + "\"Mr.\",\"José\",\"\",\"Núñez\",\"\",\"Café Ltd\",\"\",\"Owner\",\"1 Rue X\",\"Paris\",\"+33 1 23 45 67 89\","
            + "\"\",\"+33 6 12 34 56 78\",\"0/0/00\",\"4/15/1985\",\"Clients;Paris\",\"jose@cafe.example\",\"SMTP\","
            + "\"José Núñez (jose@cafe.example)\",\"\",\"\",\"Line one\r\nLine two\",\"www.cafe.example\"\r\n";

    @Test
    void outlookCsvInUnicodeAndInWindows1252ReadTheSame() {
        try (TestDatabase one = TestDatabase.sqlite(); TestDatabase other = TestDatabase.sqlite()) {
            Kith unicode = book(one);
            assertThat(run(unicode, dir, "contacts.csv", utf16le(OUTLOOK)).warnings()).isEmpty();
            Kith ansi = book(other);
            ImportSummary s = run(ansi, dir, "contacts-ansi.csv", OUTLOOK.getBytes(Charset.forName("windows-1252")));
            assertThat(warnings(s)).containsExactly("2: the file is not UTF-8 (byte 0xe9); read as Windows-1252");
            for (Kith book : List.of(unicode, ansi)) {
                Contact c = people(book).getFirst();
                assertThat(c.name()).isEqualTo("José Núñez");
                assertThat(c.emails()).containsExactly("jose@cafe.example");
                assertThat(c.phones()).containsExactly("+33 6 12 34 56 78", "+33 1 23 45 67 89");
                assertThat(org(c)).isEqualTo("Café Ltd");
                assertThat(title(c)).isEqualTo("Owner");
                assertThat(c.location()).isEqualTo("Paris");
                assertThat(c.website()).isEqualTo("https://www.cafe.example");
                assertThat(c.tags()).containsExactly("clients", "paris");
                assertThat(c.notes()).isEqualTo("Line one\nLine two");
            }
        }
    }

    @Test
    void germanOutlookCsvInWindows1252() {
        String csv = "\"Anrede\",\"Vorname\",\"Weitere Vornamen\",\"Nachname\",\"Suffix\",\"Firma\",\"Abteilung\","
                + "\"Position\",\"Straße geschäftlich\",\"Ort geschäftlich\",\"Telefon geschäftlich\",\"Mobiltelefon\","
                + "\"Geburtstag\",\"Kategorien\",\"E-Mail-Adresse\",\"E-Mail-Typ\",\"E-Mail: Angezeigter Name\","
                + "\"Notizen\",\"Webseite\"\r\n"
                + "\"Herr\",\"Jürgen\",\"\",\"Müller\",\"\",\"Bäcker AG\",\"\",\"Geschäftsführer\",\"Marienplatz 1\","
                + "\"München\",\"+49 89 123456\",\"\",\"15.04.1985\",\"Kunden\",\"juergen@baecker.example\",\"SMTP\","
                + "\"Jürgen Müller\",\"Grüße an die Familie\",\"\"\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            run(book, dir, "Kontakte.csv", csv.getBytes(Charset.forName("windows-1252")));
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Jürgen Müller");
            assertThat(c.emails()).containsExactly("juergen@baecker.example");
            assertThat(org(c)).isEqualTo("Bäcker AG");
            assertThat(title(c)).isEqualTo("Geschäftsführer");
            assertThat(c.location()).isEqualTo("München");
            assertThat(c.tags()).containsExactly("kunden");
            assertThat(c.notes()).isEqualTo("Grüße an die Familie");
        }
    }

    @Test
    void thunderbirdCsvWithItsTrailingCommaAndAnImpossibleBirthday() {
        String csv = "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,"
                + "Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,"
                + "Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,"
                + "Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,"
                + "Custom 2,Custom 3,Custom 4,Notes,\r\n"
                + "Dee,Evans,Dee Evans,,dee@x.example,dee2@x.example,,+1 555 0300,,,,+1 555 0301,,,,,,,,,Boston,,,,"
                + "Engineer,,Initech,https://dee.example,,1985,04,31,,,,,\"note one\r\nnote two\",\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(warnings(run(book, dir, "abook.csv", csv.getBytes(StandardCharsets.UTF_8))))
                    .containsExactly("2: Birthday: '1985-04-31' is not a valid date (ignored)");
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Dee Evans");
            assertThat(c.emails()).containsExactly("dee@x.example", "dee2@x.example");
            assertThat(c.phones()).containsExactly("+1 555 0301", "+1 555 0300");
            assertThat(org(c)).isEqualTo("Initech");
            assertThat(title(c)).isEqualTo("Engineer");
            assertThat(c.location()).isEqualTo("Boston");
            assertThat(c.website()).isEqualTo("https://dee.example");
            assertThat(c.notes()).isEqualTo("note one\nnote two");
        }
    }

    private static final String LDIF = "dn:: Y249Wm/DqyBBZGFtcyxtYWlsPXpvZUB4LmV4YW1wbGU=\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: organizationalPerson\r\n"
            + "objectclass: inetOrgPerson\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "givenName:: Wm/Dqw==\r\nsn: Adams\r\ncn:: Wm/DqyBBZGFtcw==\r\nmail: zoe@x.example\r\n"
            + "modifytimestamp: 1701900000\r\ntelephoneNumber: +1 555 0400\r\no: Umbrella\r\ntitle: Chemist\r\n"
            + "description:: TWV0IGF0IHRoZSBjb25mZXJlbmNlLgpTZWNvbmQgbGluZSB3aXRoIMOfIGFuZCBhIHZlcnkg\r\n"
            + " bG9uZyB0YWlsIHRoYXQgZ29lcyBvbg==\r\n"
            + "birthyear: 1985\r\nbirthmonth: 02\r\nbirthday: 30\r\nmozillaWorkUrl: https://umbrella.example\r\n\r\n";

    @Test
    void thunderbirdLdifWithBase64AndFoldedValues() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "abook.ldif", LDIF.getBytes(StandardCharsets.UTF_8));
            assertThat(warnings(s)).containsExactly("1: birthday: '1985-02-30' is not a valid date (ignored)");
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Zoë Adams");
            assertThat(c.givenName()).isEqualTo("Zoë");
            assertThat(c.emails()).containsExactly("zoe@x.example");
            assertThat(c.phones()).containsExactly("+1 555 0400");
            assertThat(org(c)).isEqualTo("Umbrella");
            assertThat(title(c)).isEqualTo("Chemist");
            assertThat(c.website()).isEqualTo("https://umbrella.example");
            assertThat(c.notes()).isEqualTo("Met at the conference.\nSecond line with ß and a very long tail that goes on");
        }
    }

    @Test
    void aThunderbirdLdifWithBrokenBase64IsRefusedWholeWithItsLine() {
        String broken = LDIF + LDIF.replace("cn:: Wm/DqyBBZGFtcw==", "cn:: Wm/Dq!!BBZGFtcw==");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThatThrownBy(() -> run(book, dir, "abook.ldif", broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ImportException.class).hasMessageContaining("abook.ldif:30:")
                    .hasMessageContaining("invalid base64");
            assertThat(people(book)).isEmpty();
        }
    }

    @Test
    void linkedInConnectionsWithTheirNotesPreambleAndMostEmailsEmpty() {
        String csv = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses"
                + " are missing. You will only see email addresses for connections who have allowed their connections to"
                + " see or download their email address using this setting https://www.linkedin.com/psettings/privacy/"
                + "email. You can learn more about this at https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme Corp,Head of Research,07 Dec 2026\r\n"
                + "Bo,\"Chen, PhD\",https://www.linkedin.com/in/bochen,bo@chen.example,\"Globex, Inc.\",\"VP, Sales\","
                + "01 Sep 2024\r\n"
                + "Cy,Diaz,https://www.linkedin.com/in/cydiaz,,Initech,Engineer,31 Feb 2025\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "Connections.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(3);
            assertThat(warnings(s)).containsExactly(
                    "7: Connected On: '31 Feb 2025' is not a valid date (expected like 24 Nov 2026; field dropped)");
            List<Contact> people = people(book);
            Contact ana = people.getFirst();
            assertThat(ana.emails()).isEmpty();
            assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
            assertThat(org(ana)).isEqualTo("Acme Corp");
            assertThat(title(ana)).isEqualTo("Head of Research");
            assertThat(ana.howMet().firstMet()).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
            Contact bo = people.get(1);
            assertThat(bo.name()).isEqualTo("Bo Chen");
            assertThat(bo.emails()).containsExactly("bo@chen.example");
            assertThat(org(bo)).isEqualTo("Globex, Inc.");
            assertThat(title(bo)).isEqualTo("VP, Sales");
            assertThat(people.get(2).howMet().firstMet()).isNull();
            assertThat(org(people.get(2))).isEqualTo("Initech");
        }
    }
}
