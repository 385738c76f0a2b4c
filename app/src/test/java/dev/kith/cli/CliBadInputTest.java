package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;

/** Each bad argument gives one clear message naming it, a non-zero exit code, and writes nothing. */
class CliBadInputTest {

    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example");
        cli.run("contacts", "add", "Ana Souza");
        cli.run("contacts", "add", "Bo Chen");
        return cli;
    }

    private static void rejected(Cli cli, int exitCode, String expectedMessage, String... args) {
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result result = cli.run(args);
        assertThat(result.exitCode()).as("exit code of %s: %s", List.of(args), result.err()).isEqualTo(exitCode);
        assertThat(result.err()).as("message of %s", List.of(args)).contains(expectedMessage);
        assertThat(result.out()).isEmpty();
        assertThat(cli.snapshot()).as("database after %s", List.of(args)).isEqualTo(before);
    }

    @BothDatabases
    void blankNameIsRejectedNamingTheArgument(TestDatabase db) {
        rejected(seeded(db), 2, "NAME: must not be blank", "contacts", "add", "   ");
    }

    @BothDatabases
    void impossibleDateIsRejectedNamingTheOption(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 2, "'--date': '2026-02-30' is not a valid date", "log", "Bo", "call", "--date", "2026-02-30");
        rejected(cli, 2, "'--first-met': 'yesterday' is not a valid date", "contacts", "add", "Cy Diaz",
                "--first-met", "yesterday");
        Cli.Result badToday = Cli.runRaw("--db", db.spec(), "--today", "2026-13-01", "contacts", "list");
        assertThat(badToday.exitCode()).isEqualTo(2);
        assertThat(badToday.err()).contains("'--today': '2026-13-01' is not a valid date");
    }

    @BothDatabases
    void unknownKindsAreRejectedListingTheChoices(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 2, "'lnch' is not one of meeting, lunch, coffee", "log", "Bo", "lnch");
        rejected(cli, 2, "'hired' is not one of new-job, promotion", "milestone", "Bo", "hired");
        rejected(cli, 2, "'friend' is not one of knows, colleague", "tie", "Bo", "Ana Lima", "friend");
        rejected(cli, 2, "'--circle': 'vip' is not one of inner, close, network, acquaintance",
                "contacts", "add", "Cy Diaz", "--circle", "vip");
    }

    @BothDatabases
    void unknownPersonIsAFailureNamingThem(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 1, "no contact named 'Zed'", "log", "Bo,Zed", "call");
        rejected(cli, 1, "no contact named 'Nobody'", "contacts", "add", "Cy Diaz", "--met-through", "Nobody");
        rejected(cli, 1, "no contact named 'Zed'", "contacts", "show", "Zed");
    }

    @BothDatabases
    void ambiguousPersonListsTheCandidates(TestDatabase db) {
        Cli cli = seeded(db);
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result result = cli.run("milestone", "Ana", "award");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("'Ana' is ambiguous", "Ana Lima (#", "Ana Souza (#");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void conflictingFlagsAreRejected(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 2, "--gave, --asked are mutually exclusive", "log", "Bo", "email", "--gave", "--asked");
        rejected(cli, 2, "--awaiting-reply: only a call, email or message can await a reply", "log", "Bo", "lunch",
                "--awaiting-reply");
        rejected(cli, 2, "--cadence: cannot both set and clear", "contacts", "edit", "Bo", "--cadence", "10",
                "--default-cadence");
        rejected(cli, 2, "a tie needs two different people", "tie", "Bo", "Bo Chen", "knows");
    }

    @BothDatabases
    void malformedValuesAreRejectedNamingTheOption(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 2, "--email: 'not-an-email' is not an email address", "contacts", "add", "Cy Diaz",
                "--email", "not-an-email");
        rejected(cli, 2, "--cadence: must be between 1 and 3650 days, not 0", "contacts", "add", "Cy Diaz",
                "--cadence", "0");
        rejected(cli, 2, "--minutes: must be between 0 and 1440", "log", "Bo", "call", "--minutes", "-5");
        rejected(cli, 2, "Unknown options: '--colour'", "contacts", "add", "Cy Diaz", "--colour", "red");
        rejected(cli, 2, "nothing to change", "contacts", "edit", "Bo");
    }

    @BothDatabases
    void aFailingMultiPersonLogWritesNothing(TestDatabase db) {
        Cli cli = seeded(db);
        rejected(cli, 1, "no contact named 'Zed'", "log", "Bo,Ana Lima,Zed", "meeting", "--note", "never stored");
    }

    @BothDatabases
    void duplicateTieIsRejected(TestDatabase db) {
        Cli cli = seeded(db);
        assertThat(cli.run("tie", "Bo", "Ana Lima", "knows").exitCode()).isZero();
        rejected(cli, 2, "this knows tie is already recorded", "tie", "Ana Lima", "Bo", "knows");
    }

    @BothDatabases
    void aNegativePlanWaitIsRejectedBeforeTheServerStarts(TestDatabase db) {
        rejected(seeded(db), 2, "plan-wait: must not be negative", "serve", "--port", "0", "--plan-wait", "-1");
    }

    @BothDatabases
    void aMaxUploadThatIsNoSizeIsRejectedBeforeTheServerStarts(TestDatabase db) {
        rejected(seeded(db), 2, "'8 gigs' is not a size", "serve", "--port", "0", "--max-upload", "8 gigs");
        rejected(seeded(db), 2, "'0' is not a size Kith takes", "serve", "--port", "0", "--max-upload", "0");
    }
}
