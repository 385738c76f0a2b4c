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
        if (e instanceof NotFoundException || e instanceof AmbiguousNameException || e instanceof KithException) {
            err.println("kith: " + e.getMessage());
            return FAILURE;
        }
        err.println("kith: unexpected error: " + e);
        if (System.getenv("KITH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return FAILURE;
    }

    /** picocli's parse errors: the message, then a pointer to help; exit code 2. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("kith: " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
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
