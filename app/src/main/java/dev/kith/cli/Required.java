package dev.kith.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Required positional parameters of a command that also has subcommands ({@code log}, {@code milestone},
 * {@code tie}): picocli would demand them before a subcommand too, so they are optional to picocli and
 * checked here, with picocli's own message.
 */
final class Required {
    private Required() {
    }

    /** A usage error naming every label whose value is null. */
    static void check(CommandSpec spec, Object[] values, String... labels) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (values[i] == null) {
                missing.add("'" + labels[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter"
                    + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing));
        }
    }
}
