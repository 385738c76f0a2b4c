package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;

class CliContactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void addedContactIsListedAsJsonWithItsDocumentedFields(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        var added = cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example", "--org", "Acme Library",
                "--title", "Systems Librarian", "--tag", "ALA", "--interest", "email migration", "--circle", "close");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added Ana Lima (#");
        cli.run("log", "Ana", "lunch", "--date", "2026-11-20", "--minutes", "60", "--note", "Exchange rollout");

        var list = cli.run("contacts", "list", "--json");
        assertThat(list.exitCode()).isZero();
        JsonNode ana = JSON.readTree(list.out()).get(0);
        assertThat(ana.get("id").asLong()).isPositive();
        assertThat(ana.get("name").asText()).isEqualTo("Ana Lima");
        assertThat(ana.get("emails").get(0).asText()).isEqualTo("ana@acme.example");
        assertThat(ana.get("organization").asText()).isEqualTo("Acme Library");
        assertThat(ana.get("title").asText()).isEqualTo("Systems Librarian");
        assertThat(ana.get("tags").get(0).asText()).isEqualTo("ala");
        assertThat(ana.get("interests").get(0).asText()).isEqualTo("email migration");
        assertThat(ana.get("circle").asText()).isEqualTo("close");
        assertThat(ana.get("lastInteraction").asText()).isEqualTo("2026-11-20");
    }

    @BothDatabases
    void showExplainsAContactWithJobHistoryTiesAndTimeline(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Paul Cottey", "--org", "Initech", "--title", "CIO", "--cadence", "30");
        cli.run("contacts", "add", "Bo Chen", "--met-through", "Cottey", "--met-at", "CIO Summit 2025");
        var edit = new Cli(db, "2026-11-01").run("contacts", "edit", "Paul", "--org", "Globex", "--title", "CTO");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(cli.run("tie", "Paul", "Bo", "mentor", "--since", "2024-05-01").exitCode()).isZero();
        assertThat(cli.run("milestone", "Paul", "new-job", "--date", "2026-11-01", "--note", "CTO at Globex")
                .exitCode()).isZero();
        cli.run("log", "Paul,Bo", "coffee", "--date", "2026-11-10", "--they-reached-out", "--gave");

        var shown = cli.run("contacts", "show", "Paul Cottey", "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        JsonNode paul = JSON.readTree(shown.out());
        assertThat(paul.get("organization").asText()).isEqualTo("Globex");
        assertThat(paul.get("jobs")).hasSize(2);
        assertThat(paul.get("jobs").get(1).get("organization").asText()).isEqualTo("Initech");
        assertThat(paul.get("jobs").get(1).get("end").asText()).isEqualTo("2026-11-01");
        assertThat(paul.get("ties").get(0).get("other").get("name").asText()).isEqualTo("Bo Chen");
        assertThat(paul.get("milestones").get(0).get("kind").asText()).isEqualTo("new-job");
        assertThat(paul.get("interactions").get(0).get("exchange").asText()).isEqualTo("gave");
        assertThat(paul.get("interactions").get(0).get("initiator").asText()).isEqualTo("them");
        assertThat(paul.get("nextContactDue").asText()).isEqualTo("2026-12-10");

        var bo = JSON.readTree(cli.run("contacts", "show", "Bo", "--json").out());
        assertThat(bo.get("howMet").get("throughName").asText()).isEqualTo("Paul Cottey");
        assertThat(cli.run("contacts", "show", "Paul").out()).contains("CTO, Globex", "Initech", "mentor of Bo Chen");
    }

    @BothDatabases
    void archivedContactLeavesTheListAndComesBack(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima");
        cli.run("contacts", "add", "Bo Chen", "--tag", "vendor");
        assertThat(cli.run("contacts", "archive", "Ana").exitCode()).isZero();
        assertThat(cli.run("contacts", "list").out()).doesNotContain("Ana Lima").contains("Bo Chen");
        assertThat(cli.run("contacts", "list", "--archived").out()).contains("Ana Lima (archived)");
        assertThat(cli.run("contacts", "list", "--tag", "vendor").out()).contains("Bo Chen", "1 contact");
        cli.run("contacts", "archive", "Ana", "--undo");
        assertThat(cli.run("contacts", "list").out()).contains("Ana Lima");
    }

    @BothDatabases
    void searchFindsPeopleByWhatTheyCareAbout(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "José Núñez", "--interest", "information literacy");
        cli.run("contacts", "add", "Ana Lima", "--notes", "Leading the email migration at Acme");
        var hits = JSON.readTree(cli.run("search", "migr", "--json").out());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("name").asText()).isEqualTo("Ana Lima");
        assertThat(hits.get(0).get("matchedIn").asText()).isEqualTo("notes");
        assertThat(cli.run("search", "nunez").out()).contains("José Núñez");
        assertThat(cli.run("search", "nothing-like-this").out()).contains("No contact matches");
    }

    @BothDatabases
    void meIsSetCreatedAndShown(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("me").exitCode()).isEqualTo(1);
        assertThat(cli.run("me", "Sam Rivera").out()).contains("You are Sam Rivera");
        assertThat(cli.run("me").out()).contains("You are Sam Rivera");
        assertThat(cli.run("contacts", "list").out()).doesNotContain("Sam Rivera");
    }

    @BothDatabases
    void organizationsCarryAnIndustry(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--org", "Acme Library");
        assertThat(cli.run("orgs", "acme library", "--industry", "libraries").exitCode()).isZero();
        assertThat(cli.run("orgs").out()).contains("Acme Library", "libraries");
    }
}
