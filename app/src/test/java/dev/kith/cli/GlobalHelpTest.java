package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code kith --help} says where the book is by default as README and docs/cli.md do: $XDG_DATA_HOME included. */
class GlobalHelpTest {
    @Test
    void theDefaultDatabaseIsNamedInFull() {
        var result = Cli.runRaw("--help");
        assertThat(result.exitCode()).isZero();
        String help = result.out().replaceAll("\\s+", " ");
        assertThat(help).contains("$KITH_DB, else $XDG_DATA_HOME/kith/kith.db, else ~/.local/share/kith/kith.db");
    }
}
