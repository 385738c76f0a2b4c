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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole address books as the phones and programs people use write them, imported as {@code kith import} does:
 * Android's vCard 2.1, iOS's and macOS's vCard 3.0, Outlook's single-contact vCard 2.1 in Windows-1252.
 */
class RealVCardFilesTest {
    private static final String CRLF = "\r\n";
    private static final String PHOTO_LINE_1 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U";
    private static final String PHOTO_LINE_2 = "HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy";

    @TempDir
    Path dir;

    /** Android Contacts' "Export to .vcf": vCard 2.1, UTF-8 quoted-printable with soft line breaks, a folded photo. */
    static final String ANDROID = String.join(CRLF, "BEGIN:VCARD", "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;;;;;;;;;;;;;",
            "TEL;CELL:+49 151 2345678", "TEL;WORK:+49 30 1234567", "EMAIL;HOME:juergen@example.de",
            "item1.EMAIL:j.mueller@baeckerei.example", "item1.X-ABLabel:Vereinsadresse",
            "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei M=C3=BCller GmbH",
            "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gesch=C3=A4ftsf=C3=BChrer",
            "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 1;K=C3=B6ln;;50667;Deutschland",
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kennengelernt auf der Messe in K=C3=B6ln.=0A=",
            "Zweite Zeile mit =C3=9F und einem langen Satz, der umgebrochen wer=", "den muss.",
            "URL:https://www.linkedin.com/in/juergen-mueller", "BDAY:--0415",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Anna;14;;;;;;;;;;;;;",
            "PHOTO;ENCODING=BASE64;JPEG:" + PHOTO_LINE_1, " " + PHOTO_LINE_2, " " + PHOTO_LINE_2, "", "END:VCARD",
            "BEGIN:VCARD", "VERSION:2.1", "N:;Oma;;;", "FN:Oma", "TEL;HOME:030 1234", "BDAY:--1315", "END:VCARD", "");

    @Test
    void androidContactsExportKeepsEveryFieldAndWarnsOfAnImpossibleBirthdayWithoutAYear() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "contacts.vcf", ANDROID.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(2);
            // --0415 (15 April, no year) is a real day; --1315 is none, and says where it is
            assertThat(warnings(s)).containsExactly("30: BDAY: '--1315' is not a valid date (ignored)");
            assertThat(s.warnings().getFirst().file()).endsWith("contacts.vcf");
            List<Contact> people = people(book);
            Contact c = people.getFirst();
            assertThat(c.name()).isEqualTo("Jürgen Müller");
            assertThat(c.givenName()).isEqualTo("Jürgen");
            assertThat(c.familyName()).isEqualTo("Müller");
            assertThat(c.emails()).containsExactly("juergen@example.de", "j.mueller@baeckerei.example");
            assertThat(c.phones()).containsExactly("+49 151 2345678", "+49 30 1234567");
            assertThat(org(c)).isEqualTo("Bäckerei Müller GmbH");
            assertThat(title(c)).isEqualTo("Geschäftsführer");
            assertThat(c.location()).isEqualTo("Köln");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/juergen-mueller");
            assertThat(c.notes()).isEqualTo("Kennengelernt auf der Messe in Köln.\n"
                    + "Zweite Zeile mit ß und einem langen Satz, der umgebrochen werden muss.");
            assertThat(people.get(1).name()).isEqualTo("Oma");
            assertThat(people.get(1).phones()).containsExactly("030 1234");
        }
    }

    /**
     * What phones write for people saved without a name: Android's number-only card (with and without empty N and
     * FN), its nickname as {@code X-ANDROID-CUSTOM}, and iOS's nickname beside a club's name.
     */
    @Test
    void cardsWithoutANameAreImportedUnderTheirNicknameOrNumberNotSkipped() {
        String cards = String.join(CRLF, "BEGIN:VCARD", "VERSION:2.1", "N:;;;;", "FN:", "TEL;CELL:+49 151 9876543",
                "END:VCARD", "BEGIN:VCARD", "VERSION:2.1", "TEL;CELL:0171 5550000", "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "N:;;;;", "FN:", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Mama;1;;;;;;;;;;;;;",
                "TEL;HOME:030 99887", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "NICKNAME:Coach", "ORG:Sportverein Nord;", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "contacts.vcf", cards.getBytes(StandardCharsets.UTF_8));
            assertThat(s.warnings()).isEmpty();
            assertThat(s.created()).isEqualTo(4);
            List<Contact> people = people(book);
            // sorted by name
            assertThat(people).extracting(Contact::name).containsExactly("+49 151 9876543", "0171 5550000", "Coach", "Mama");
            assertThat(people.get(3).phones()).containsExactly("030 99887");
            assertThat(people.getFirst().givenName()).as("no first name split from a number").isNull();
            assertThat(people.get(2).givenName()).as("a person's nickname, not a company's name").isEqualTo("Coach");
            assertThat(org(people.get(2))).isEqualTo("Sportverein Nord");
            // imported again, each is found by its number or name, not added twice
            assertThat(run(book, dir, "contacts.vcf", cards.getBytes(StandardCharsets.UTF_8)).created()).isZero();
        }
    }

    @Test
    void anAndroidExportCutOffInsideACardIsRefusedWholeWithItsLine() {
        String cut = ANDROID.substring(0, ANDROID.indexOf("BEGIN:VCARD", 10)) + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;Oma;;;\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThatThrownBy(() -> run(book, dir, "cut.vcf", cut.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ImportException.class).hasMessageContaining("cut.vcf:25:")
                    .hasMessageContaining("no END:VCARD");
            assertThat(people(book)).isEmpty();
        }
    }

    /** iPhone's "Share Contact" / iCloud export: vCard 3.0, item groups with Apple's labels, a social profile, a photo. */
    static final String IOS = String.join(CRLF, "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN",
            "N:Appleseed;John;Quincy;Dr.;Jr.", "FN:Dr. John Quincy Appleseed Jr.", "NICKNAME:Johnny",
            "ORG:Apple Inc.;Engineering;", "TITLE:Senior Engineer\\, Swift",
            "item1.EMAIL;type=INTERNET;type=pref:john@apple.example", "item1.X-ABLabel:_$!<Other>!$_",
            "EMAIL;type=INTERNET;type=HOME:john@home.example",
            "TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0100", "TEL;type=IPHONE;type=CELL;type=VOICE:+1 408 555 0101",
            "item2.ADR;type=WORK;type=pref:;;1 Apple Park Way;Cupertino;CA;95014;United States", "item2.X-ABADR:us",
            "NOTE:Met at WWDC\\, talked about Swift\\; and SwiftUI.\\nFollow up in June.",
            "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29",
            "item3.X-ABRELATEDNAMES;type=pref:Jane Appleseed", "item3.X-ABLabel:_$!<Spouse>!$_",
            "X-SOCIALPROFILE;type=twitter;x-user=jappleseed:x-apple:jappleseed",
            "X-SOCIALPROFILE;type=linkedin;x-user=john-appleseed-42:x-apple:john-appleseed-42",
            "item4.X-ABDATE;type=pref:2010-06-01", "item4.X-ABLabel:_$!<Anniversary>!$_",
            "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO_LINE_1, " " + PHOTO_LINE_2, "END:VCARD", "");

    @Test
    void iPhoneCardsKeepTheirLinkedInProfileGivenOnlyAsAUserName() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "John Appleseed.vcf", IOS.getBytes(StandardCharsets.UTF_8));
            // x-apple:jappleseed is no web address and no field of Kith's: nothing to warn about
            assertThat(s.warnings()).isEmpty();
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Dr. John Quincy Appleseed Jr.");
            assertThat(c.givenName()).isEqualTo("John Quincy");
            assertThat(c.familyName()).isEqualTo("Appleseed");
            assertThat(c.emails()).containsExactly("john@apple.example", "john@home.example");
            assertThat(c.phones()).containsExactly("+1 (408) 555-0100", "+1 408 555 0101");
            assertThat(org(c)).isEqualTo("Apple Inc.");
            assertThat(title(c)).isEqualTo("Senior Engineer, Swift");
            assertThat(c.location()).isEqualTo("Cupertino");
            assertThat(c.notes()).isEqualTo("Met at WWDC, talked about Swift; and SwiftUI.\nFollow up in June.");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/john-appleseed-42");
            assertThat(c.website()).isNull();
        }
    }

    /** macOS Contacts' "Export vCard…" before iOS 13: colons of URLs escaped, social profiles as URLs. */
    @Test
    void macOsEscapedColonsInSocialProfilesAreUnescaped() {
        String mac = String.join(CRLF, "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//Mac OS X 10.13.6//EN",
                "N:Park;Helena;;;", "FN:Helena Park", "ORG:Smith\\, Jones & Co.;",
                "item1.URL;type=pref:http\\://www.helena.example", "item1.X-ABLabel:_$!<HomePage>!$_",
                "X-SOCIALPROFILE;type=linkedin:http\\://www.linkedin.com/in/helena-park",
                "X-SOCIALPROFILE;type=twitter:http\\://twitter.com/helena", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Kim;Lee;;;", "FN:Lee Kim",
                "X-SOCIALPROFILE;type=twitter:http\\://twitter.com/leekim", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "vCards.vcf", mac.getBytes(StandardCharsets.UTF_8));
            assertThat(s.warnings()).isEmpty();
            List<Contact> people = people(book);
            Contact helena = people.getFirst();
            assertThat(org(helena)).isEqualTo("Smith, Jones & Co.");
            assertThat(helena.website()).isEqualTo("http://www.helena.example");
            assertThat(helena.linkedinUrl()).isEqualTo("http://www.linkedin.com/in/helena-park");
            // the only web address of the card
            assertThat(people.get(1).website()).isEqualTo("http://twitter.com/leekim");
        }
    }

    /** Outlook's "Save as vCard": one contact, vCard 2.1, Windows-1252 without CHARSET, a quoted-printable LABEL. */
    @Test
    void outlookSingleContactInWindows1252() {
        String card = String.join(CRLF, "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=de:Müller;Jürgen;Karl;Dr.;",
                "FN:Dr. Jürgen Karl Müller", "ORG:Bäcker AG;Vertrieb", "TITLE:Geschäftsführer",
                "NOTE;ENCODING=QUOTED-PRINTABLE:Erstes Treffen auf der Messe=0D=0AN=E4chste Woche anrufen",
                "TEL;WORK;VOICE:+49 89 123456", "TEL;CELL;VOICE:+49 171 1234567",
                "ADR;WORK;PREF:;;Marienplatz 1;München;;80331;Deutschland",
                "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Marienplatz 1=0D=0A=", "M=FCnchen 80331=0D=0A=", "Deutschland",
                "URL;WORK:http://www.baecker.example", "EMAIL;PREF;INTERNET:juergen@baecker.example",
                "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2", "BDAY:19850415",
                "PHOTO;TYPE=JPEG;ENCODING=BASE64:", "  " + PHOTO_LINE_1, "  " + PHOTO_LINE_2, "",
                "X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns=\"http://schemas.microsoft.com/office/outlook/12/"
                        + "electronicbusinesscards\" ver=\"1.0\" layout=\"left\" bgcolor=\"ffffff\"></card>",
                "REV:20261201T101500Z", "END:VCARD", "");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = run(book, dir, "Jürgen Müller.vcf", card.getBytes(Charset.forName("windows-1252")));
            assertThat(warnings(s)).containsExactly("3: the file is not UTF-8 (byte 0xfc); read as Windows-1252");
            Contact c = people(book).getFirst();
            assertThat(c.name()).isEqualTo("Dr. Jürgen Karl Müller");
            assertThat(c.givenName()).isEqualTo("Jürgen Karl");
            assertThat(c.familyName()).isEqualTo("Müller");
            assertThat(c.emails()).containsExactly("juergen@baecker.example");
            assertThat(c.phones()).containsExactly("+49 89 123456", "+49 171 1234567");
            assertThat(org(c)).isEqualTo("Bäcker AG");
            assertThat(title(c)).isEqualTo("Geschäftsführer");
            assertThat(c.location()).isEqualTo("München");
            assertThat(c.website()).isEqualTo("http://www.baecker.example");
            assertThat(c.notes()).isEqualTo("Erstes Treffen auf der Messe\nNächste Woche anrufen");
        }
    }
}
