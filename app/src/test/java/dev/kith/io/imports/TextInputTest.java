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
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encodings real exporters write: Outlook's Windows-1252 and "Unicode" (UTF-16 with a byte-order mark). */
class TextInputTest {
    /** An Outlook CSV export as Outlook writes it: CRLF, every field quoted, a street over two lines. */
    private static final String OUTLOOK = "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Company\",\"Job Title\","
            + "\"Business Street\",\"Business City\",\"E-mail Address\",\"E-mail Type\",\"Notes\"\r\n"
            + "\"Dr.\",\"François\",\"\",\"Lefèvre\",\"Société Générale\",\"Directeur\",\"12, rue de l'Église\r\nBâtiment B\","
            + "\"Paris\",\"francois.lefevre@example.fr\",\"SMTP\",\"Rencontré à Lyon – « à bientôt »\"\r\n";

    private static Contact onlyContact(Kith book) {
        var all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(all).hasSize(1);
        return book.contacts().get(all.getFirst().id());
    }

    private static ImportSummary importBytes(Kith book, ImportFormat format, byte[] bytes) {
        return importer(book).run(format, "contacts.csv", bytes, false, Progress.NONE);
    }

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void anOutlookCsvInWindows1252IsReadAsSuchWithAWarningOnItsFirstNonUtf8Line() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importBytes(book, ImportFormat.OUTLOOK, OUTLOOK.getBytes(Charset.forName("windows-1252")));
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(2);
                assertThat(w.message()).isEqualTo("the file is not UTF-8 (byte 0xe7); read as Windows-1252");
            });
            Contact c = onlyContact(book);
            assertThat(c.name()).isEqualTo("François Lefèvre");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Société Générale");
            assertThat(c.location()).isEqualTo("Paris");
            assertThat(c.notes()).isEqualTo("Rencontré à Lyon – « à bientôt »");
        }
    }

    @Test
    void anOutlookUnicodeCsvInUtf16WithAByteOrderMarkIsRead() {
        for (boolean little : new boolean[] {true, false}) {
            try (TestDatabase db = TestDatabase.sqlite()) {
                Kith book = book(db);
                byte[] bytes = little
                        ? withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, OUTLOOK, StandardCharsets.UTF_16LE)
                        : withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, OUTLOOK, StandardCharsets.UTF_16BE);
                ImportSummary s = importBytes(book, ImportFormat.OUTLOOK, bytes);
                assertThat(s.created()).isEqualTo(1);
                assertThat(s.warnings()).isEmpty();
                assertThat(onlyContact(book).name()).isEqualTo("François Lefèvre");
                assertThat(ImportFormat.detect("contacts.csv", bytes)).isEqualTo(ImportFormat.OUTLOOK);
            }
        }
    }

    @Test
    void brokenUtf16IsRefusedWithItsLine() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            byte[] good = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, OUTLOOK, StandardCharsets.UTF_16LE);
            byte[] broken = java.util.Arrays.copyOf(good, good.length + 2);
            broken[good.length] = 0x00; // a lone low surrogate, U+DC00
            broken[good.length + 1] = (byte) 0xDC;
            assertThatThrownBy(() -> importBytes(book(db), ImportFormat.OUTLOOK, broken))
                    .isInstanceOf(ImportException.class).hasMessageContaining(":4: broken UTF-16 text");
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorCleanWindows1252TextAreStillRefusedAsBinary() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            byte[] bytes = "First Name,Last Name,E-mail Address\r\nJ\u00fcrgen,M,\u0001x@y.example\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> importBytes(book(db), ImportFormat.OUTLOOK, bytes))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining(":2: binary data or text that is not UTF-8 (byte 0xfc)");
        }
    }

    @Test
    void aKithBackupMustBeUtf8() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            byte[] bytes = "{\"contacts\": [{\"name\": \"J\u00fcrgen\"}]}".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> importBytes(book(db), ImportFormat.JSON, bytes))
                    .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void utf8TextWithOneDamagedByteIsRefusedNotReadAsWindows1252() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            byte[] good = OUTLOOK.getBytes(StandardCharsets.UTF_8);
            byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
            damaged[good.length] = (byte) 0xE9; // a lone Latin-1 é after the UTF-8 text
            assertThatThrownBy(() -> importBytes(book(db), ImportFormat.OUTLOOK, damaged))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining(":4: binary data or text that is not UTF-8 (byte 0xe9)");
        }
    }
}
