package dev.kith.cli;

import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithException;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for bad arguments (usage,
 * validation), 1 for anything else (unknown or ambiguous names, database trouble).
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ValidationException v) {
            err.println("kith: " + argumentName(cl.getCommandSpec(), v.field()) + ": " + v.reason());
            return USAGE;
        }
        Throwable database = databaseCause(e);
        if (e instanceof NotFoundException || e instanceof AmbiguousNameException || e instanceof KithException) {
            err.println("kith: " + firstLine(e.getMessage()));
        } else if (database != null) {
            err.println("kith: database error: " + firstLine(database.getMessage()));
        } else {
            err.println("kith: unexpected error: " + firstLine(e.toString()));
        }
        if (System.getenv("KITH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return FAILURE;
    }

    /** The driver's own exception behind {@code e} (SQL, JDBI, Flyway), or null when it is not a database failure. */
    private static Throwable databaseCause(Throwable e) {
        Throwable found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String type = t.getClass().getName();
            // by name: the CLI parses and renders, it does not depend on the database layer's types
            if (type.startsWith("java.sql.") || type.startsWith("org.jdbi.") || type.startsWith("org.flywaydb.")) {
                found = t;
            }
        }
        return found;
    }

    /** The first line of {@code message} (a driver's message can run to several), without a trailing colon. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    /**
     * picocli's parse errors: the message (for an unknown command, the closest commands), then a pointer
     * to help; exit code 2.
     */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String unknown = unknownCommand(e);
        if (unknown != null) {
            java.util.List<String> names = new java.util.ArrayList<>(cl.getSubcommands().keySet());
            String where = cl.getParent() == null ? "" : " of '" + cl.getCommandSpec().qualifiedName() + "'";
            err.println("kith: unknown command '" + unknown + "'" + where
                    + dev.kith.core.Suggest.didYouMean(unknown, names));
            err.println("Try '" + (cl.getParent() == null ? "kith help" : cl.getCommandSpec().qualifiedName() + " --help")
                    + "' for the list of commands.");
            return USAGE;
        }
        err.println("kith: " + firstLine(e.getMessage()));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /** The word a user typed where a command was expected, or null when the error is about something else. */
    private static String unknownCommand(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || e.getCommandLine().getSubcommands().isEmpty()) {
            return null;
        }
        java.util.List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
        boolean positional = parsed != null && !parsed.matchedPositionals().isEmpty();
        return positional || !e.getCommandLine().getCommandSpec().positionalParameters().isEmpty() ? null : unmatched.get(0);
    }

    /** The name a user typed for {@code field}: the option {@code --field} or the positional label. */
    static String argumentName(CommandSpec spec, String field) {
        OptionSpec option = spec.findOption("--" + field);
        if (option != null) {
            return option.longestName();
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = p.paramLabel().replaceAll("[<>.\\[\\]]", "");
            if (label.equalsIgnoreCase(field) || label.toLowerCase(java.util.Locale.ROOT).startsWith(field)) {
                return label;
            }
        }
        return field;
    }
}
