package dev.kith.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.embeddings.LocalModel;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.Isolated;

/** Articles, shares and reciprocity from the command line, with the model and with the lexical fallback. */
@Isolated // switches the model off JVM-wide (LocalModel.DISABLE): no other test class runs meanwhile
class CliGivingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void restoreModel() {
        System.clearProperty(LocalModel.DISABLE);
    }

    private static Cli book(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        ok(cli.run("contacts", "add", "Ana Lima", "--org", "Acme Library", "--interest", "email migration"));
        ok(cli.run("contacts", "add", "Bo Chen", "--interest", "machine learning", "--interest", "chess"));
        ok(cli.run("contacts", "add", "Cy Dorn", "--interest", "email migration", "--do-not-contact"));
        ok(cli.run("contacts", "add", "Dee Park", "--tag", "devops",
                "--notes", "Struggling with the mailbox migration to the cloud this winter"));
        ok(cli.run("contacts", "add", "Eve Stone", "--interest", "email migration"));
        ok(cli.run("contacts", "add", "Fay Ross", "--interest", "gardening", "--interest", "roses"));
        ok(cli.run("article", "add", "https://example.org/migrate", "--title", "Lessons from a large email migration",
                "--text", "How a university moved 40,000 mailboxes to the cloud without losing mail.",
                "--takeaway", "Migrate calendars first", "--tag", "email"));
        ok(cli.run("article", "add", "https://example.org/roses", "--title", "Pruning roses in winter"));
        return cli;
    }

    private static void ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static List<String> names(Cli cli, String article) throws Exception {
        Cli.Result r = cli.run("share", article, "--json");
        ok(r);
        List<String> names = new ArrayList<>();
        JSON.readTree(r.out()).get("recipients").forEach(n -> names.add(n.get("name").asText()));
        return names;
    }

    @BothDatabases
    void shareRanksByInterestAndNotesExcludesDoNotContactAndRecentSharesAndRecordsAGave(TestDatabase db) throws Exception {
        Cli cli = book(db);
        ok(new Cli(db, "2026-11-19").run("share", "Pruning", "--to", "Eve", "--why", "you like gardens"));

        List<String> names = names(cli, "Lessons");
        assertThat(names).startsWith("Ana Lima").contains("Dee Park").doesNotContain("Cy Dorn", "Eve Stone", "Fay Ross");
        Cli.Result text = cli.run("share", "1");
        assertThat(text.out()).contains("interested in email migration").contains("your notes on them mention");

        Cli.Result shared = cli.run("share", "Lessons", "--to", "Ana", "--why", "You are planning yours");
        ok(shared);
        assertThat(shared.out()).contains("Hi Ana, I read \"Lessons from a large email migration\" and thought of you —"
                + " you are planning yours. My top takeaway: Migrate calendars first. https://example.org/migrate");
        assertThat(names(cli, "Lessons")).doesNotContain("Ana Lima");

        JsonNode balance = JSON.readTree(cli.run("reciprocity", "--json").out());
        assertThat(balance.toString()).contains("\"name\":\"Ana Lima\",\"gave\":1,\"asked\":0");
    }

    @BothDatabases
    void lexicalFallbackRanksSensibly(TestDatabase db) throws Exception {
        System.setProperty(LocalModel.DISABLE, "lexical");
        Cli cli = book(db);
        List<String> names = names(cli, "Lessons");
        assertThat(names).containsExactlyInAnyOrder("Ana Lima", "Eve Stone", "Dee Park");
        assertThat(names(cli, "Pruning")).containsExactly("Fay Ross");
        assertThat(cli.run("share", "Lessons").out()).contains("interested in email migration").doesNotContain("similarity");
    }

    @BothDatabases
    void badShareInputIsRefusedAndWritesNothing(TestDatabase db) {
        Cli cli = book(db);
        ok(cli.run("share", "Lessons", "--to", "Ana"));
        Map<String, List<String>> before = cli.snapshot();
        for (String[] args : List.of(
                new String[] {"share", "Nothing like this", "--to", "Ana"},
                new String[] {"share", "999", "--to", "Ana"},
                new String[] {"share", "Lessons", "--to", "Ana"},
                new String[] {"share", "Lessons", "--to", "Cy"},
                new String[] {"share", "Lessons", "--to", "Bo", "--via", "lunch"},
                new String[] {"article", "add", "not a url"},
                new String[] {"article", "add", "https://example.org/migrate"},
                new String[] {"article", "add", "https://example.org/x", "--text", "a", "--file", "b"})) {
            Cli.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isIn(1, 2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("kith: ").doesNotContain("unexpected");
        }
        assertThat(cli.run("share", "Lessons", "--to", "Ana").err()).contains("already received this article");
        assertThat(cli.run("share", "nothing like this").err()).contains("no article matches");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void onlyAskingIsFlaggedOnTheContactAndInReciprocity(TestDatabase db) {
        Cli cli = book(db);
        ok(cli.run("log", "Bo", "call", "--date", "2026-10-01", "--asked", "--note", "asked for a referral"));
        ok(cli.run("log", "Bo", "email", "--date", "2026-11-01", "--asked", "--note", "asked for advice"));
        ok(cli.run("log", "Bo", "email", "--date", "2025-06-01", "--gave", "--note", "too old to count"));
        assertThat(cli.run("contacts", "show", "Bo").out()).contains("asked 2 times, gave 0 times")
                .contains("you only ask");
        assertThat(cli.run("reciprocity").out()).contains("Bo Chen").contains("only asks: give first");
    }
}
