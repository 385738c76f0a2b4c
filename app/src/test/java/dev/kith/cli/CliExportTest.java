package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.kith.store.TestDatabase;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith export}: vCard 4.0 and CSV that other programs read back, and a JSON backup the CLI restores. */
class CliExportTest {
    @TempDir
    Path dir;

    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example", "--email", "ana@home.example",
                "--org", "Acme, Inc.", "--title", "Librarian", "--tag", "board", "--phone", "+1 555 0100",
                "--linkedin", "https://www.linkedin.com/in/ana-lima", "--notes", "Likes \"quotes\";\nand lines");
        cli.run("contacts", "add", "José Núñez", "--location", "Santiago", "--notes",
                "Ñandú café — 北京大学 ".repeat(12));
        return cli;
    }

    @Test
    void vcardExportIsVersion4WithStableUidsAndImportsBack() {
        try (TestDatabase db = TestDatabase.sqlite(); TestDatabase other = TestDatabase.sqlite()) {
            Cli cli = seeded(db);
            Cli.Result r = cli.run("export", "vcard");
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<VCard> cards = Ezvcard.parse(r.out()).all();
            assertThat(cards).hasSize(2);
            VCard ana = cards.getFirst();
            assertThat(ana.getVersion()).isEqualTo(VCardVersion.V4_0);
            assertThat(ana.getFormattedName().getValue()).isEqualTo("Ana Lima");
            assertThat(ana.getOrganization().getValues()).containsExactly("Acme, Inc.");
            assertThat(ana.getEmails()).extracting(e -> e.getValue()).containsExactly("ana@acme.example", "ana@home.example");
            assertThat(ana.getNotes().getFirst().getValue()).isEqualTo("Likes \"quotes\";\nand lines");
            assertThat(cli.run("export", "vcard").out()).isEqualTo(r.out());
            assertThat(ana.getUid().getValue()).startsWith("urn:uuid:");
            for (String line : r.out().split("\r\n")) {
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            }

            Path file = dir.resolve("out.vcf");
            assertThat(cli.run("export", "vcard", "-o", file.toString()).out()).isEmpty();
            Cli back = new Cli(other, "2026-11-24");
            Cli.Result imported = back.run("import", "vcard", file.toString());
            assertThat(imported.out()).contains("2 created");
            Cli.Result shown = back.run("contacts", "show", "Ana Lima", "--json");
            assertThat(shown.out()).contains("Acme, Inc.", "Librarian", "ana@home.example", "+1 555 0100", "board",
                    "https://www.linkedin.com/in/ana-lima");
        }
    }

    @Test
    void vcardExportAsVersion3ForOutlookAndOlderPhonesImportsBackTheSame() {
        try (TestDatabase db = TestDatabase.sqlite(); TestDatabase other = TestDatabase.sqlite()) {
            Cli cli = seeded(db);
            Cli.Result r = cli.run("export", "vcard", "--vcard-version", "3.0");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("VERSION:3.0").doesNotContain("VERSION:4.0");
            List<VCard> cards = Ezvcard.parse(r.out()).all();
            assertThat(cards).hasSize(2).allMatch(c -> c.getVersion() == VCardVersion.V3_0);
            assertThat(cards.getFirst().getEmails()).extracting(e -> e.getValue())
                    .containsExactly("ana@acme.example", "ana@home.example");
            assertThat(cards.getLast().getNotes().getFirst().getValue()).isEqualTo("Ñandú café — 北京大学 ".repeat(12)
                    .strip());
            for (String line : r.out().split("\r\n")) {
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            }

            Path file = dir.resolve("out3.vcf");
            cli.run("export", "vcard", "--vcard-version", "3.0", "-o", file.toString());
            Cli back = new Cli(other, "2026-11-24");
            assertThat(back.run("import", "vcard", file.toString()).out()).contains("2 created");
            assertThat(back.run("contacts", "show", "Ana Lima", "--json").out()).contains("Acme, Inc.", "Librarian",
                    "ana@home.example", "+1 555 0100", "board", "https://www.linkedin.com/in/ana-lima");

            Cli.Result wrong = cli.run("export", "vcard", "--vcard-version", "2.1");
            assertThat(wrong.exitCode()).isNotZero();
            assertThat(wrong.err()).contains("3.0 or 4.0");
        }
    }

    @Test
    void csvExportReadsBackInASpreadsheetParser() throws IOException {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Path file = dir.resolve("contacts.csv");
            assertThat(seeded(db).run("export", "csv", "-o", file.toString()).exitCode()).isZero();
            String text = Files.readString(file);
            assertThat(text).startsWith("Name,Given Name,Family Name,Emails,").contains("\r\n");
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(text)) {
                List<NamedCsvRecord> rows = csv.stream().toList();
                assertThat(rows).hasSize(2);
                assertThat(rows.get(0).getField("Organization")).isEqualTo("Acme, Inc.");
                assertThat(rows.get(0).getField("Emails")).isEqualTo("ana@acme.example; ana@home.example");
                assertThat(rows.get(0).getField("Notes")).isEqualTo("Likes \"quotes\";\nand lines");
                assertThat(rows.get(1).getField("Location")).isEqualTo("Santiago");
            }
        }
    }

    @Test
    void jsonBackupRestoresThroughTheCliOntoPostgresql() throws IOException {
        try (TestDatabase db = TestDatabase.sqlite(); TestDatabase pg = TestDatabase.postgres()) {
            Cli cli = seeded(db);
            cli.run("log", "Ana", "lunch", "--note", "Planning, the \"big\" move");
            cli.run("me", "Mia Moreau");
            Path file = dir.resolve("backup.json");
            cli.run("export", "json", "-o", file.toString());
            Cli restored = new Cli(pg, "2026-11-24");
            Cli.Result r = restored.run("import", "json", file.toString(), "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"created\" : 3");
            assertThat(restored.run("export", "json").out()).isEqualTo(Files.readString(file));
        }
    }
}
