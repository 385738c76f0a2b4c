package dev.kith.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.io.Fixtures;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.Test;

/** CSV exports never hand a spreadsheet a live formula (OWASP CSV injection). */
class CsvExportTest {
    @Test
    void formulaLikeCellsAreNeutralised() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            book.contacts().add(ContactDraft.builder("=1+2 Mallory").organization("=HYPERLINK(\"http://evil.example\",\"x\")")
                    .title("@SUM(A1)").location("-2+3").phone("+44 20 7946 0000").notes("\tnote").build());
            String csv = CsvExport.write(book.book(), book.contacts());
            assertThat(csv).contains("'=1+2 Mallory", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                    "'@SUM(A1)", "'-2+3", "'+44 20 7946 0000");
            assertThat(csv.lines().skip(1)).noneMatch(line -> line.startsWith("=") || line.contains(",=")
                    || line.contains(",\"=") || line.contains(",@") || line.contains(",+") || line.contains(",-"));
        }
    }

    @Test
    void eachDangerousFirstCharacterIsCaught() {
        for (String cell : new String[] {"=a", "+a", "-a", "@a", "\ta", "\ra"}) {
            assertThat(CsvExport.safe(cell)).isEqualTo("'" + cell);
        }
        assertThat(CsvExport.safe("Ada")).isEqualTo("Ada");
        assertThat(CsvExport.safe("")).isEmpty();
        assertThat(CsvExport.safe("a=b")).isEqualTo("a=b");
    }
}
