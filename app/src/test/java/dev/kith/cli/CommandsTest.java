package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
    @Test
    void theSubcommandIsFoundPastRootOptionsAndTheirValues() {
        assertThat(Commands.subcommandName("--db", "x.db", "--today", "2026-11-24", "--json", "today")).isEqualTo("today");
        assertThat(Commands.subcommandName("--demo", "contacts", "list")).isEqualTo("contacts");
        assertThat(Commands.subcommandName("--db=x.db", "search", "ana")).isEqualTo("search");
        assertThat(Commands.subcommandName("--json")).isNull();
        assertThat(Commands.subcommandName("--help", "contacts")).isNull();
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndHelpBuildsThemAll() {
        CommandLine one = new CommandLine(new KithCommand());
        Commands.register(one, "--db", "x.db", "contacts", "list");
        assertThat(one.getSubcommands()).containsOnlyKeys("contacts");

        CommandLine all = new CommandLine(new KithCommand());
        Commands.register(all, "--help");
        assertThat(all.getSubcommands()).hasSize(Commands.ALL.size() + 1).containsKey("help");

        CommandLine unknown = new CommandLine(new KithCommand());
        Commands.register(unknown, "frobnicate");
        assertThat(unknown.getSubcommands()).hasSize(Commands.ALL.size() + 1);

        CommandLine help = new CommandLine(new KithCommand());
        Commands.register(help, "help", "path");
        assertThat(help.getSubcommands()).hasSize(Commands.ALL.size() + 1).containsKey("path");
    }
}
