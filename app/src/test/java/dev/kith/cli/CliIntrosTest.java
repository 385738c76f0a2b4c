package dev.kith.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggested introductions and the double opt-in workflow from the command line. */
class CliIntrosTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli book(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        ok(cli.run("contacts", "add", "Ana Lima", "--org", "Acme", "--interest", "email migration"));
        ok(cli.run("contacts", "add", "Bo Chen", "--org", "Globex", "--interest", "email migration"));
        ok(cli.run("contacts", "add", "Cy Dorn", "--org", "Acme", "--interest", "email migration"));
        ok(cli.run("contacts", "add", "Dee Park", "--interest", "email migration"));
        ok(cli.run("tie", "Ana", "Dee", "knows"));
        ok(cli.run("contacts", "add", "Eve Stone", "--tag", "ask:grant writing"));
        ok(cli.run("contacts", "add", "Fay Ross", "--tag", "offer:grant writing"));
        ok(cli.run("contacts", "add", "Gus Hale"));
        ok(cli.run("contacts", "add", "Hal Ibsen"));
        ok(cli.run("milestone", "Gus", "new-job", "--date", "2026-11-03", "--note", "Joined Initech"));
        ok(cli.run("milestone", "Hal", "new-job", "--date", "2026-11-10", "--note", "Joined Hooli"));
        return cli;
    }

    private static void ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @BothDatabases
    void suggestionsSpellOutCommonGroundAndLeaveOutPeopleWhoKnowEachOther(TestDatabase db) throws Exception {
        Cli cli = book(db);
        Cli.Result r = cli.run("intros", "--json", "--limit", "50");
        ok(r);
        List<String> pairs = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (JsonNode s : JSON.readTree(r.out())) {
            pairs.add(s.get("aName").asText() + "+" + s.get("bName").asText());
            all.append(s.get("commonGround").toString());
        }
        assertThat(pairs).contains("Ana Lima+Bo Chen", "Eve Stone+Fay Ross", "Gus Hale+Hal Ibsen")
                .doesNotContain("Ana Lima+Cy Dorn", "Ana Lima+Dee Park");
        assertThat(all.toString()).contains("both interested in email migration",
                "Eve Stone is looking for grant writing; Fay Ross offers it", "both changed jobs this month");
        assertThat(cli.run("intros").out()).contains("Start one: kith intro");
    }

    @BothDatabases
    void doubleOptInRunsToTheEndAndMakesATieAndTwoGaves(TestDatabase db) throws Exception {
        Cli cli = book(db);
        Cli.Result started = cli.run("intro", "Ana", "Bo", "--why", "both are migrating email this winter");
        ok(started);
        assertThat(started.out()).contains("Started introduction #1").contains("Hi Ana, I'd like to introduce you to Bo Chen"
                + " (at Globex). Both are migrating email this winter. Would you be open to an introduction?");
        assertThat(cli.run("intro", "list").out()).contains("asking Ana Lima").doesNotContain("asking-a");
        ok(new Cli(db, "2026-11-25").run("intro", "advance", "1"));
        Cli.Result made = new Cli(db, "2026-11-27").run("intro", "advance", "1");
        ok(made);
        assertThat(made.out()).contains("is now introduced").contains("Ana, meet Bo Chen (at Globex). Bo, meet Ana Lima (at Acme).");
        assertThat(cli.snapshot().get("ties").toString()).contains("|knows|2026-11-27|introduced|");
        assertThat(new Cli(db, "2026-11-27").run("reciprocity").out()).contains("Ana Lima").contains("Bo Chen");
        ok(cli.run("intro", "advance", "1", "--outcome", "They met; Bo is helping Ana"));
        JsonNode intro = JSON.readTree(cli.run("intro", "show", "1", "--json").out());
        assertThat(intro.get("state").asText()).isEqualTo("closed");
        List<String> steps = new ArrayList<>();
        intro.get("steps").forEach(s -> steps.add(s.get("step").asText() + "@" + s.get("date").asText()));
        assertThat(steps).containsExactly("asked-a@2026-11-24", "asked-b@2026-11-25", "made@2026-11-27",
                "outcome@2026-11-24");
        assertThat(cli.run("intro", "list").out()).contains("0 introductions");
        assertThat(cli.run("intros", "--json", "--limit", "50").out()).doesNotContain("\"bName\":\"Bo Chen\",\"score\"");
    }

    @BothDatabases
    void declinedAtAnyStepStopsTheIntroduction(TestDatabase db) {
        Cli cli = book(db);
        ok(cli.run("intro", "Gus", "Hal"));
        ok(cli.run("intro", "advance", "1"));
        Cli.Result declined = cli.run("intro", "advance", "1", "--declined");
        ok(declined);
        assertThat(declined.out()).contains("is now declined").contains("Hal Ibsen declined");
        assertThat(cli.snapshot().get("ties").toString()).doesNotContain("introduced");
    }

    @BothDatabases
    void badIntroInputIsRefusedAndWritesNothing(TestDatabase db) {
        Cli cli = book(db);
        ok(cli.run("contacts", "add", "Ned Noe", "--do-not-contact"));
        ok(cli.run("intro", "Ana", "Bo"));
        ok(cli.run("intro", "Gus", "Hal"));
        ok(cli.run("intro", "advance", "2", "--declined"));
        Map<String, List<String>> before = cli.snapshot();
        for (String[] args : List.of(
                new String[] {"intro", "Ana", "Ana Lima"},
                new String[] {"intro", "Ana"},
                new String[] {"intro", "Ana", "Ned"},
                new String[] {"intro", "Bo", "Ana"},
                new String[] {"intro", "Ana", "Nobody Here"},
                new String[] {"intro", "advance", "99"},
                new String[] {"intro", "advance", "x1"},
                new String[] {"intro", "advance", "1", "--outcome", "too early"},
                new String[] {"intro", "advance", "2"},
                new String[] {"intro", "advance", "1", "--declined", "--outcome", "both"})) {
            Cli.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isIn(1, 2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("kith: ").doesNotContain("unexpected");
        }
        assertThat(cli.run("intro", "Ana", "Ana Lima").err()).contains("two different people");
        assertThat(cli.run("intro", "advance", "2").err()).contains("is declined and cannot move on");
        assertThat(cli.run("intro", "advance", "1", "--outcome", "x").err()).contains("not made yet");
        assertThat(cli.snapshot()).isEqualTo(before);
        ok(cli.run("intro", "advance", "1"));
        ok(cli.run("intro", "advance", "1"));
        before = cli.snapshot();
        assertThat(cli.run("intro", "advance", "1", "--declined").err()).contains("already made");
        assertThat(cli.run("intro", "advance", "1").err()).contains("needs an outcome");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
