package dev.kith.bench.cli;

import dev.kith.core.Dates;
import dev.kith.core.KithException;
import dev.kith.core.ValidationException;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code kith bench ...}: the bench jar's entry point, which the {@code kith} launcher starts when the
 * subcommand is {@code bench}. The root command takes kith's global options (the same names, so every
 * documented command line works as it did in one jar) and holds only {@code bench}; exit codes as
 * {@code kith}'s: 0 on success, 1 on a failure or a missed target, 2 on a usage error.
 */
@Command(name = "kith", subcommands = BenchCommand.class,
        description = "Kith's benchmarks; the kith launcher runs this for kith bench.")
public final class BenchMain implements Runnable {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--db", paramLabel = "PATH|JDBC_URL", scope = ScopeType.INHERIT,
            description = "SQLite file or jdbc:postgresql: URL (default: one generated under target/bench).")
    String db;

    @Option(names = "--book", paramLabel = "NAME", scope = ScopeType.INHERIT, defaultValue = "default",
            description = "The address book to use (default: ${DEFAULT-VALUE}).")
    String book;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
            description = "Fix today's date (default: 2026-11-24).")
    LocalDate today;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON for machines.")
    boolean json;

    @Option(names = "--demo", scope = ScopeType.INHERIT, hidden = true, description = "Not for benchmarks.")
    boolean demo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code args} (starting with {@code bench}, after any global options) and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: kith's date converter and exit codes; output to System.out and System.err. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.registerConverter(LocalDate.class, text -> {
            try {
                return Dates.parse("date", text);
            } catch (ValidationException e) {
                throw new CommandLine.TypeConversionException(e.getMessage().substring(e.field().length() + 2));
            }
        });
        cl.setExecutionExceptionHandler(BenchMain::failure);
        cl.setParameterExceptionHandler((e, ignored) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("kith: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return 2;
        });
        return cl;
    }

    /** One line on stderr: 2 for a bad argument (the option named), 1 for anything else. */
    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ValidationException v) {
            var option = cl.getCommandSpec().findOption(v.field().startsWith("-") ? v.field() : "--" + v.field());
            err.println("kith: " + (option != null ? option.longestName() : v.field()) + ": "
                    + v.getMessage().substring(v.field().length() + 2));
            return 2;
        }
        if (e instanceof KithException) {
            err.println("kith: " + e.getMessage());
            return 1;
        }
        err.println("kith: unexpected error: " + e);
        if (System.getenv("KITH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
