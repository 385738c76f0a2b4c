package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

/** {@code kith --book NAME export}: each format holds only that book, beside a full book in the same database. */
class CliExportIsolationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void everyExportFormatHoldsOnlyItsOwnBook(TestDatabase db) throws Exception {
        DemoBook.generate(Kith.open(db.database(), "alice", KithClock.fixed(LocalDate.of(2026, 11, 24))),
                DemoBook.SEED, DemoBook.MIN_PEOPLE);
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("--book", "bob", "contacts", "add", "Bea Ortiz").exitCode()).isZero();

        JsonNode alice = JSON.readTree(cli.run("--book", "alice", "export", "json").out());
        JsonNode bob = JSON.readTree(cli.run("--book", "bob", "export", "json").out());
        assertThat(alice.get("contacts").size()).isGreaterThanOrEqualTo(DemoBook.MIN_PEOPLE);
        assertThat(bob.get("contacts")).extracting(c -> c.get("name").asText()).containsExactly("Bea Ortiz");
        bob.fieldNames().forEachRemaining(section -> {
            if (bob.get(section).isArray() && !section.equals("contacts")) {
                assertThat(bob.get(section)).as("section " + section + " of bob's backup").isEmpty();
            }
        });

        String csv = cli.run("--book", "bob", "export", "csv").out();
        assertThat(csv.lines().skip(1)).singleElement().asString().contains("Bea Ortiz");
        assertThat(cli.run("--book", "alice", "export", "csv").out().lines().count()).isGreaterThan(DemoBook.MIN_PEOPLE);

        String vcard = cli.run("--book", "bob", "export", "vcard").out();
        assertThat(vcard.lines().filter(l -> l.startsWith("BEGIN:VCARD"))).hasSize(1);
        assertThat(vcard).contains("Bea Ortiz");
    }
}
