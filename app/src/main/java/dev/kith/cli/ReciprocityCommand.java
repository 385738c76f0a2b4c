package dev.kith.cli;

import dev.kith.reciprocity.Balance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code kith reciprocity}: the most lopsided give/ask balances of the last 12 months. */
@Command(name = "reciprocity", description = "Who you mostly ask and who you mostly give to (last 12 months).",
        mixinStandardHelpOptions = true)
final class ReciprocityCommand extends BookCommand {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many people (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void execute(Session session) {
        if (limit < 1) {
            throw new dev.kith.core.ValidationException("limit", "must be at least 1");
        }
        List<Balance> all = session.book().reciprocity().lopsided();
        List<Balance> shown = all.subList(0, Math.min(limit, all.size()));
        if (session.json()) {
            session.printJson(shown.stream().map(b -> new Row(b.contactId(), b.name(), b.gave(), b.asked(),
                    b.neutral(), b.lean(), b.onlyAsks())).toList());
            return;
        }
        Table table = new Table("ID", "NAME", "GAVE", "ASKED", "LEAN", "");
        for (Balance b : shown) {
            table.row("#" + b.contactId(), b.name(), String.valueOf(b.gave()), String.valueOf(b.asked()),
                    b.lean() > 0 ? "you take +" + b.lean() : b.lean() < 0 ? "you give +" + -b.lean() : "even",
                    b.onlyAsks() ? "only asks: give first" : "");
        }
        table.print(session.out());
    }

    /** The JSON shape of one balance. */
    record Row(long id, String name, int gave, int asked, int neutral, int lean, boolean onlyAsks) {
    }
}
