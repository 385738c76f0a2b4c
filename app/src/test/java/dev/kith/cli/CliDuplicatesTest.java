package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code kith contacts duplicates} lists what the web's Duplicates page shows, and a merge takes a pair off. */
class CliDuplicatesTest {
    @Test
    void likelyDuplicatesAreListedUntilMerged() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Cli cli = new Cli(db, "2026-11-24");
            cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example");
            cli.run("contacts", "add", "Ana M. Lima", "--email", "ANA@acme.example", "--duplicate-ok");
            cli.run("contacts", "add", "Bo Chen");

            var listed = cli.run("contacts", "duplicates");
            assertThat(listed.exitCode()).as(listed.err()).isZero();
            assertThat(listed.out()).contains("Ana Lima", "Ana M. Lima", "same email ana@acme.example",
                    "1 likely duplicate;").doesNotContain("Bo Chen");
            JsonNode pair = new ObjectMapper().readTree(cli.run("contacts", "duplicates", "--json").out()).get(0);
            assertThat(pair.get("aName").asText()).isEqualTo("Ana Lima");
            assertThat(pair.get("strong").asBoolean()).isTrue();

            assertThat(cli.run("contacts", "merge", "Ana Lima", "Ana M. Lima").exitCode()).isZero();
            assertThat(cli.run("contacts", "duplicates").out()).contains("0 likely duplicates");
        }
    }
}
