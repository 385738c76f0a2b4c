package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliOptionsTest {

    @Test
    void demoAndDbTogetherAreRefused(@TempDir Path tmp) {
        Path file = tmp.resolve("never-created.db");
        var result = Cli.runRaw("--demo", "--db", file.toString(), "contacts", "list");
        assertThat(result.exitCode()).as("conflicting flags are a usage error (docs/cli.md)").isEqualTo(2);
        assertThat(result.err()).contains("--demo and --db cannot be used together");
        assertThat(file).doesNotExist();
    }

    @Test
    void noSubcommandPrintsUsage() {
        var result = Cli.runRaw();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: kith", "contacts", "search");
    }

    @Test
    void unknownCommandIsAUsageError() {
        var result = Cli.runRaw("frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown command 'frobnicate'", "kith help");
    }

    @Test
    void globalOptionsWorkAfterTheSubcommand() {
        var result = Cli.runRaw("contacts", "list", "--demo", "--json", "--today", "2026-11-24");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("[");
    }
}
