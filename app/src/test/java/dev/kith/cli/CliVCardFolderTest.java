package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kith import FOLDER} of vCard files, one contact each: how Outlook gives its contacts as vCards ("Forward
 * as Business Card" attaches one {@code .vcf} per contact, saved into a folder), in Windows-1252 as it writes them.
 * One address book, all or nothing.
 */
class CliVCardFolderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    /** A vCard as Outlook writes it: 2.1, its own charset, a folded X-MS line Kith does not read. */
    private static String outlook(String family, String given, String org, String email) {
        return String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=de-de:" + family + ";" + given,
                "FN:" + given + " " + family, "ORG:" + org, "EMAIL;PREF;INTERNET:" + email,
                "X-MS-OL-DEFAULT-POSTAL-ADDRESS:0", "REV:20261120T101500Z", "END:VCARD", "");
    }

    private Path folder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("Kontakte"));
        Files.writeString(folder.resolve("Jürgen Müller.vcf"), outlook("Müller", "Jürgen", "Bäckerei Müller",
                "juergen@example.de"), CP1252);
        Files.writeString(folder.resolve("Ana Lima.VCF"), outlook("Lima", "Ana", "Acme", "ana@acme.example"), CP1252);
        Files.writeString(folder.resolve("notes.txt"), "not a card");
        return folder;
    }

    @BothDatabases
    void aFolderOfOutlookCardsIsOneAddressBookToldFromItsFiles(TestDatabase db) throws IOException {
        Cli cli = new Cli(db, "2026-11-24");
        Path folder = folder();
        Cli.Result r = cli.run("import", folder.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // each warning names its own file
        assertThat(r.out()).isEqualTo("Reading Kontakte as vcard.\n"
                + "Imported Kontakte: 2 created, 0 merged, 0 unchanged, 0 job changes, 1 warning\n"
                + "warning: " + folder.resolve("Jürgen Müller.vcf") + ":3: the file is not UTF-8 (byte 0xfc); read as"
                + " Windows-1252\n");
        Cli.Result list = cli.run("--json", "contacts", "list");
        assertThat(list.out()).contains("Jürgen Müller", "Ana Lima");
        assertThat(cli.run("import", "vcard", folder.toString()).out())
                .startsWith("Imported Kontakte: 0 created, 0 merged, 2 unchanged, 0 job changes");
    }

    @BothDatabases
    void oneDamagedCardRefusesTheWholeFolderNamingItsFileAndLine(TestDatabase db) throws IOException {
        Cli cli = new Cli(db, "2026-11-24");
        Path folder = folder();
        Path cut = folder.resolve("Zed Cut.vcf");
        Files.writeString(cut, "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Zed Cut\r\n", CP1252);
        cli.run("contacts", "list");
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result r = cli.run("import", "vcard", folder.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(cut + ":1:", "no END:VCARD");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void aFolderWithoutCardsIsRefusedWithAReason(TestDatabase db) throws IOException {
        Cli cli = new Cli(db, "2026-11-24");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "nothing here");
        Cli.Result r = cli.run("import", "vcard", empty.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("holds no vCard (.vcf) files");
    }
}
