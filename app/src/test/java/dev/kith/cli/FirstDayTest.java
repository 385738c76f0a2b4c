package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A first day worth opening (issue 18): a book made only of a LinkedIn import (a generated
 * Connections.csv through the real importer) gets a full plan, each action with a reason and a draft;
 * a later export that reveals job changes brings congratulations into the plan.
 */
class FirstDayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CONNECTED = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final String[] FIRST = {"Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"};
    private static final String[] LAST = {"Lima", "Chen", "Diaz", "Okafor", "Berg", "Rossi", "Sato"};

    private static Path connections(Path dir, String name, LocalDate today, boolean moved) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Notes:", "\"Generated for a test\"", "",
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On"));
        for (int i = 0; i < 60; i++) {
            String company = moved && i % 20 == 0 ? "New Horizons Library" : "Library " + (char) ('A' + i % 7);
            lines.add(FIRST[i % FIRST.length] + "," + LAST[i % LAST.length] + i + ",https://www.linkedin.com/in/p" + i
                    + ",," + company + ",Librarian," + today.minusDays(30L + 97L * i).format(CONNECTED));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    @BothDatabases
    void aFreshLinkedInImportGetsAFullPlanThenCongratulationsForJobChanges(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("kith-first-day");
        LocalDate day = LocalDate.of(2026, 11, 24);
        Cli cli = new Cli(db, day.toString());
        var imported = cli.run("import", "linkedin", connections(dir, "Connections.csv", day, false).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        JsonNode plan = JSON.readTree(cli.run("today", "--json").out()).get("actions");
        assertThat(plan).as("a full plan on the first day").hasSize(3);
        List<String> firstKinds = new ArrayList<>();
        for (JsonNode a : plan) {
            firstKinds.add(a.get("kind").asText());
            if (a.get("kind").asText().equals("reconnect")) {
                assertThat(a.get("reason").asText()).startsWith("You connected with ").contains(" ago");
                assertThat(a.get("draft").asText()).startsWith("Hi ").contains("long time since we connected");
            }
            if (a.get("kind").asText().equals("choose-circle")) {
                assertThat(a.get("reason").asText()).as("no history: nobody is 'in touch most'")
                        .doesNotContain("in touch most").contains("(known since ");
            }
        }
        assertThat(firstKinds).as("no circle chosen yet: one action offers a first circle").contains("choose-circle")
                .contains("reconnect");
        assertThat(cli.run("today").out()).doesNotContain("Nothing to do today");

        Cli later = new Cli(db, day.plusDays(30).toString());
        var again = later.run("import", "linkedin", connections(dir, "Connections-later.csv", day.plusDays(30), true)
                .toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode next = JSON.readTree(later.run("today", "--json").out()).get("actions");
        List<String> kinds = new ArrayList<>();
        next.forEach(a -> kinds.add(a.get("kind").asText()));
        assertThat(kinds).as("the job changes the import revealed").contains("congratulate", "reconnect");
    }
}
