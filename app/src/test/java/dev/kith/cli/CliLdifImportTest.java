package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith import ldif} end to end: a Thunderbird export imported, dry-run, re-imported and undone;
 * a damaged one refused with its file and line, the book left as it was.
 */
class CliLdifImportTest {
    @TempDir
    Path dir;

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** As Thunderbird writes it on Windows: CR LF, non-ASCII values in base64, a mailing list. */
    private static final String EXPORT = "dn:: " + b64("cn=Zoë Müller,mail=zoe@example.de") + "\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "givenName:: " + b64("Zoë") + "\r\nsn:: " + b64("Müller") + "\r\ncn:: " + b64("Zoë Müller") + "\r\n"
            + "mail: zoe@example.de\r\no: Staatsbibliothek zu Berlin\r\ntitle: Archivist\r\n"
            + "modifytimestamp: 0Z\r\n\r\n"
            + "dn: cn=Ana Lima,mail=ana@acme.example\r\n"
            + "objectclass: top\r\nobjectclass: person\r\nobjectclass: mozillaAbPersonAlpha\r\n"
            + "cn: Ana Lima\r\nmail: ana@acme.example\r\nmobile: +1 555 0100\r\nmail: ana at home\r\n\r\n"
            + "dn: cn=Friends\r\nobjectclass: top\r\nobjectclass: groupOfNames\r\ncn: Friends\r\n"
            + "member: cn=Ana Lima,mail=ana@acme.example\r\n\r\n";

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example", "--org", "Acme")
                .exitCode()).isZero();
        return cli;
    }

    @BothDatabases
    void aThunderbirdExportImportsMergesAndUndoes(TestDatabase db) throws IOException {
        Cli cli = seeded(db);
        Map<String, List<String>> before = cli.snapshot();
        Path f = file("abook.ldif", EXPORT);

        Cli.Result dry = cli.run("import", "ldif", f.toString(), "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out())
                .startsWith("Dry run, nothing written: 1 created, 1 merged, 0 unchanged, 0 job changes, 2 warnings\n");
        assertThat(cli.snapshot()).isEqualTo(before);

        Cli.Result real = cli.run("import", "ldif", f.toString());
        assertThat(real.exitCode()).as(real.err()).isZero();
        assertThat(real.out()).isEqualTo("Imported abook.ldif: 1 created, 1 merged, 0 unchanged, 0 job changes, 2 warnings\n"
                + "warning: " + f + ":13: email: 'ana at home' is not an email address (field dropped)\n"
                + "warning: " + f + ":22: skipped: a mailing list, not a person (lists are not imported)\n");
        assertThat(cli.run("search", "Müller").out()).contains("Zoë Müller");
        assertThat(cli.run("contacts", "show", "Ana Lima").out()).contains("+1 555 0100");

        Cli.Result again = cli.run("import", "ldif", f.toString(), "--json");
        assertThat(again.out().replaceAll("\\s", "")).startsWith("{\"created\":0,\"merged\":0,\"unchanged\":2,");

        assertThat(cli.run("undo").out()).as("the re-import changed nothing: the import itself is undone")
                .isEqualTo("Undid: imported abook.ldif.\n");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void aDamagedFileIsRefusedWithItsLineAndTheBookStaysAsItWas(TestDatabase db) throws IOException {
        Cli cli = seeded(db);
        Map<String, List<String>> before = cli.snapshot();
        Path f = file("broken.ldif", EXPORT.replace("title: Archivist\r\n", "title: Archivist\r\ncn:: not base64!\r\n"));
        Cli.Result r = cli.run("import", "ldif", f.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("kith: " + f + ":11: invalid base64 after 'cn::'");
        assertThat(r.out()).isEmpty();
        assertThat(cli.snapshot()).isEqualTo(before);

        Path change = file("change.ldif", "dn: cn=Ana Lima,mail=ana@acme.example\nchangetype: delete\n");
        Cli.Result c = cli.run("import", "ldif", change.toString(), "--json");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("kith: " + change + ":2: this is a change file for ldapmodify (changetype: delete),"
                + " not an export");
        assertThat(c.out()).contains("\"line\" : 2").contains("not an export");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
