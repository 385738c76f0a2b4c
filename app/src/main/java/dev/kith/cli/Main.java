package dev.kith.cli;

import picocli.CommandLine;

/** The {@code kith} command: exit code 0 on success, 1 on a failure, 2 on a usage error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Loading SQLite's native library and JDBI's set-up cost tens of milliseconds: on the second core,
        // while picocli builds the command line
        Thread.ofPlatform().daemon().name("kith-db-warm-up").start(dev.kith.store.Database::warmUp);
        if (java.util.Arrays.asList(args).contains("--json")) {
            // Jackson's set-up takes tens of milliseconds; do it on the second core while the command reads
            Thread.ofPlatform().daemon().name("kith-json").start(Json::warmUp);
        }
        System.exit(run(args));
    }

    /** Runs kith with {@code args} and returns the exit code; output goes to System.out and System.err. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * A configured command line for running {@code args} (only the subcommand they name is built,
     * see {@link Commands}); with no arguments, one that knows every subcommand.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new KithCommand());
        Commands.register(cl, args);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(Errors::usage);
        Converters.register(cl);
        return cl;
    }
}
