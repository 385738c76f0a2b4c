package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;

/** The conference, group and goal seed practices, each as a scenario with fixed dates, through the real CLI. */
class CliEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli.Result ok(Cli cli, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s: %s", List.of(args), r.err()).isZero();
        return r;
    }

    /** Last year's edition where I met Paul; this year's edition on 2026-11-20. */
    private static void conference(TestDatabase db) {
        Cli lastYear = new Cli(db, "2025-11-11");
        ok(lastYear, "event", "add", "CIO Summit 2025", "--start", "2025-11-10", "--end", "2025-11-12",
                "--series", "CIO Summit", "--location", "Boston");
        ok(lastYear, "met", "CIO Summit 2025", "Paul Cottey", "--email", "paul@acme.example", "--org", "Acme",
                "--note", "library automation");
        Cli now = new Cli(db, "2026-11-10");
        ok(now, "event", "add", "CIO Summit 2026", "--start", "2026-11-20", "--series", "cio summit");
    }

    @BothDatabases
    void metAtAnEventGivesAFollowUpTheNextMorningAndTheListShowsIt(TestDatabase db) throws Exception {
        Cli atEvent = new Cli(db, "2026-03-02");
        ok(atEvent, "event", "add", "Library Tech Day", "--start", "2026-03-02");
        ok(atEvent, "contacts", "add", "Lauren Hays", "--email", "lauren@ala.example");
        Cli.Result met = ok(atEvent, "met", "Library", "L. Hays", "--email", "LAUREN@ala.example", "--json");
        JsonNode json = JSON.readTree(met.out());
        assertThat(json.get("created").asBoolean()).as("matched by email").isFalse();
        assertThat(json.get("contact").get("name").asText()).isEqualTo("Lauren Hays");
        assertThat(json.get("encounter").get("kind").asText()).isEqualTo("event-encounter");
        assertThat(json.get("encounter").get("date").asText()).isEqualTo("2026-03-02");
        Cli.Result created = ok(atEvent, "met", "Library Tech Day", "Sam Ortiz", "--org", "Acme", "--title", "CTO");
        assertThat(created.out()).startsWith("Added Sam Ortiz");

        Cli nextMorning = new Cli(db, "2026-03-03");
        String plan = ok(nextMorning, "today", "--size", "10", "--json").out();
        assertThat(plan).contains("You met Lauren Hays at an event yesterday — “At Library Tech Day” — and haven't followed up",
                "\"kind\" : \"follow-up\"", "Sam Ortiz");
        assertThat(ok(nextMorning, "event", "followups", "Library Tech Day").out())
                .contains("Lauren Hays", "Sam Ortiz", "2 met at Library Tech Day, 2 still to follow up");

        ok(nextMorning, "log", "Lauren", "email", "--note", "Great to meet you");
        JsonNode list = JSON.readTree(ok(nextMorning, "event", "followups", "Library Tech Day", "--json").out());
        assertThat(list).hasSize(2);
        JsonNode lauren = list.get(0).get("name").asText().equals("Lauren Hays") ? list.get(0) : list.get(1);
        assertThat(lauren.get("followedUp").asBoolean()).isTrue();
        assertThat(lauren.get("followedUpOn").asText()).isEqualTo("2026-03-03");
        assertThat(ok(nextMorning, "today", "--size", "10").out()).doesNotContain("Lauren Hays at an event");
    }

    @BothDatabases
    void metAtThe2025EditionIsListedBeforeThe2026Edition(TestDatabase db) throws Exception {
        conference(db);
        Cli before = new Cli(db, "2026-11-10");
        assertThat(ok(before, "event", "prep", "CIO Summit 2026").out())
                .contains("You met Paul Cottey at CIO Summit 2025 — see if you can catch up again (met 2025-11-11)");
        String plan = ok(before, "today", "--size", "10", "--json").out();
        assertThat(plan).contains("\"kind\" : \"event-catch-up\"",
                "You met Paul Cottey at CIO Summit 2025 — see if you can catch up again (CIO Summit 2026 starts in 10 days");
        String id = JSON.readTree(plan).get("actions").findValues("id").stream().map(JsonNode::asText)
                .filter(i -> i.startsWith("event-catch-up:")).findFirst().orElseThrow();
        assertThat(id).endsWith(":2026-11-20");
        ok(before, "done", id, "--note", "Coffee at CIO Summit 2026?");
        assertThat(ok(before, "contacts", "show", "Paul Cottey").out()).contains("Coffee at CIO Summit 2026?");
        Cli tooEarly = new Cli(db, "2026-10-01");
        assertThat(ok(tooEarly, "today", "--size", "10").out()).doesNotContain("event-catch-up");
    }

    @BothDatabases
    void firstTimersAndPeopleAloneGetADinnerInvitation(TestDatabase db) throws Exception {
        conference(db);
        Cli cli = new Cli(db, "2026-11-10");
        ok(cli, "contacts", "add", "Ana Lima");
        ok(cli, "contacts", "add", "Bo Chen");
        ok(cli, "attend", "CIO Summit 2026");
        ok(cli, "attend", "CIO Summit 2026", "Ana Lima", "--first-timer", "--alone");
        ok(cli, "attend", "CIO Summit 2026", "Bo Chen", "--role", "speaker");
        JsonNode prep = JSON.readTree(ok(cli, "event", "prep", "CIO Summit 2026", "--json").out());
        assertThat(prep.get("attending")).hasSize(2);
        assertThat(prep.get("invitations")).hasSize(1);
        JsonNode invite = prep.get("invitations").get(0);
        assertThat(invite.get("name").asText()).isEqualTo("Ana Lima");
        assertThat(invite.get("draft").asText()).contains("Hi Ana", "dinner", "CIO Summit 2026");
        assertThat(ok(cli, "today", "--size", "10").out()).contains("Ana Lima is attending CIO Summit 2026 for the first time,"
                + " on their own");
        assertThat(ok(cli, "event", "show", "CIO Summit 2026").out()).contains("Me        attendee",
                "Bo Chen (#", "speaker)", "[first-timer] [alone]");
    }

    @BothDatabases
    void aMemberWhoJoinedThreeDaysAgoIsWelcomedWithAnEventAndTwoIntroductions(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-10");
        ok(cli, "group", "add", "ALA", "--kind", "association");
        ok(cli, "contacts", "add", "Nina New", "--interest", "cataloguing", "--tag", "metadata", "--location", "Chicago");
        ok(cli, "contacts", "add", "Cy Catalog", "--interest", "cataloguing", "--tag", "metadata");
        ok(cli, "contacts", "add", "Lou Local", "--location", "Chicago");
        ok(cli, "contacts", "add", "Zed Other");
        ok(cli, "join", "ALA", "Cy Catalog", "--since", "2024-01-01", "--role", "board");
        ok(cli, "join", "ALA", "Lou Local", "--since", "2025-01-01");
        ok(cli, "join", "ALA", "Zed Other", "--since", "2025-01-01");
        ok(cli, "join", "ALA", "Nina New", "--since", "2026-11-07");
        ok(cli, "event", "add", "ALA Midwinter 2027", "--start", "2027-01-20", "--group", "ALA", "--location", "Denver");
        String plan = ok(cli, "today", "--size", "10", "--json").out();
        assertThat(plan).contains("\"kind\" : \"welcome\"", "Nina New joined ALA 3 days ago; introduce them to"
                + " Cy Catalog (both interested in cataloguing; both tagged metadata) and Lou Local (both in Chicago)",
                "Hi Nina, welcome to ALA!", "Our next event is ALA Midwinter 2027 on 20 January 2027 in Denver — would you like to come along?",
                "introduce you to Cy Catalog, who shares your interest in cataloguing; and Lou Local, who is also in Chicago.");
        assertThat(plan).doesNotContain("Zed Other joined");
        String welcome = JSON.readTree(plan).get("actions").findValues("id").stream().map(JsonNode::asText)
                .filter(i -> i.startsWith("welcome:")).findFirst().orElseThrow();
        assertThat(welcome).endsWith(":2026-11-07");
        assertThat(ok(cli, "done", welcome).out()).contains("welcome with Nina New");
        assertThat(ok(cli, "contacts", "show", "Nina New").out()).contains("email", "[gave]", "Welcome to ALA");
        assertThat(ok(cli, "today", "--size", "10").out()).doesNotContain("Nina New joined");
        assertThat(ok(new Cli(db, "2026-11-25"), "today", "--size", "10").out()).doesNotContain("welcome");
        assertThat(ok(cli, "group", "show", "ALA").out()).contains("Nina New", "board", "4 members");
    }

    @BothDatabases
    void tenHoursWithNoOutcomeIsFlaggedAndTheReportAddsUp(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-10");
        ok(cli, "contacts", "add", "Ana Lima");
        ok(cli, "contacts", "add", "Bo Chen");
        ok(cli, "contacts", "add", "Cy Diaz");
        ok(cli, "goal", "add", "Find a co-author", "--keywords", "research", "--due", "2027-06-30");
        ok(cli, "goal", "add", "Speak at ALA");
        ok(cli, "log", "Ana", "meeting", "--minutes", "300", "--goal", "Find", "--asked");
        ok(cli, "log", "Ana,Bo", "lunch", "--minutes", "300", "--goal", "Find a co-author", "--gave");
        ok(cli, "log", "Bo", "coffee", "--goal", "Speak");
        ok(cli, "log", "Bo", "email", "--goal", "Speak", "--asked");
        ok(cli, "goal", "link", "Speak", "Cy");
        ok(cli, "goal", "outcome", "Speak", "Talk accepted", "--date", "2026-11-01");
        JsonNode all = JSON.readTree(ok(cli, "goal", "report", "--json").out());
        JsonNode coauthor = all.get(0);
        assertThat(coauthor.get("minutes").asInt()).isEqualTo(600);
        assertThat(coauthor.get("hours").asDouble()).isEqualTo(10.0);
        assertThat(coauthor.get("people")).hasSize(2);
        assertThat(coauthor.get("gave").asInt()).isEqualTo(1);
        assertThat(coauthor.get("asked").asInt()).isEqualTo(1);
        assertThat(coauthor.get("outcomesPerHour").asDouble()).isZero();
        assertThat(coauthor.get("worthIt").asText()).isEqualTo("worth it? 10.0 hours spent and no outcome yet");
        JsonNode talk = all.get(1);
        assertThat(talk.get("minutes").asInt()).as("coffee 45 + email 5 by default").isEqualTo(50);
        assertThat(talk.get("people")).hasSize(2);
        assertThat(talk.get("outcomes").get(0).get("text").asText()).isEqualTo("Talk accepted");
        assertThat(talk.get("outcomesPerHour").asDouble()).isEqualTo(1.2);
        assertThat(talk.get("worthIt").isNull()).isTrue();
        assertThat(ok(cli, "goal", "report").out()).contains("Find a co-author", "worth it?");
        assertThat(ok(cli, "goal", "report", "Speak").out()).contains("0.8 hours (50 minutes in 2 interactions)",
                "2026-11-01  Talk accepted");
    }

    @BothDatabases
    void contactsRelevantToAnActiveGoalRankHigherWithTheGoalInTheReason(TestDatabase db) throws Exception {
        Cli early = new Cli(db, "2026-01-01");
        ok(early, "contacts", "add", "Ana Lima", "--circle", "close", "--interest", "open research");
        ok(early, "contacts", "add", "Bo Chen", "--circle", "close");
        Cli cli = new Cli(db, "2026-11-10");
        String before = ok(cli, "today", "--size", "10").out();
        assertThat(before).doesNotContain("your goal");
        ok(cli, "goal", "add", "Find a co-author", "--keywords", "research");
        String after = ok(cli, "today", "--size", "10", "--json").out();
        assertThat(after).contains("it matters to your goal “Find a co-author”");
        List<String> order = JSON.readTree(after).findValues("name").stream().map(JsonNode::asText).toList();
        assertThat(order.indexOf("Ana Lima")).isLessThan(order.indexOf("Bo Chen"));
    }

    private static void rejected(Cli cli, int exitCode, String message, String... args) {
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s: %s", List.of(args), r.err()).isEqualTo(exitCode);
        assertThat(r.err()).as("%s", List.of(args)).contains(message);
        assertThat(cli.snapshot()).as("database after %s", List.of(args)).isEqualTo(before);
    }

    @BothDatabases
    void badInputNamesTheFieldAndWritesNothing(TestDatabase db) {
        conference(db);
        Cli cli = new Cli(db, "2026-11-10");
        ok(cli, "contacts", "add", "Bo Chen");
        ok(cli, "group", "add", "ALA", "--kind", "association");
        ok(cli, "goal", "add", "Find a co-author");
        rejected(cli, 1, "no event named 'Nope'", "met", "Nope", "Zoe New");
        rejected(cli, 1, "no event named 'Nope'", "attend", "Nope", "Bo");
        rejected(cli, 2, "--end: must not be before the start (2026-12-02), not 2026-12-01", "event", "add", "X",
                "--start", "2026-12-02", "--end", "2026-12-01");
        rejected(cli, 2, "'--start': '2026-02-30' is not a valid date", "event", "add", "X", "--start", "2026-02-30");
        rejected(cli, 2, "'--role': 'boss' is not one of member, volunteer, board, chair", "join", "ALA", "Bo",
                "--role", "boss");
        rejected(cli, 2, "'--role': 'vip' is not one of speaker, volunteer, attendee", "attend", "CIO Summit 2026", "Bo",
                "--role", "vip");
        rejected(cli, 2, "'--kind': 'club' is not one of association, alumni", "group", "add", "Chess", "--kind", "club");
        rejected(cli, 2, "--since: must not be in the future", "join", "ALA", "Bo", "--since", "2026-12-01");
        rejected(cli, 2, "NAME: an event named 'cio summit 2026' already exists", "event", "add", "cio summit 2026",
                "--start", "2026-11-20");
        rejected(cli, 2, "EVENT: CIO Summit 2026 starts on 2026-11-20", "met", "CIO Summit 2026", "Zoe New");
        rejected(cli, 2, "--email", "met", "CIO Summit 2025", "Zoe New", "--email", "not-an-email");
        rejected(cli, 1, "no goal named 'Nope'", "log", "Bo", "call", "--goal", "Nope");
        rejected(cli, 2, "--date: an outcome cannot be in the future", "goal", "outcome", "Find", "Done",
                "--date", "2026-12-01");
        rejected(cli, 1, "no group named 'Nope'", "event", "add", "Y", "--start", "2026-12-01", "--group", "Nope");
        rejected(cli, 1, "no contact named 'Zed'", "attend", "CIO Summit 2026", "Bo", "Zed");
    }
}
