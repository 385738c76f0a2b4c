package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;

/** {@code kith settings}: cadences per circle and the plan size reach Today, due, list and show. */
class CliSettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void aCircleCadenceChangesWhoIsDue(TestDatabase db) throws Exception {
        new Cli(db, "2026-01-05").run("contacts", "add", "Nora Network");
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("log", "Nora", "email", "--date", "2026-10-01");
        assertThat(JSON.readTree(cli.run("due", "--json").out())).as("54 days is within the default 90").isEmpty();

        var set = cli.run("settings", "cadence.network=30", "today.plan-size=5");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("cadence.network  30 days", "today.plan-size  5");

        JsonNode due = JSON.readTree(cli.run("due", "--json").out());
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("daysOverdue").asInt()).isEqualTo(24);
        assertThat(cli.run("today").out()).contains("Nora Network");
        JsonNode shown = JSON.readTree(cli.run("contacts", "show", "Nora", "--json").out());
        assertThat(shown.get("effectiveCadenceDays").asInt()).isEqualTo(30);
        assertThat(shown.get("nextContactDue").asText()).isEqualTo("2026-10-31");
        JsonNode listed = JSON.readTree(cli.run("contacts", "list", "--json").out());
        assertThat(listed.get(0).get("cadenceDays").asInt()).isEqualTo(30);

        assertThat(cli.run("settings", "cadence.network=").exitCode()).isZero();
        assertThat(JSON.readTree(cli.run("settings", "--json").out()).get("cadences").get("network").asInt())
                .as("an empty value goes back to the default").isEqualTo(90);
    }

    @BothDatabases
    void thePlanSizeSettingIsTheDefaultSize(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        for (String name : new String[] {"Ana Lima", "Bo Chen", "Cy Diaz", "Di Eng", "Ed Fox"}) {
            cli.run("contacts", "add", name);
            cli.run("log", name, "email", "--date", "2026-11-20", "--awaiting-reply");
        }
        assertThat(JSON.readTree(cli.run("today", "--json").out()).get("actions")).hasSize(3);
        cli.run("settings", "today.plan-size=4");
        assertThat(JSON.readTree(cli.run("today", "--json").out()).get("actions")).hasSize(4);
        assertThat(JSON.readTree(cli.run("today", "--json", "--size", "2").out()).get("actions")).hasSize(2);
    }

    @BothDatabases
    void badSettingsNameTheKeyAndChangeNothing(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima");
        var before = cli.snapshot();
        assertBad(cli.run("settings", "cadence.close=21", "cadence.friends=3"), "cadence.friends");
        assertBad(cli.run("settings", "cadence.close=21", "today.plan-size=11"), "today.plan-size", "between 1 and 10");
        assertBad(cli.run("settings", "cadence.close=0"), "cadence.close", "between 1 and 3650");
        assertBad(cli.run("settings", "cadence.close=21", "me=Nobody Known"), "me");
        assertBad(cli.run("settings", "cadence.close"), "KEY=VALUE");
        assertBad(cli.run("settings", "colour=blue"), "colour", "is not a setting");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    private static void assertBad(Cli.Result result, String... words) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains(words);
    }
}
