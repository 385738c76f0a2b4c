package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LDIF address books: Thunderbird's export (RFC 2849 and its habits), damage, bad fields; SQLite and PostgreSQL. */
class LdifReaderTest {
    private static final String DESCRIPTION = "Met at the Berlin digitization workshop in 2024; she runs the"
            + " newspaper archive and wants to compare OCR pipelines with us before the spring call for proposals.";

    /** UTF-8 then base64, as Thunderbird writes any value that is not plain ASCII. */
    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code line} folded at 40 characters as RFC 2849 allows: each continuation starts with one space. */
    private static String folded(String line) {
        StringBuilder out = new StringBuilder(line.substring(0, 40));
        for (int i = 40; i < line.length(); i += 39) {
            out.append("\r\n ").append(line, i, Math.min(line.length(), i + 39));
        }
        return out.toString();
    }

    /**
     * A Thunderbird export on Windows (CR LF), with what other tools add: a comment, a version line, a
     * folded value and a {@code cn} with a language option; a mailing list; and a card with neither
     * display name nor email, which Thunderbird writes without a dn: line.
     */
    static final String EXPORT = ("# exported address book\r\n"
            + "version: 1\r\n"
            + "\r\n"
            + "dn:: " + b64("cn=Zoë Müller,mail=zoe@example.de") + "\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: organizationalPerson\r\n"
            + "objectclass: inetOrgPerson\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "givenName:: " + b64("Zoë") + "\r\n"
            + "sn:: " + b64("Müller") + "\r\n"
            + "cn:: " + b64("Zoë Müller") + "\r\n"
            + "cn;lang-de: Zoe Mueller\r\n"
            + "mozillaNickname: zoe\r\n"
            + "mail: zoe@example.de\r\n"
            + "mozillaSecondEmail: zoe.mueller@home.example\r\n"
            + "modifytimestamp: 1733572800\r\n"
            + "telephoneNumber: +49 30 1234567\r\n"
            + "homePhone: +49 30 7654321\r\n"
            + "facsimiletelephonenumber: +49 30 1234568\r\n"
            + "mobile: +49 170 1234567\r\n"
            + "mozillaHomeLocalityName: Potsdam\r\n"
            + "l: Berlin\r\n"
            + "c: Germany\r\n"
            + "title: Archivist\r\n"
            + "ou: Special Collections\r\n"
            + "o: Staatsbibliothek zu Berlin\r\n"
            + "mozillaWorkUrl: https://zoe.example.de\r\n"
            + "birthyear: 1984\r\nbirthmonth: 2\r\nbirthday: 29\r\n"
            + folded("description: " + DESCRIPTION) + "\r\n"
            + "\r\n"
            + "dn: cn=Bo Chen,mail=bo@hooli.example\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "givenName: Bo\r\nsn: Chen\r\ncn: Bo Chen\r\n"
            + "mail: bo@hooli.example\r\n"
            + "o: Hooli\r\n"
            + "description:: " + b64("Met at iPRES\r\nloves IIIF") + "\r\n"
            + "\r\n"
            + "dn:: " + b64("cn=Archivists") + "\r\n"
            + "objectclass: top\r\nobjectclass: groupOfNames\r\n"
            + "cn: Archivists\r\n"
            + "member:: " + b64("cn=Zoë Müller,mail=zoe@example.de") + "\r\n"
            + "member: cn=Bo Chen,mail=bo@hooli.example\r\n"
            + "\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "o: Initech\r\n"
            + "telephoneNumber: +1 555 0199\r\n"
            + "\r\n");

    private static Contact named(Kith book, String name) {
        return book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().id());
    }

    @BothDatabases
    void aThunderbirdExportImportsItsPeopleAndSkipsItsMailingList(TestDatabase db) {
        Kith book = book(db);
        ImportSummary s = importText(book, ImportFormat.LDIF, EXPORT);
        assertThat(s.created()).isEqualTo(3);
        long list = EXPORT.substring(0, EXPORT.indexOf("dn:: " + b64("cn=Archivists"))).split("\n", -1).length;
        assertThat(s.warnings()).containsExactly(new ImportSummary.Warning("test.ldif", list,
                "skipped: a mailing list, not a person (lists are not imported)"));

        Contact zoe = named(book, "Zoë Müller");
        assertThat(zoe.givenName()).isEqualTo("Zoë");
        assertThat(zoe.familyName()).isEqualTo("Müller");
        assertThat(zoe.emails()).containsExactly("zoe@example.de", "zoe.mueller@home.example");
        assertThat(zoe.phones()).containsExactly("+49 170 1234567", "+49 30 1234567", "+49 30 7654321");
        assertThat(zoe.currentJob().map(Employment::organization)).hasValue("Staatsbibliothek zu Berlin");
        assertThat(zoe.currentJob().map(Employment::title)).hasValue("Archivist");
        assertThat(zoe.location()).as("the work city before the home city").isEqualTo("Berlin");
        assertThat(zoe.website()).isEqualTo("https://zoe.example.de");
        assertThat(zoe.notes()).as("continuation lines joined, their leading space removed").isEqualTo(DESCRIPTION);

        assertThat(named(book, "Bo Chen").notes()).as("its CR LF made a plain line break").isEqualTo("Met at iPRES\nloves IIIF");
        assertThat(named(book, "Initech").phones()).as("the card Thunderbird wrote without dn:")
                .containsExactly("+1 555 0199");
    }

    @BothDatabases
    void reimportingTheSameExportCreatesNothingNew(TestDatabase db) {
        Kith book = book(db);
        importText(book, ImportFormat.LDIF, EXPORT);
        Map<String, Integer> before = Tables.counts(book.database());
        ImportSummary again = importText(book, ImportFormat.LDIF, EXPORT);
        assertThat(again.created()).isZero();
        assertThat(again.merged()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(Tables.counts(book.database())).isEqualTo(before);
    }

    @Test
    void lineFeedsAByteOrderMarkAndAnyCaseReadTheSame() {
        String unix = "\uFEFFDN: cn=Ana Lima\nCN: Ana Lima\nMAIL: ana@acme.example\nO: Acme\n";
        List<Row> rows = LdifReader.read("a.ldif", unix, new Warnings());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().draft().name()).isEqualTo("Ana Lima");
        assertThat(rows.getFirst().draft().emails()).containsExactly("ana@acme.example");
        assertThat(rows.getFirst().draft().organization()).isEqualTo("Acme");
    }

    @Test
    void aRecordWithoutANameIsNamedAfterItsGivenAndFamilyNameElseItsEmail() {
        List<Row> rows = LdifReader.read("a.ldif", "dn: mail=cy@initech.example\ngivenName: Cy\nsn: Diaz\n\n"
                + "dn: mail=dee@example.org\nmail: dee@example.org\n", new Warnings());
        assertThat(rows).extracting(r -> r.draft().name()).containsExactly("Cy Diaz", "dee@example.org");
    }

    @Test
    void aBadEmailAndAnImpossibleBirthdayAreDroppedWithAWarningAndThePersonKept() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.LDIF, "dn: cn=Bo Chen\ncn: Bo Chen\n"
                    + "mail: not-an-email\nmail: bo@hooli.example\nbirthmonth: 2\nbirthday: 30\n");
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).extracting(w -> w.file() + ":" + w.line() + ": " + w.message()).containsExactly(
                    "test.ldif:1: birthday: '2-30' is not a valid date (ignored)",
                    "test.ldif:1: email: 'not-an-email' is not an email address (field dropped)");
            assertThat(named(book, "Bo Chen").emails()).containsExactly("bo@hooli.example");
        }
    }

    @Test
    void aLinkValueIsNeverFetchedButDroppedWithAWarning() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/notes.txt";
            Warnings warnings = new Warnings();
            List<Row> rows = LdifReader.read("a.ldif", "dn: cn=Ana Lima\ncn: Ana Lima\ndescription:< " + url + "\n"
                    + "jpegPhoto:< " + url + "\n", warnings);
            assertThat(rows.getFirst().draft().notes()).isNull();
            assertThat(warnings.list()).extracting(ImportSummary.Warning::message).containsExactly(
                    "description: the value is a link ('" + url + "'), which Kith does not fetch (field dropped)");
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("nobody connected to the link").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aValueWithOptionsCountsOnlyWhenThereIsNoPlainOneAndBinaryValuesOfOtherAttributesAreIgnored() {
        Warnings warnings = new Warnings();
        List<Row> rows = LdifReader.read("a.ldif", "dn: cn=x\ncn;lang-de: Jürgen Groß\nmail: j@example.de\n"
                + "jpegPhoto:: /9j/4AAQSkZJRgABAQ==\nuserCertificate;binary:: MIIB\n", warnings);
        assertThat(rows.getFirst().draft().name()).isEqualTo("Jürgen Groß");
        assertThat(warnings.list()).isEmpty();
    }

    @BothDatabases
    void structuralDamageRefusesTheWholeFileWithItsLineAndLeavesTheBookAsItWas(TestDatabase db) {
        Kith book = book(db);
        importText(book, ImportFormat.LDIF, EXPORT);
        Map<String, Integer> before = Tables.counts(book.database());
        String good = "dn: cn=Cy Diaz\ncn: Cy Diaz\nmail: cy@initech.example\n\n";
        Map<String, String> damaged = new java.util.LinkedHashMap<>();
        damaged.put(" continued\n" + good, "1: a continuation line (starting with a space) with no line before it");
        damaged.put(good + "dn: cn=Dee\ncn Dee\n", "6: not an LDIF line (no colon after an attribute name): 'cn Dee'");
        damaged.put(good + "dn: cn=Dee\ncn:: ***notbase64\n", "6: invalid base64 after 'cn::'");
        damaged.put(good + "cn: Dee\nmail: dee@example.org\n", "5: a record must start with dn:, not 'cn:'");
        damaged.put(good + "dn: cn=Dee\ncn: Dee\ndn: cn=Eli\n", "7: a second dn: in the record that starts at line 5");
        damaged.put("version: 2\n\n" + good, "1: LDIF version '2' is not known");
        damaged.put(good + "dn: cn=Cy Diaz\nchangetype: modify\nreplace: mail\nmail: cy@globex.example\n",
                "6: this is a change file for ldapmodify (changetype: modify), not an export");
        damaged.put(good + "dn: cn=Dee\n\u00e9t\u00e9: x\n", "6: not an LDIF attribute name: 'été'");
        damaged.forEach((text, expected) -> {
            assertThatThrownBy(() -> importText(book, ImportFormat.LDIF, text)).as(expected)
                    .isInstanceOf(ImportException.class).hasMessageStartingWith("test.ldif:" + expected);
            assertThat(Tables.counts(book.database())).isEqualTo(before);
        });
    }

    @Test
    void aFiveMegabyteValueOfContinuationLinesIsReadWholeInOneLinearPass() {
        String chunk = "0123456789".repeat(7);
        int lines = 5_000_000 / (chunk.length() + 2);
        StringBuilder text = new StringBuilder("dn: cn=Ana Lima\ncn: Ana Lima\ndescription: start");
        for (int i = 0; i < lines; i++) {
            text.append("\n ").append(chunk);
        }
        text.append('\n');
        assertThat(text.length()).isGreaterThan(5_000_000);
        Warnings warnings = new Warnings();
        List<Row> rows = LdifReader.read("big.ldif", text.toString(), warnings);
        assertThat(rows).hasSize(1);
        assertThat(warnings.list()).extracting(ImportSummary.Warning::message).singleElement().asString()
                .startsWith("notes: is " + String.format(java.util.Locale.ROOT, "%,d", 5 + lines * chunk.length())
                        + " characters long");
    }

    @Test
    void aLineLongerThanTheBoundOnceJoinedIsRefused() {
        String chunk = "x".repeat(1_000);
        StringBuilder text = new StringBuilder("dn: cn=Ana Lima\ndescription: x");
        for (int i = 0; i <= LdifScanner.LONGEST / chunk.length(); i++) {
            text.append("\n ").append(chunk);
        }
        assertThatThrownBy(() -> LdifReader.read("big.ldif", text.toString(), new Warnings()))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.ldif:2: a line longer than 8 MB once its continuation lines are joined");
    }
}
