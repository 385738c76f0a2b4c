package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Thunderbird's address book CSV, imported as the outlook format. */
class ThunderbirdReaderTest {
    /** As Thunderbird writes it: every line ends with a comma, a quoted multi-line note. */
    private static final String EXPORT = "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,"
            + "Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
            + "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,"
            + "Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,"
            + "Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,\r\n"
            + "Åsa,Ångström,Dr. Åsa Ångström,,asa@example.se,asa.private@example.se,,+46 18 471 00 00,,,,"
            + "+46 70 123 45 67,,,Uppsala,,,,,,Stockholm,,,,Professor,Physics,Uppsala Universitet,"
            + "https://asa.example.se,,1980,2,14,,,,,\"Met in Lund\r\nloves IIIF\",\r\n"
            + ",,,,list@lists.example.org,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n";

    @Test
    void aThunderbirdCsvIsReadAsOutlookWithItsOwnColumns() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.OUTLOOK, EXPORT);
            assertThat(s.created()).isEqualTo(2);
            assertThat(s.warnings()).isEmpty();
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                    .filter(x -> x.name().startsWith("Dr.")).findFirst().orElseThrow().id());
            assertThat(c.name()).isEqualTo("Dr. Åsa Ångström");
            assertThat(c.givenName()).isEqualTo("Åsa");
            assertThat(c.emails()).containsExactly("asa@example.se", "asa.private@example.se");
            assertThat(c.phones()).containsExactly("+46 70 123 45 67", "+46 18 471 00 00");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Uppsala Universitet");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Professor");
            assertThat(c.location()).isEqualTo("Stockholm");
            assertThat(c.website()).isEqualTo("https://asa.example.se");
            assertThat(c.notes()).as("its CR LF made a plain line break").isEqualTo("Met in Lund\nloves IIIF");
            assertThat(ImportFormat.detect("abook.csv", EXPORT.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(ImportFormat.OUTLOOK);
        }
    }
    @Test
    void thunderbirdsTabSeparatedExportIsReadTheSame() {
        String tabs = EXPORT.replace(',', '\t');
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(ImportFormat.detect("abook.txt", tabs.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(ImportFormat.OUTLOOK);
            ImportSummary s = importText(book, ImportFormat.OUTLOOK, tabs);
            assertThat(s.created()).isEqualTo(2);
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                    .filter(x -> x.name().startsWith("Dr.")).findFirst().orElseThrow().id());
            assertThat(c.emails()).containsExactly("asa@example.se", "asa.private@example.se");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Uppsala Universitet");
            assertThat(c.notes()).isEqualTo("Met in Lund\nloves IIIF");
        }
    }
}
