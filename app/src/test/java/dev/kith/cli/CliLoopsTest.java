package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loops that close: a referral answers the targets it matches, a path never repeats a person or asks
 * someone to introduce themselves, a role target finds who works there now, and ids are explicit.
 */
class CliLoopsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** ANA (close, many coffees) and MARCUS work at Hill University; BO at Acme; Ana and Bo are colleagues by tie. */
    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        ok(cli.run("contacts", "add", "Ana Lima", "--org", "Hill University", "--title", "Librarian"));
        ok(cli.run("contacts", "add", "Bo Chen", "--org", "Acme", "--title", "Head of Data"));
        ok(cli.run("contacts", "add", "Marcus Johnson", "--org", "Hill University", "--title", "Systems Librarian"));
        for (String date : List.of("2026-11-01", "2026-10-01", "2026-09-01")) {
            ok(cli.run("log", "Ana", "coffee", "--date", date));
            ok(cli.run("log", "Marcus", "coffee", "--date", date));
        }
        ok(cli.run("tie", "Ana", "Bo Chen", "colleague"));
        return cli;
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    @BothDatabases
    void aReferralMarksTheTargetItAnswersReferredAndTodayStopsAskingForIt(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        ok(cli.run("target", "add", "Ruth Adler", "--org", "Hill University", "--note", "she runs the press"));
        assertThat(ok(cli.run("today")).out()).as("before: ask for the introduction").contains("ask-intro:1");
        Cli.Result referral = ok(cli.run("referral", "Marcus", "--suggested", "Ruth Adler"));
        assertThat(referral.out()).contains("Added Ruth Adler", "met through Marcus Johnson",
                "Target #1 (Ruth Adler (Hill University)) is now referred");
        JsonNode target = JSON.readTree(ok(cli.run("--json", "target", "list")).out()).get(0);
        assertThat(target.get("status").asText()).isEqualTo("referred");
        assertThat(target.get("contactId").isNull()).as("linked to the new contact").isFalse();
        assertThat(target.get("organization").asText()).isEqualTo("Hill University");
        JsonNode ruth = JSON.readTree(ok(cli.run("--json", "contacts", "show", "Ruth Adler")).out());
        assertThat(ruth.toString()).as("the new contact got the target's organization").contains("Hill University");
        assertThat(ok(cli.run("target", "list")).out()).contains("referred");
        String today = ok(cli.run("today")).out();
        assertThat(today).doesNotContain("ask-intro:1").doesNotContain("introduce");
        String path = ok(cli.run("path", "Ruth Adler")).out();
        assertThat(path).contains("You know Ruth Adler directly").doesNotContain("ask Ruth Adler")
                .doesNotContain("Ruth Adler → Ruth Adler");
    }

    @BothDatabases
    void aReferralOfSomeoneAtATargetOrganizationAnswersIt(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        ok(cli.run("target", "add", "--org", "Globex"));
        ok(cli.run("target", "add", "--industry", "Higher education"));
        Cli.Result referral = ok(cli.run("--json", "referral", "Bo", "--suggested", "Gil Ortiz", "--org", "Globex"));
        JsonNode referred = JSON.readTree(referral.out()).get("referredTargets");
        assertThat(referred).extracting(t -> t.get("id").asLong()).containsExactly(1L);
        JsonNode list = JSON.readTree(ok(cli.run("--json", "target", "list")).out());
        assertThat(list).extracting(t -> t.get("status").asText()).containsExactly("referred", "open");
    }

    @BothDatabases
    void todayNeverAsksSomeoneToIntroduceThePersonTheyReferred(TestDatabase db) {
        Cli cli = seeded(db);
        ok(cli.run("referral", "Bo", "--suggested", "Gil Ortiz", "--org", "Globex"));
        ok(cli.run("target", "add", "Gil Ortiz", "--note", "he funds archives"));
        assertThat(ok(cli.run("path", "Gil Ortiz")).out()).contains("You know Gil Ortiz directly");
        assertThat(ok(cli.run("today")).out()).doesNotContain("ask-intro");
    }

    @BothDatabases
    void aPathNeverRepeatsAPerson(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        ok(cli.run("target", "add", "Ruth Adler", "--org", "Hill University"));
        ok(cli.run("contacts", "add", "Ruth Adler", "--org", "Hill University", "--met-through", "Marcus"));
        JsonNode paths = JSON.readTree(ok(cli.run("--json", "path", "Ruth Adler", "--k", "5")).out()).get("paths");
        assertThat(paths).isNotEmpty();
        for (JsonNode p : paths) {
            Set<String> seen = new HashSet<>();
            for (JsonNode hop : p.get("hops")) {
                assertThat(seen.add(hop.get("to").asText())).as(p.toString()).isTrue();
            }
        }
        assertThat(ok(cli.run("path", "Ruth Adler")).out()).contains("You know Ruth Adler directly")
                .doesNotContain("ask Ruth Adler");
    }

    @BothDatabases
    void aRoleTargetAtAnOrganizationFindsWhoWorksThereNow(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        ok(cli.run("target", "add", "--role", "dean", "--org", "Hill University"));
        Cli.Result path = ok(cli.run("path", "dean"));
        assertThat(path.out()).doesNotContain("No one in your book works at its organization")
                .contains("1. ask Ana Lima", "Ana Lima works at Hill University and can point you to its dean");
        JsonNode json = JSON.readTree(ok(cli.run("--json", "path", "dean", "--k", "5")).out());
        assertThat(json.get("paths")).extracting(p -> p.get("hops").get(p.get("hops").size() - 1).get("to").asText())
                .containsOnly("a dean at Hill University");
        assertThat(json.get("paths")).extracting(p -> p.get("hops").get(p.get("hops").size() - 1).get("from").asText())
                .containsOnly("Ana Lima", "Marcus Johnson");
    }

    @BothDatabases
    void numericIdsAreExplicit(TestDatabase db) {
        Cli cli = seeded(db);
        ok(cli.run("target", "add", "Zoe Quinn", "--org", "Globex"));
        ok(cli.run("target", "add", "Yan Berg", "--org", "Acme"));
        assertThat(ok(cli.run("path", "2")).out()).as("a bare number is a contact").startsWith("Paths to Bo Chen");
        assertThat(ok(cli.run("path", "--target", "2")).out()).startsWith("Paths to Yan Berg (Acme)");
        Cli.Result both = cli.run("path", "#2");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("'#2' is ambiguous", "target #2 Yan Berg (Acme)", "kith path --target 2",
                "contact #2 Bo Chen");
        Cli.Result none = cli.run("path", "9");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).startsWith("kith: no contact #9").doesNotContain("\n\n");
    }

    @BothDatabases
    void aPathToSomeoneInTheBookNeverAsksThemToIntroduceThemselves(TestDatabase db) {
        Cli cli = seeded(db);
        String out = ok(cli.run("path", "Ana")).out();
        assertThat(out).contains("You know Ana Lima directly (your tie: strength").doesNotContain("ask Ana Lima");
    }
}
