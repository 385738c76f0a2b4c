package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A first day worth opening, from files a new user has (issue 18): an old address book
 * ({@code first-day/Contacts.vcf}) and a fresh LinkedIn export ({@code first-day/Connections.csv}), both
 * small and synthetic, and nothing else. Today then offers reconnections ranked and worded by what each
 * person shares with the user (organization, field, city, interest), a congratulation for the job change the
 * export revealed, and a first close circle to choose, which the command line accepts.
 */
class FirstDayExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DAY = "2026-12-01";

    /** The two fixture files copied out of the test resources, imported, and "me" described. */
    static Cli firstDay(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("kith-first-day");
        Cli cli = new Cli(db, DAY);
        for (String[] file : new String[][] {{"vcard", "Contacts.vcf"}, {"linkedin", "Connections.csv"}}) {
            Path copy = dir.resolve(file[1]);
            try (var in = FirstDayExportTest.class.getResourceAsStream("/first-day/" + file[1])) {
                Files.copy(in, copy);
            }
            var imported = cli.run("import", file[0], copy.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
        assertThat(cli.run("me", "Alex Quinn").exitCode()).isZero();
        var edited = cli.run("contacts", "edit", "Alex Quinn", "--title", "Senior Product Designer", "--org",
                "Northwind Studio", "--location", "Lisbon", "--interest", "accessible design systems");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        return cli;
    }

    private static List<JsonNode> actions(Cli cli, int size) throws Exception {
        var run = cli.run("today", "--json", "--size", String.valueOf(size));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(run.out()).get("actions").forEach(out::add);
        return out;
    }

    private static List<JsonNode> ofKind(List<JsonNode> actions, String kind) {
        return actions.stream().filter(a -> a.get("kind").asText().equals(kind)).toList();
    }

    private static String who(JsonNode action) {
        return action.get("people").get(0).get("name").asText();
    }

    @BothDatabases
    void reconnectionsRankByWhatIsSharedCongratulationsFollowJobChangesAndACircleIsOffered(TestDatabase db)
            throws Exception {
        Cli cli = firstDay(db);

        List<String> kinds = actions(cli, 3).stream().map(a -> a.get("kind").asText()).toList();
        assertThat(kinds).as("the default plan of three mixes the first day's practices")
                .containsExactlyInAnyOrder("choose-circle", "congratulate", "reconnect");

        List<JsonNode> plan = actions(cli, 10);
        List<JsonNode> reconnect = ofKind(plan, "reconnect");
        List<String> names = reconnect.stream().map(FirstDayExportTest::who).toList();
        // Diego: same organization and field; Ines: same city and a shared interest; Ana: same field
        assertThat(names.subList(0, 3)).containsExactly("Diego Ramos", "Ines Duarte", "Ana Costa");
        JsonNode diego = reconnect.get(0);
        assertThat(diego.get("reason").asText()).isEqualTo("You and Diego Ramos both work at Northwind Studio and"
                + " both work in product design; you connected in September 2020, 6 years ago, and haven't been in"
                + " touch since");
        assertThat(diego.get("draft").asText()).startsWith("Hi Diego, it's been a long time since we connected")
                .contains("both at Northwind Studio");
        JsonNode ines = reconnect.get(1);
        assertThat(ines.get("reason").asText()).contains("are both in Lisbon")
                .contains("accessible design systems").contains("connected in October 2019");
        assertThat(ines.get("draft").asText()).contains("How are things going at Fabrikam?")
                .contains("since we're both in Lisbon");
        assertThat(reconnect.get(2).get("reason").asText()).startsWith("You and Ana Costa both work in product design;"
                + " you connected in March 2019");
        assertThat(names).as("nothing shared: after those who share something, the oldest connection first")
                .containsSubsequence("Ana Costa", "Eva Lund", "Bruno Alves")
                .doesNotContain("Joana Lopes", "Marta Silva"); // connected this year; Marta is congratulated
        for (JsonNode a : reconnect.subList(3, reconnect.size())) {
            assertThat(a.get("reason").asText()).startsWith("You connected with ");
        }

        List<JsonNode> congratulate = ofKind(plan, "congratulate");
        assertThat(congratulate).as("LinkedIn names another company than the address book: a new job; a respelled"
                + " company (ACME, Inc. / Acme Corp) is none").hasSize(1);
        assertThat(who(congratulate.get(0))).isEqualTo("Marta Silva");
        assertThat(congratulate.get(0).get("reason").asText()).contains("started a new job");
        assertThat(congratulate.get(0).get("draft").asText())
                .isEqualTo("Hi Marta, congratulations on your new role as Staff Engineer at Globex! I hope the first"
                        + " weeks are going well.");

        List<JsonNode> circle = ofKind(plan, "choose-circle");
        assertThat(circle).hasSize(1);
        List<String> suggested = new ArrayList<>();
        circle.get(0).get("people").forEach(p -> suggested.add(p.get("name").asText()));
        assertThat(suggested).hasSize(6).startsWith("Diego Ramos", "Ines Duarte", "Ana Costa");
        assertThat(circle.get(0).get("reason").asText()).startsWith("Nobody is in your close circle yet")
                .contains("Diego Ramos (also at Northwind Studio)").contains("Ana Costa (also in product design)");
        assertThat(plan.indexOf(circle.get(0))).as("people suggested for the circle keep their own actions")
                .isGreaterThanOrEqualTo(0);

        var shown = cli.run("circle");
        assertThat(shown.out()).contains("Nobody is in your close circle yet").contains("Diego Ramos")
                .contains("kith done choose-circle:close");
        var chosen = cli.run("circle", "Diego Ramos", "Ana Costa");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("In your close circle now: Diego Ramos, Ana Costa");
        JsonNode ana = JSON.readTree(cli.run("contacts", "show", "Ana Costa", "--json").out());
        assertThat(ana.get("circle").asText()).isEqualTo("close");
        assertThat(ana.toString()).contains("\"effectiveCadenceDays\":30");
        assertThat(ofKind(actions(cli, 10), "choose-circle")).as("chosen: the action stops").isEmpty();
        assertThat(cli.run("circle").out()).contains("Nothing to suggest");
    }

    @BothDatabases
    void doneTakesEverySuggestionAndABadChoiceChangesNothing(TestDatabase db) throws Exception {
        Cli cli = firstDay(db);
        var bad = cli.run("circle", "Alex Quinn");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("you are always in your own circle");
        assertThat(cli.run("--json", "contacts", "list", "--circle", "close").out()).doesNotContain("Ramos");

        var done = cli.run("done", "choose-circle:close");
        assertThat(done.exitCode()).as(done.err()).isZero();
        String close = cli.run("contacts", "list", "--circle", "close").out();
        for (String name : List.of("Diego Ramos", "Ines Duarte", "Ana Costa")) {
            assertThat(close).contains(name);
        }
        assertThat(ofKind(actions(cli, 10), "choose-circle")).isEmpty();
        assertThat(ofKind(actions(cli, 10), "reconnect")).as("the rest of the first day stays").isNotEmpty();
    }
}
