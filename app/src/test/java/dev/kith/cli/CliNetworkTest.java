package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;

/** {@code kith target}, {@code path}, {@code ask}, {@code referral} and {@code breadth} through the real CLI. */
class CliNetworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** ANA (close, many coffees) works at Acme with BO since 2021; I met CY through Bo; DEE is do-not-contact. */
    private static Cli seeded(TestDatabase db) {
        Cli early = new Cli(db, "2021-03-01");
        early.run("contacts", "add", "Ana Lima", "--org", "Acme", "--title", "Librarian");
        early.run("contacts", "add", "Bo Chen", "--org", "Acme", "--title", "Head of Data");
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Cy Diaz", "--met-through", "Bo");
        cli.run("contacts", "add", "Dee Fox", "--do-not-contact");
        cli.run("tie", "Dee", "Cy", "family");
        for (String date : List.of("2026-11-01", "2026-10-01", "2026-09-01", "2026-08-01", "2026-07-01")) {
            cli.run("log", "Ana", "coffee", "--date", date);
            cli.run("log", "Dee", "coffee", "--date", date);
        }
        cli.run("orgs", "Acme", "--industry", "libraries");
        return cli;
    }

    @BothDatabases
    void pathPrintsTheDocumentedJson(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        Cli.Result added = cli.run("target", "add", "Cy Diaz", "--note", "he runs the open-source fund");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Target #1: Cy Diaz (in your book)");
        Cli.Result result = cli.run("--json", "path", "Cy", "--k", "2");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("target", "paths", "colleagues");
        assertThat(json.get("colleagues")).as("a personal book has no colleagues").isEmpty();
        assertThat(json.get("target").asText()).isEqualTo("Cy Diaz");
        assertThat(json.get("paths")).hasSize(2);
        JsonNode best = json.get("paths").get(0);
        assertThat(best.fieldNames()).toIterable().containsExactly("strength", "hops");
        assertThat(best.get("hops").get(0).fieldNames()).toIterable().containsExactly("from", "to", "reason");
        assertThat(best.get("hops")).extracting(h -> h.get("to").asText())
                .containsExactly("Ana Lima", "Bo Chen", "Cy Diaz");
        assertThat(best.get("hops").get(0).get("from").asText()).isEqualTo("me");
        assertThat(best.get("hops").get(1).get("reason").asText()).isEqualTo("colleagues at Acme, now");
        assertThat(best.get("hops").get(2).get("reason").asText()).isEqualTo("you met Cy Diaz through Bo Chen");
        assertThat(result.out()).doesNotContain("Dee Fox");
        assertThat(cli.run("path", "--target", "1").out()).contains("Paths to Cy Diaz — he runs the open-source fund",
                "1. ask Ana Lima", "Ana Lima → Bo Chen: colleagues at Acme, now");
    }

    @BothDatabases
    void targetsOfEveryKindAreAddedListedAndArchived(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        assertThat(cli.run("target", "add", "Zoe Quinn", "--org", "Acme").exitCode()).isZero();
        assertThat(cli.run("target", "add", "--org", "Globex", "--note", "their archive team").exitCode()).isZero();
        assertThat(cli.run("target", "add", "--industry", "libraries").exitCode()).isZero();
        assertThat(cli.run("target", "add", "--role", "head of data").exitCode()).isZero();
        JsonNode list = JSON.readTree(cli.run("--json", "target", "list").out());
        assertThat(list).extracting(t -> t.get("kind").asText())
                .containsExactly("person", "organization", "industry", "role");
        assertThat(cli.run("target", "list").out()).contains("Zoe Quinn (Acme)", "anyone at Globex",
                "anyone in libraries", "a head of data", "4 targets");
        JsonNode zoe = JSON.readTree(cli.run("--json", "path", "Zoe Quinn").out());
        assertThat(zoe.get("paths").get(0).get("hops")).extracting(h -> h.get("to").asText())
                .containsExactly("Ana Lima", "Zoe Quinn");
        JsonNode role = JSON.readTree(cli.run("--json", "path", "head of data", "--k", "1").out());
        assertThat(role.get("target").asText()).isEqualTo("a head of data");
        assertThat(role.get("paths").get(0).get("hops")).extracting(h -> h.get("to").asText())
                .containsExactly("Ana Lima", "Bo Chen");
        Cli.Result none = cli.run("path", "Globex");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("No path to anyone at Globex in your network.");
        Cli.Result noneJson = cli.run("--json", "path", "Globex");
        assertThat(JSON.readTree(noneJson.out()).get("paths")).isEmpty();
        assertThat(noneJson.err()).contains("No path to anyone at Globex");
        assertThat(cli.run("target", "archive", "Globex").out()).contains("Archived: anyone at Globex");
        assertThat(cli.run("target", "list").out()).contains("3 targets");
        assertThat(cli.run("target", "list", "--all").out()).contains("4 targets", "archived");
    }

    @BothDatabases
    void askAndReferralLifecycle(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        Cli.Result asked = cli.run("ask", "Ana", "--for", "digital preservation");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.out()).contains("Asked Ana Lima who to meet about digital preservation");
        assertThat(cli.run("ask", "list").out()).contains("Ana Lima", "digital preservation", "open", "1 open ask");
        Cli.Result referral = cli.run("referral", "Ana", "--suggested", "Eve Park", "--org", "Archivo");
        assertThat(referral.exitCode()).as(referral.err()).isZero();
        assertThat(referral.out()).contains("Added Eve Park (#", "met through Ana Lima", "Closed ask #1");
        assertThat(cli.run("ask", "list").out()).contains("0 open asks");
        assertThat(cli.run("ask", "list", "--all").out()).contains("Eve Park (2026-11-24)");
        JsonNode path = JSON.readTree(cli.run("--json", "path", "Eve", "--k", "1").out());
        assertThat(path.get("paths").get(0).get("hops").get(1).get("reason").asText())
                .contains("Eve Park was referred by Ana Lima", "you met Eve Park through Ana Lima");
    }

    @BothDatabases
    void breadthPrintsSharesAndNarrowSpots(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        JsonNode json = JSON.readTree(cli.run("--json", "breadth").out());
        assertThat(json.get("contacts").asInt()).isEqualTo(4);
        assertThat(json.get("industries").get(0).get("name").asText()).isEqualTo("libraries");
        assertThat(json.get("industries").get(0).get("share").asDouble()).isEqualTo(100.0);
        assertThat(json.fieldNames()).toIterable().containsExactly("contacts", "industries", "unknownIndustry",
                "organizations", "unknownOrganization", "circles", "narrow");
        assertThat(cli.run("breadth").out()).contains("4 active contacts", "libraries", "Acme", "100.0%");
    }

    @BothDatabases
    void todayProposesAskingTheFirstHopForTheIntroduction(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        cli.run("target", "add", "Zoe Quinn", "--org", "Globex", "--note", "she digitized the Globex archive");
        cli.run("contacts", "edit", "Cy", "--org", "Globex");
        JsonNode plan = JSON.readTree(cli.run("--json", "today", "--size", "10").out());
        JsonNode intro = null;
        for (JsonNode a : plan.get("actions")) {
            if (a.get("kind").asText().equals("ask-intro")) {
                intro = a;
            }
        }
        assertThat(intro).as(plan.toString()).isNotNull();
        assertThat(intro.get("id").asText()).isEqualTo("ask-intro:1");
        assertThat(intro.get("people").get(0).get("name").asText()).isEqualTo("Ana Lima");
        assertThat(intro.get("reason").asText()).startsWith("You want to meet Zoe Quinn (Globex). Best path: you → Ana"
                + " Lima → Bo Chen → Cy Diaz → Zoe Quinn");
        assertThat(intro.get("draft").asText()).startsWith("Hi Ana, I'd like to ask you a favour: I'm hoping to meet"
                + " Zoe Quinn at Globex. Here is why: she digitized the Globex archive.")
                .contains("I believe Bo Chen could help", "introducing us");
        Cli.Result done = cli.run("done", "ask-intro:1");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(cli.run("target", "list").out()).contains("asked");
        assertThat(cli.run("ask", "list").out()).contains("Ana Lima", "Zoe Quinn (Globex)", "1 open ask");
        assertThat(cli.run("contacts", "show", "Ana").out()).contains("Asked for an introduction to Zoe Quinn");
        JsonNode after = JSON.readTree(cli.run("--json", "today", "--size", "10").out());
        assertThat(after.get("actions")).noneMatch(a -> a.get("kind").asText().equals("ask-intro"));
    }

    @BothDatabases
    void badInputIsAClearErrorAndWritesNothing(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 1, "no target or contact named 'Nobody'", "path", "Nobody");
        rejected(cli, 2, "--k: must be between 1 and 20, not 0", "path", "Cy", "--k", "0");
        rejected(cli, 2, "'--k': 'many' is not an int", "path", "Cy", "--k", "many");
        rejected(cli, 2, "--max-hops: must be between 1 and 6, not 7", "path", "Cy", "--max-hops", "7");
        rejected(cli, 2, "--org: 'Zed Unknown' is not in your book", "target", "add", "Zed Unknown");
        rejected(cli, 2, "NAME: give a person, --org, --industry or --role", "target", "add");
        rejected(cli, 2, "give one of NAME, --industry or --role", "target", "add", "Cy", "--industry", "x");
        rejected(cli, 2, "--industry: must not be blank", "target", "add", "--industry", " ");
        rejected(cli, 1, "no target named 'Nothing'", "target", "archive", "Nothing");
        rejected(cli, 2, "--for: must not be blank", "ask", "Ana");
        rejected(cli, 2, "NAME: give the person you asked", "ask", "--for", "x");
        rejected(cli, 2, "--for: must not be blank", "ask", "Ana", "--for", "  ");
        rejected(cli, 2, "NAME: Dee Fox is marked do-not-contact", "ask", "Dee", "--for", "x");
        rejected(cli, 1, "no contact named 'Zed'", "referral", "Zed", "--suggested", "Eve Park");
        rejected(cli, 2, "--suggested: a person cannot refer themselves", "referral", "Ana", "--suggested", "Ana Lima");
        cli.run("me", "Ana Lima");
        rejected(cli, 2, "TARGET: Ana Lima is you", "path", "Ana Lima");
        rejected(cli, 2, "NAME: Ana Lima is you", "target", "add", "Ana Lima");
        cli.run("target", "add", "--org", "Acme");
        rejected(cli, 2, "anyone at Acme is already a target (#1)", "target", "add", "--org", "ACME");
    }

    private static void rejected(Cli cli, int exitCode, String expectedMessage, String... args) {
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result result = cli.run(args);
        assertThat(result.exitCode()).as("exit code of %s: %s", List.of(args), result.err()).isEqualTo(exitCode);
        assertThat(result.err()).as("message of %s", List.of(args)).contains(expectedMessage);
        assertThat(result.out()).isEmpty();
        assertThat(cli.snapshot()).as("database after %s", List.of(args)).isEqualTo(before);
    }
}
