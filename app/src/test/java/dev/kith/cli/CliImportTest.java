package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith import} end to end: summaries in words and JSON, dry runs, and malformed files that
 * exit 1 naming file, line and reason while leaving the database exactly as it was (every row, and
 * for SQLite every byte of the file).
 */
class CliImportTest {
    private static final String LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        // --duplicate-ok: a test that seeds twice (two rejected files) keeps both copies, as it always did
        assertThat(cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example", "--org", "Acme",
                "--duplicate-ok").exitCode()).isZero();
        cli.run("contacts", "add", "Bo Chen", "--linkedin", "https://www.linkedin.com/in/bochen", "--duplicate-ok");
        return cli;
    }

    private static String sha256(TestDatabase db) {
        if (!db.spec().endsWith(".db")) {
            return "postgresql";
        }
        try {
            Path file = Path.of(db.spec());
            Path wal = Path.of(db.spec() + "-wal");
            // Connections kept open for reuse also keep the WAL: move what was committed into the file first
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 var s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("no pending WAL").isTrue();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rejected(TestDatabase db, String format, Path file, String expected) {
        Cli cli = seeded(db);
        String before = sha256(db);
        Map<String, List<String>> rows = cli.snapshot();
        Cli.Result r = cli.run("import", format, file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("kith: " + file + expected);
        assertThat(r.out()).isEmpty();
        assertThat(cli.snapshot()).isEqualTo(rows);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @BothDatabases
    void importPrintsASummaryInWordsAndAsJson(TestDatabase db) {
        Cli cli = seeded(db);
        Path f = file("Connections.csv", "Notes:\n\"Some text, with a comma\"\n\n" + LINKEDIN
                + "Ana,Lima,,ana@acme.example,Globex,Librarian,24 Nov 2026\n"
                + "Bo,Chen,https://linkedin.com/in/bochen/,,,,1 Jan 2026\n"
                + "Cy,Diaz,,,Initech,,2 Feb 2026\n");
        Cli.Result dry = cli.run("import", "linkedin", f.toString(), "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out().replaceAll("\\s", ""))
                .isEqualTo("{\"created\":1,\"merged\":2,\"unchanged\":0,\"milestones\":1,\"errors\":[],\"warnings\":[]}");
        Cli.Result real = cli.run("import", "linkedin", f.toString());
        assertThat(real.out()).as("Acme was typed in by the user; LinkedIn, kept by Ana herself, names another company: news")
                .isEqualTo("Imported Connections.csv: 1 created, 2 merged, 0 unchanged, 1 job change\n");
        Cli.Result again = cli.run("import", "linkedin", f.toString());
        assertThat(again.out()).contains("0 created, 0 merged, 3 unchanged, 0 job changes");
    }

    @BothDatabases
    void withoutAFormatTheFileSaysWhichItIs(TestDatabase db) {
        Cli cli = seeded(db);
        Path f = file("Connections.csv", "Notes:\n\"Some text\"\n\n" + LINKEDIN + "Cy,Diaz,,,Initech,,2 Feb 2026\n");
        Cli.Result r = cli.run("import", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Reading Connections.csv as linkedin.\n"
                + "Imported Connections.csv: 1 created, 0 merged, 0 unchanged, 0 job changes\n");
        Cli.Result json = cli.run("import", f.toString(), "--json");
        assertThat(json.out()).as("JSON stays JSON").startsWith("{");
        Cli.Result forgot = cli.run("import", "vcard");
        assertThat(forgot.exitCode()).isEqualTo(2);
        assertThat(forgot.err()).contains("Missing the file to import: kith import vcard FILE");
        Path notes = file("notes.txt", "just some notes\n");
        Cli.Result unknown = cli.run("import", notes.toString());
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("is not a file Kith can import");
    }

    @BothDatabases
    void aDryRunWritesNothing(TestDatabase db) {
        Cli cli = seeded(db);
        String before = sha256(db);
        Map<String, List<String>> rows = cli.snapshot();
        Path f = file("c.csv", LINKEDIN + "Cy,Diaz,,,Initech,,2 Feb 2026\n");
        Cli.Result r = cli.run("import", "linkedin", f.toString(), "--dry-run");
        assertThat(r.out()).isEqualTo("Dry run, nothing written: 1 created, 0 merged, 0 unchanged, 0 job changes\n");
        assertThat(cli.snapshot()).isEqualTo(rows);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @BothDatabases
    void anUnterminatedQuoteIsRejectedWithItsLine(TestDatabase db) {
        rejected(db, "linkedin", file("q.csv", LINKEDIN + "Cy,Diaz,,,Initech,,2 Feb 2026\n\"Dee,Evans,,,,,\n"),
                ":3: unterminated or misplaced quote");
    }

    @BothDatabases
    void aWrongHeaderIsRejected(TestDatabase db) {
        rejected(db, "linkedin", file("h.csv", "Name,Email\nCy Diaz,cy@x.example\n"),
                ":1: wrong header: missing columns First Name, Last Name, Email Address");
    }

    @BothDatabases
    void aRowWithTooManyFieldsIsRejected(TestDatabase db) {
        rejected(db, "google", file("g.csv", "First Name,Last Name,E-mail 1 - Value\nCy,Diaz,cy@x.example\nA,B,C,D\n"),
                ":3: wrong number of fields");
    }

    @BothDatabases
    void binaryGarbageIsRejected(TestDatabase db) {
        byte[] garbage = {'F', 'i', 'r', 's', 't', '\n', 'x', (byte) 0xFF, (byte) 0xFE, 0, 1, 2};
        rejected(db, "linkedin", file("g.bin", garbage), ":2: binary data or text that is not UTF-8");
        rejected(db, "vcard", file("nul.vcf", "BEGIN:VCARD\nFN:A\u0000B\nEND:VCARD\n"), ":2: binary data");
    }

    @BothDatabases
    void aVCardWithoutEndIsRejected(TestDatabase db) {
        rejected(db, "vcard", file("open.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Diaz\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Dee Evans\n"), ":5: the vCard that starts here has no END:VCARD");
    }

    @BothDatabases
    void anImpossibleDateIsDroppedWithAWarningAndThePersonKept(TestDatabase db) {
        Cli cli = seeded(db);
        Path d = file("d.csv", LINKEDIN + "Cy,Diaz,,,Initech,,2 Feb 2026\nDee,Evans,,,,,30 Feb 2026\n");
        Cli.Result r = cli.run("import", "linkedin", d.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 created", "1 warning",
                "warning: " + d + ":3: Connected On: '30 Feb 2026' is not a valid date");
        Path bday = file("bday.vcf", "BEGIN:VCARD\nVERSION:4.0\nFN:Fay Gold\nBDAY:20260230\nEND:VCARD\n");
        Cli.Result v = cli.run("import", "vcard", bday.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out()).contains("1 created", "warning: " + bday + ":4: BDAY: '20260230' is not a valid date");
        assertThat(cli.run("contacts", "list").out()).contains("Dee Evans", "Fay Gold");
    }

    @BothDatabases
    void aBadEmailIsDroppedWithAWarningAndThePersonKept(TestDatabase db) {
        Cli cli = seeded(db);
        Path e = file("e.csv", "First Name,Last Name,E-mail 1 - Value\nCy,Diaz,cy@x.example\n"
                + "Dee,Evans,not-an-email\n");
        Cli.Result r = cli.run("import", "google", e.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("\\s", "")).contains("\"created\":2", "\"warnings\":[{\"file\":\"" + e
                + "\",\"line\":3,\"message\":\"email:'not-an-email'isnotanemailaddress(fielddropped)\"}]");
        assertThat(cli.run("contacts", "show", "Dee Evans").out()).doesNotContain("not-an-email");
    }

    @BothDatabases
    void aBackupThatFailsHalfwayThroughRestoresNothing(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("--book", "other", "contacts", "add", "Someone Else");
        cli.run("contacts", "list");
        String before = sha256(db);
        Map<String, List<String>> rows = cli.snapshot();
        Path f = file("b.json", """
                {"format": "kith-backup", "version": 1, "me": null,
                 "contacts": [{"key": "c1", "name": "Ana Lima"}, {"key": "c2", "name": "Bo Chen"}],
                 "ties": [{"key": "t1", "from": "c1", "to": "c9", "kind": "knows"}]}
                """);
        Cli.Result r = cli.run("import", "json", f.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(f + ": ties[0].to: 'c9' refers to no record of this backup");
        assertThat(r.out()).contains("\"errors\"", "\"line\" : 0", "ties[0].to");
        assertThat(cli.snapshot()).isEqualTo(rows);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @BothDatabases
    void aMissingFileIsAFailure(TestDatabase db) {
        Cli.Result r = new Cli(db, "2026-11-24").run("import", "vcard", dir.resolve("nope.vcf").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot read");
    }

    @BothDatabases
    void anUnknownFormatIsAUsageError(TestDatabase db) {
        Cli.Result r = new Cli(db, "2026-11-24").run("import", "excel", "x.xls");
        assertThat(r.exitCode()).isEqualTo(2);
    }
}
