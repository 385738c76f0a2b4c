package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.Suggest;
import dev.kith.core.ValidationException;
import dev.kith.io.mail.MailConfig;
import dev.kith.store.DataLocation;
import dev.kith.store.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Friendly edges: did-you-mean, help, one-line database errors, --db guards, empty book, words and alignment. */
class CliEdgesTest {
    @TempDir
    Path dir;

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private Cli fresh() {
        return new Cli(TestDatabase.sqlite(), "2026-11-24");
    }

    @Test
    void anUnknownCommandGetsTheClosestCommands() {
        Cli.Result r = Cli.runRaw("contcts", "list");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("kith: unknown command 'contcts'; did you mean contacts?\n")
                .contains("kith help").doesNotContain("Unmatched argument");
        Cli.Result sub = Cli.runRaw("target", "ad", "Zoe");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err()).contains("unknown command 'ad' of 'kith target'; did you mean add?");
        assertThat(Cli.runRaw("frobnicate").err()).startsWith("kith: unknown command 'frobnicate'\n");
    }

    @Test
    void anUnknownNameGetsTheClosestContacts() {
        Cli cli = fresh();
        ok(cli.run("contacts", "add", "Ana Lima"));
        ok(cli.run("contacts", "add", "Marcus Johnson"));
        Cli.Result r = cli.run("contacts", "show", "Ana Lmia");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("kith: no contact named 'Ana Lmia'; did you mean Ana Lima?\n");
        assertThat(cli.run("log", "Marcos", "call").err()).contains("did you mean Marcus Johnson?");
        assertThat(cli.run("path", "Markus Johnson").err()).contains("did you mean Marcus Johnson?");
        assertThat(cli.run("contacts", "show", "Zebedee").err()).isEqualTo("kith: no contact named 'Zebedee'\n");
    }

    @Test
    void suggestionsComeFromEditDistanceOverWholeNamesAndWords() {
        List<String> names = List.of("Ana Lima", "Anna Berg", "Bo Chen", "José Núñez");
        assertThat(Suggest.closest("Ana Lmia", names)).containsExactly("Ana Lima");
        assertThat(Suggest.closest("anna", names)).containsExactly("Anna Berg", "Ana Lima");
        assertThat(Suggest.closest("Jose Nunes", names)).containsExactly("José Núñez");
        assertThat(Suggest.closest("xyz", names)).isEmpty();
        assertThat(Suggest.didYouMean("Bo Chn", names)).isEqualTo("; did you mean Bo Chen?");
    }

    @Test
    void helpListsTheCommandsAndHelpOfACommandShowsItsOptions() {
        Cli.Result all = ok(Cli.runRaw("help"));
        assertThat(all.out()).contains("Usage: kith", "contacts", "path", "referral", "help");
        Cli.Result one = ok(Cli.runRaw("help", "path"));
        assertThat(one.out()).contains("Usage: kith path", "--target");
    }

    @Test
    void aFileThatIsNotADatabaseIsOneLine() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list\nmilk\n".repeat(200));
        Cli.Result r = Cli.runRaw("--db", notes.toString(), "contacts", "list");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("kith: --db " + notes + " is not a Kith database (not an SQLite file)\n");
        assertThat(Files.readString(notes)).startsWith("shopping list");
        Cli.Result folder = Cli.runRaw("--db", dir.toString(), "contacts", "list");
        assertThat(folder.err()).startsWith("kith: --db " + dir + " is a folder").hasLineCount(1);
    }

    @Test
    void aDatabaseInAFolderThatDoesNotExistIsRefusedUnlessCreate() {
        Path typo = dir.resolve("no-such-dir").resolve("k.db");
        Cli.Result refused = Cli.runRaw("--db", typo.toString(), "contacts", "list");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("kith: --db " + typo + ": the folder " + typo.getParent()
                + " does not exist; check the path, or add --create to make it\n");
        assertThat(Files.exists(typo.getParent())).isFalse();
        ok(Cli.runRaw("--db", typo.toString(), "--create", "contacts", "add", "Ana Lima"));
        assertThat(Files.exists(typo)).isTrue();
        assertThat(ok(Cli.runRaw("--db", typo.toString(), "contacts", "list")).out()).contains("Ana Lima");
    }

    @Test
    void theDefaultDatabaseIsCreatedOnFirstUse() {
        Path home = Path.of(DataLocation.defaultSpec(System.getenv(), System.getProperty("user.home")));
        ok(Cli.runRaw("--today", "2026-11-24", "contacts", "list"));
        assertThat(Files.exists(home)).isTrue();
    }

    @Test
    void anEmptyBooksTodaySaysHowToAddOrImportPeople() {
        Cli cli = fresh();
        assertThat(ok(cli.run("today")).out()).contains("Your book is empty", "kith contacts add NAME",
                "kith import linkedin|vcard|google|outlook FILE");
        ok(cli.run("contacts", "add", "Ana Lima"));
        assertThat(ok(cli.run("today")).out()).doesNotContain("Your book is empty");
    }

    @Test
    void countsTiesAndHowMetReadNaturally() {
        Cli cli = fresh();
        ok(cli.run("contacts", "add", "Ana Lima", "--met-at", "ALA Annual 2025"));
        ok(cli.run("contacts", "add", "Tom Becker"));
        ok(cli.run("contacts", "add", "Bo Chen", "--met-through", "Tom"));
        ok(cli.run("tie", "Ana", "Tom", "knows"));
        ok(cli.run("tie", "Ana", "Bo Chen", "mentor"));
        String ana = ok(cli.run("contacts", "show", "Ana")).out();
        assertThat(ana).contains("knows Tom Becker (#2)", "mentor of Bo Chen (#3)")
                .doesNotContain("knows from").doesNotContain("Met: Met").doesNotContain("Met:       Met");
        String tom = ok(cli.run("contacts", "show", "Tom")).out();
        assertThat(tom).contains("knows Ana Lima (#1)").doesNotContain("knows from");
        assertThat(ok(cli.run("contacts", "show", "Bo Chen")).out()).contains("mentored by Ana Lima (#1)");
        assertThat(Plural.of(1, "event")).isEqualTo("1 event");
        assertThat(Plural.of(2, "event")).isEqualTo("2 events");
        assertThat(Plural.of(1, "person")).isEqualTo("1 person");
        assertThat(Plural.of(0, "person")).isEqualTo("0 people");
        ok(cli.run("goal", "add", "Find a co-author"));
        ok(cli.run("event", "add", "CIO Summit 2026", "--start", "2026-11-20"));
        assertThat(ok(cli.run("goal", "link", "Find a co-author", "Ana", "--event", "CIO Summit 2026"))
                .out()).contains("1 person, 1 event");
    }

    @Test
    void tableColumnsLineUpWhateverTheScript() {
        Table table = new Table("NAME", "ORG");
        table.row("Jose\u0301 Nu\u0301n\u0303ez", "Acme");
        table.row("北京大学", "Globex");
        table.row("Ana", "Initech");
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            int org = Table.width(line.substring(0, line.indexOf(line.strip().split("\\s{2,}")[1])));
            assertThat(org).as(line).isEqualTo(Table.width("José Núñez") + 2);
        }
    }

    @Test
    void mailSetupDefaultsFromToAnEmailUserNameAndSaysWhatIsMissingOtherwise() {
        assertThat(new MailConfig("smtp.example.org", 587, "you@example.org", null, true, null).from())
                .isEqualTo("you@example.org");
        assertThatThrownBy(() -> new MailConfig("smtp.example.org", 587, "you", null, true, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the user name 'you' is not an email address").hasMessageContaining("--from ADDR");
    }
}
