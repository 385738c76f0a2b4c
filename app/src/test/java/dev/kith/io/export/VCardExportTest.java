package dev.kith.io.export;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.TestDatabase;
import ezvcard.VCardVersion;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The vCards Kith exports: valid vCard 4.0 and 3.0 (text escaped, URIs not, lines folded at 75 octets and never
 * inside a character), and read back by Kith's own import without losing a field.
 */
class VCardExportTest {
    private static final String LONG_NOTE = "Line one\nLine two; with, commas \\ and a backslash\n"
            + "é".repeat(45) + " " + "🚀".repeat(20) + " 日本語のメモ".repeat(6);

    private static void fill(Kith book) {
        book.contacts().add(ContactDraft.builder("O'Brien, Seán; \"Jr\"").givenName("Seán").familyName("O'Brien, Jr.")
                .email("sean@x.example").email("s.obrien@y.example").phone("+353 1 234 5678")
                .organization("Smith; Jones, & Co \\ Ltd").title("Head of R&D, Europe").location("Dún Laoghaire")
                .linkedinUrl("https://www.linkedin.com/in/sean-o-brien").website("https://sean.example/a,b;c?x=1")
                .tag("dublin, ireland").tag("clients").notes(LONG_NOTE).build());
        book.contacts().add(ContactDraft.builder("Globex").organization("Globex").organizationOnly(true)
                .phone("+1 555 0100").build());
        book.contacts().add(ContactDraft.builder("Madonna").title("Singer").build());
    }

    private static List<Contact> people(Kith book) {
        return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(s -> book.contacts().get(s.id()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    /** What a vCard carries of a contact, for comparison. */
    private static List<Object> card(Contact c) {
        Employment job = c.currentJob().orElse(null);
        return java.util.Arrays.asList(c.name(), c.givenName(), c.familyName(), c.emails(), c.phones(),
                job == null ? null : job.organization(), job == null ? null : job.title(), c.location(),
                c.linkedinUrl(), c.website(), c.tags(), c.notes());
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V4_0"})
    void anExportReImportsWithoutLosingAField(VCardVersion version) {
        try (TestDatabase from = TestDatabase.sqlite(); TestDatabase to = TestDatabase.sqlite()) {
            Kith source = book(from);
            fill(source);
            String vcf = VCardExport.write(source.book(), source.contacts(), version);
            Kith copy = book(to);
            ImportSummary s = importer(copy).run(ImportFormat.VCARD, "kith.vcf", vcf.getBytes(StandardCharsets.UTF_8),
                    false, Progress.NONE);
            assertThat(s.warnings()).isEmpty();
            assertThat(people(copy).stream().map(VCardExportTest::card).toList())
                    .isEqualTo(people(source).stream().map(VCardExportTest::card).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V4_0"})
    void textIsEscapedAndWebAddressesAreWrittenAsTheUrisTheyAre(VCardVersion version) {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            fill(book);
            List<String> lines = unfolded(VCardExport.write(book.book(), book.contacts(), version));
            assertThat(lines).contains("FN:O'Brien\\, Seán\\; \"Jr\"", "ORG:Smith\\; Jones\\, & Co \\\\ Ltd",
                    "TITLE:Head of R&D\\, Europe", "CATEGORIES:clients,dublin\\, ireland",
                    "URL;TYPE=linkedin:https://www.linkedin.com/in/sean-o-brien",
                    // a URI holds no backslash: RFC 6350 and 2426 escape text values only
                    "URL:https://sean.example/a,b;c?x=1");
            assertThat(lines).anyMatch(l -> l.startsWith("NOTE:Line one\\nLine two\\; with\\, commas \\\\ and a backslash\\n"));
            assertThat(lines.get(1)).isEqualTo("VERSION:" + version.getVersion());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V4_0"})
    void linesAreFoldedAt75OctetsNeverInsideACharacter(VCardVersion version) {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            fill(book);
            byte[] bytes = VCardExport.write(book.book(), book.contacts(), version).getBytes(StandardCharsets.UTF_8);
            List<byte[]> physical = physicalLines(bytes);
            assertThat(physical).anyMatch(l -> l.length > 0 && l[0] == ' ');
            for (byte[] line : physical) {
                assertThat(line.length).isLessThanOrEqualTo(75);
                assertThat(utf8(line)).as("a line that is UTF-8 on its own").isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V4_0"})
    void windowsAndOldMacLineBreaksInNotesAreEscapedNeverWrittenRaw(VCardVersion version) {
        try (TestDatabase db = TestDatabase.sqlite(); TestDatabase to = TestDatabase.sqlite()) {
            Kith book = book(db);
            book.contacts().add(ContactDraft.builder("Ana Lima").notes("typed on Windows\r\npasted from a Mac\rend\ttab")
                    .build());
            String vcf = VCardExport.write(book.book(), book.contacts(), version);
            physicalLines(vcf.getBytes(StandardCharsets.UTF_8));
            Kith copy = book(to);
            importer(copy).run(ImportFormat.VCARD, "kith.vcf", vcf.getBytes(StandardCharsets.UTF_8), false, Progress.NONE);
            assertThat(people(copy).getFirst().notes()).isEqualTo("typed on Windows\npasted from a Mac\nend\ttab");
        }
    }

    /** The lines of {@code bytes}, which must end with CR LF each, without their line ends. */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).isGreaterThan(start);
                assertThat(bytes[i - 1]).as("CR before LF").isEqualTo((byte) '\r');
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR only before LF").isTrue();
            }
        }
        assertThat(start).as("the last line ends with CR LF").isEqualTo(bytes.length);
        return lines;
    }

    private static boolean utf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The content lines of {@code vcf}, folded lines joined (RFC 6350 3.2). */
    private static List<String> unfolded(String vcf) {
        return List.of(vcf.replace("\r\n ", "").split("\r\n"));
    }
}
