package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

/** Closing and reopening a goal, and closing an ask that led to nobody, through the real CLI. */
class CliGoalsAndAsksTest {
    private static Cli.Result ok(Cli cli, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s: %s", List.of(args), r.err()).isZero();
        return r;
    }

    @BothDatabases
    void aGoalClosesAsAchievedOrDroppedAndReopens(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-15");
        ok(cli, "goal", "add", "Find a co-author", "--keywords", "research");
        ok(cli, "goal", "add", "Speak at ALA");
        assertThat(ok(cli, "goal", "close", "Find a co", "--note", "Ana agreed").out())
                .isEqualTo("Closed goal Find a co-author (#1) as achieved on 2026-11-15\n");
        assertThat(ok(cli, "goal", "close", "#2", "--dropped").out()).contains("as dropped on 2026-11-15");
        String list = ok(cli, "goal", "list").out();
        assertThat(list).contains("achieved 2026-11-15", "dropped 2026-11-15");
        assertThat(ok(cli, "goal", "report", "1").out()).contains("achieved 2026-11-15: Ana agreed");

        Cli.Result again = cli.run("goal", "close", "1");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("already closed on 2026-11-15");

        assertThat(ok(cli, "goal", "reopen", "1").out()).isEqualTo("Reopened goal Find a co-author (#1)\n");
        assertThat(ok(cli, "goal", "list").out()).contains("open");
        assertThat(ok(cli, "goal", "list", "--json").out()).contains("\"closedAs\" : null");
    }

    @BothDatabases
    void anAskThatLedToNobodyIsClosed(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-15");
        ok(cli, "contacts", "add", "Ana Lima");
        ok(cli, "ask", "Ana", "--for", "fundraising");
        assertThat(ok(cli, "ask", "close", "#1").out())
                .isEqualTo("Closed ask #1 to Ana Lima about fundraising: nothing came of it\n");
        assertThat(ok(cli, "ask", "list").out()).contains("0 open asks");
        assertThat(ok(cli, "ask", "list", "--all").out()).contains("nothing came of it (2026-11-15)");
        Cli.Result twice = cli.run("ask", "close", "1");
        assertThat(twice.exitCode()).isNotZero();
        assertThat(twice.err()).contains("already closed");
        assertThat(cli.run("ask", "close", "fundraising").err()).contains("not an ask id");
    }
}
