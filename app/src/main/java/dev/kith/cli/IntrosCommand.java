package dev.kith.cli;

import dev.kith.intros.Suggestion;
import dev.kith.intros.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code kith intros}: suggested introductions between contacts who do not know each other, with the common ground. */
@Command(name = "intros", description = "Suggest introductions between your contacts, with their common ground.",
        mixinStandardHelpOptions = true)
final class IntrosCommand extends BookCommand {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many pairs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void execute(Session session) {
        if (limit < 1 || limit > 1000) {
            throw new dev.kith.core.ValidationException("limit", "must be between 1 and 1000");
        }
        List<Suggestion> all = Suggestions.suggestFitting(session.book().book(), session.book().intros(), limit);
        if (session.json()) {
            session.printJson(all);
            return;
        }
        if (all.isEmpty()) {
            session.out().println("No introductions to suggest: add interests, tags and notes to your contacts.");
        }
        int i = 1;
        for (Suggestion s : all) {
            session.out().printf("%2d. %s (#%d) and %s (#%d)  score %.2f  (your strength: %d and %d)%n", i++, s.aName(),
                    s.aId(), s.bName(), s.bId(), s.score(), s.strengthA(), s.strengthB());
            for (String why : s.commonGround()) {
                session.out().println("      - " + why);
            }
        }
        if (!all.isEmpty()) {
            session.out().println("Start one: kith intro \"" + all.get(0).aName() + "\" \"" + all.get(0).bName()
                    + "\" --why \"...\"");
        }
    }
}
