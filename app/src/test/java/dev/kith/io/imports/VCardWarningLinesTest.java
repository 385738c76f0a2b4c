package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warning about a bad property of a vCard names the line the property starts on, past folded lines,
 * quoted-printable soft line breaks and base64 photos, not the card's first line.
 */
class VCardWarningLinesTest {
    /** An Android-style vCard 2.1 card, then a vCard 3.0 card whose bad email is folded over two lines. */
    private static final String CARDS = String.join("\r\n",
            "BEGIN:VCARD",                                                               // 1
            "VERSION:2.1",                                                               // 2
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4C=69=6D=61;=41=6E=61;;;",       // 3
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=41=6E=61=20=",                  // 4
            "=4C=69=6D=61",                                                              // 5
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Met at the=0D=0A=",            // 6
            "conference",                                                                // 7
            "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",               // 8
            "/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR",                               // 9
            "",                                                                          // 10
            "EMAIL;HOME:ana@home.example",                                               // 11
            "EMAIL;WORK:not an email",                                                   // 12
            "TEL;CELL:+351 912 345 678",                                                 // 13
            "END:VCARD",                                                                 // 14
            "BEGIN:VCARD",                                                               // 15
            "VERSION:3.0",                                                               // 16
            "FN:Bea Costa",                                                              // 17
            "NOTE:a note that goes on",                                                  // 18
            "  past one line",                                                           // 19
            "item1.EMAIL;TYPE=INTERNET:bea at",                                          // 20
            "  example dot org",                                                         // 21
            "item1.X-ABLabel:_$!<Other>!$_",                                             // 22
            "END:VCARD", "");

    @Test
    void aBadPropertysWarningNamesItsOwnLineWhenTheFileIsStreamed(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = AsKithImport.run(book, dir, "contacts.vcf", CARDS.getBytes(StandardCharsets.UTF_8));
            assertThat(s.created()).isEqualTo(2);
            assertThat(s.warnings()).extracting(ImportSummary.Warning::line).containsExactly(12L, 20L);
            assertThat(s.warnings()).allSatisfy(w -> assertThat(w.message()).contains("field dropped"));
        }
    }

    @Test
    void aCardReadAloneNamesThePropertysLineToo() {
        String second = CARDS.substring(CARDS.indexOf("BEGIN:VCARD", 10));
        CardReader.Card card = CardReader.read("bea.vcf", second);
        assertThat(card.draft()).isPresent();
        assertThat(card.warnings()).extracting(ImportSummary.Warning::line).containsExactly(6L);
    }
}
