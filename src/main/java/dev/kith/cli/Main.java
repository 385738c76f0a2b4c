package dev.kith.cli;

import picocli.CommandLine;

/** The {@code kith} command: exit code 0 on success, 1 on a failure, 2 on a usage error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs kith with {@code args} and returns the exit code; output goes to System.out and System.err. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** A configured command line, for callers that redirect its output (tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KithCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(Errors::usage);
        Converters.register(cl);
        return cl;
    }
}
