package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;

/** {@code kith today}, {@code done}, {@code snooze}, {@code skip} and {@code due} through the real CLI. */
class CliTodayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli seeded(TestDatabase db) {
        Cli early = new Cli(db, "2026-01-05");
        early.run("contacts", "add", "Old Colleague", "--circle", "close");
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Lauren Hays");
        cli.run("contacts", "add", "Paul Cottey");
        cli.run("contacts", "add", "Quinn Private", "--do-not-contact");
        cli.run("log", "Lauren", "event-encounter", "--date", "2026-11-23", "--note", "ALA Annual");
        cli.run("log", "Paul", "email", "--date", "2026-11-20", "--awaiting-reply", "--note", "vendor question");
        cli.run("log", "Quinn", "email", "--date", "2026-11-20", "--awaiting-reply");
        cli.run("log", "Old", "email", "--date", "2026-08-01");
        return cli;
    }

    @BothDatabases
    void todayPrintsTheDocumentedJson(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        var result = cli.run("today", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode plan = JSON.readTree(result.out());
        assertThat(plan.get("date").asText()).isEqualTo("2026-11-24");
        assertThat(plan.get("streak").asInt()).isZero();
        assertThat(plan.get("actions")).hasSize(3);
        JsonNode first = plan.get("actions").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "kind", "people", "reason", "draft", "also");
        assertThat(first.get("people").get(0).fieldNames()).toIterable().containsExactly("id", "name");
        assertThat(result.out()).contains("You met Lauren Hays at an event yesterday — “ALA Annual” — and haven't followed up",
                "\"kind\" : \"reply\"", "\"kind\" : \"keep-in-touch\"").doesNotContain("Quinn");
        assertThat(JSON.readTree(cli.run("today", "--json", "--size", "1").out()).get("actions")).hasSize(1);
        assertThat(cli.run("today").out()).contains("1. ", "Why:", "Draft:", "kith done ID");
    }

    @BothDatabases
    void doneSnoozeAndSkipPersistAcrossDays(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        List<String> ids = ids(cli.run("today", "--json").out());
        String followUp = ids.stream().filter(i -> i.startsWith("follow-up:")).findFirst().orElseThrow();
        String reply = ids.stream().filter(i -> i.startsWith("reply:")).findFirst().orElseThrow();
        String keep = ids.stream().filter(i -> i.startsWith("keep-in-touch:")).findFirst().orElseThrow();

        var done = cli.run("done", followUp, "--note", "Nice to meet you");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.out()).contains("Done: follow-up with Lauren Hays. Streak: 1 day.");
        assertThat(cli.run("snooze", reply, "--until", "2026-11-27").exitCode()).isZero();
        assertThat(cli.run("skip", keep).out()).contains("Skipped " + keep + " for 30 days.");

        Cli tomorrow = new Cli(db, "2026-11-25");
        JsonNode next = JSON.readTree(tomorrow.run("today", "--json").out());
        assertThat(next.get("streak").asInt()).isEqualTo(1);
        assertThat(ids(next.toString())).doesNotContain(followUp, reply, keep);
        assertThat(ids(new Cli(db, "2026-11-27").run("today", "--json").out())).contains(reply).doesNotContain(keep);
        assertThat(cli.run("contacts", "show", "Lauren", "--json").out()).contains("Nice to meet you");
    }

    @BothDatabases
    void dueListsEveryoneOverdueMostOverdueFirst(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        new Cli(db, "2025-01-01").run("contacts", "add", "Very Overdue", "--circle", "network");
        JsonNode due = JSON.readTree(cli.run("due", "--json").out());
        assertThat(due).hasSize(2);
        assertThat(due.get(0).get("person").get("name").asText()).isEqualTo("Very Overdue");
        assertThat(due.get(1).get("person").get("name").asText()).isEqualTo("Old Colleague");
        assertThat(due.get(1).get("daysOverdue").asInt()).isEqualTo(85);
        assertThat(cli.run("due").out()).contains("Old Colleague", "85 days", "2 people overdue");
    }

    @BothDatabases
    void contactsShowIncludesTheExplainedStrength(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        JsonNode lauren = JSON.readTree(cli.run("contacts", "show", "Lauren", "--json").out());
        JsonNode strength = lauren.get("strength");
        assertThat(strength.get("total").asInt()).isPositive();
        assertThat(strength.get("parts")).hasSize(5);
        assertThat(strength.get("parts").get(0).get("name").asText()).isEqualTo("recency");
        assertThat(strength.get("parts").get(0).get("explanation").asText()).isEqualTo("last contact yesterday");
        assertThat(cli.run("contacts", "show", "Lauren").out()).contains("Strength:", "recency", "last contact yesterday");
    }

    @BothDatabases
    void badIdsDatesAndSizesAreRejectedAndWriteNothing(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        rejected(cli, 1, "no action 'reply:9999'", "done", "reply:9999");
        rejected(cli, 1, "no action 'nope'", "snooze", "nope", "--until", "2026-12-01");
        rejected(cli, 1, "no action 'nope'", "skip", "nope");
        String reply = ids(cli.run("today", "--json").out()).stream().filter(i -> i.startsWith("reply:"))
                .findFirst().orElseThrow();
        rejected(cli, 2, "--until: must be after today (2026-11-24)", "snooze", reply, "--until", "2026-11-24");
        rejected(cli, 2, "'--until': '2026-02-30' is not a valid date", "snooze", reply, "--until", "2026-02-30");
        rejected(cli, 2, "--size: must be between 1 and 10, not 11", "today", "--size", "11");
    }

    private static void rejected(Cli cli, int exitCode, String message, String... args) {
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.err()).contains(message);
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    private static List<String> ids(String json) throws Exception {
        return JSON.readTree(json).get("actions").findValues("id").stream().map(JsonNode::asText)
                .filter(s -> s.contains(":")).toList();
    }

    @BothDatabases
    void plansListsTheLunchAnInvitationPlannedAndCancelsIt(TestDatabase db) throws Exception {
        Cli early = new Cli(db, "2026-01-05");
        early.run("contacts", "add", "Ana Lima", "--circle", "inner");
        early.run("log", "Ana", "email", "--date", "2026-11-14");
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("plans").out()).contains("Nothing planned.");
        JsonNode ana = JSON.readTree(cli.run("today", "--json").out()).get("actions").get(0);
        assertThat(ana.get("kind").asText()).isEqualTo("lunch");
        assertThat(ana.get("also")).isEmpty();
        assertThat(cli.run("done", ana.get("id").asText()).exitCode()).isZero();
        var plans = cli.run("plans");
        assertThat(plans.out()).contains("2026-12-01", "lunch", "Ana Lima", "1 plan;");
        JsonNode json = JSON.readTree(cli.run("plans", "--json").out());
        long id = json.get(0).get("id").asLong();
        var cancel = cli.run("plans", "cancel", Long.toString(id));
        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(cancel.out()).contains("Cancelled the lunch with Ana Lima on 2026-12-01.");
        assertThat(cli.run("plans").out()).contains("Nothing planned.");
        var again = cli.run("plans", "cancel", Long.toString(id));
        assertThat(again.exitCode()).isNotZero();
        assertThat(ids(new Cli(db, "2026-12-02").run("today", "--json", "--size", "10").out()))
                .noneMatch(i -> i.startsWith("follow-up:"));
    }
}
