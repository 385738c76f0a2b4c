package dev.kith.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command and the global options every subcommand inherits; subcommands are listed in {@link Commands}. */
@Command(name = "kith",
        mixinStandardHelpOptions = true,
        version = "kith 0.1.0",
        description = "Kith remembers the people you know and helps you keep in touch.")
final class KithCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH|JDBC_URL", scope = ScopeType.INHERIT,
            description = "SQLite file or jdbc:postgresql: URL (default: $KITH_DB, else $XDG_DATA_HOME/kith/kith.db,"
                    + " else ~/.local/share/kith/kith.db).")
    String db;

    @Option(names = "--book", paramLabel = "NAME", scope = ScopeType.INHERIT, defaultValue = "default",
            description = "The address book to use (default: ${DEFAULT-VALUE}).")
    String book;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
            description = "Fix today's date for all date logic (reproducible plans).")
    LocalDate today;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON for machines.")
    boolean json;

    @Option(names = "--demo", scope = ScopeType.INHERIT,
            description = "Use a freshly generated demo book; never touches your data.")
    boolean demo;

    @Option(names = "--create", scope = ScopeType.INHERIT,
            description = "Create what would otherwise be refused as missing: with --db, the database's folder (a typo is "
                    + "refused otherwise); with orgs, the organization.")
    boolean create;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
