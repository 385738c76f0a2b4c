package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.journal.Scope;
import dev.kith.network.Tie;
import dev.kith.network.TieKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith tie edit ID [--kind K] [--since D | --no-since]}: correct a tie. */
@Command(name = "edit", description = "Correct a tie: its kind or since when.", mixinStandardHelpOptions = true)
final class TieEdit extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The tie's id, as 'contacts show' lists it.")
    long id;

    @Option(names = "--kind", paramLabel = "KIND", description = "knows, colleague, met-through, referred-by, family, mentor.")
    TieKind kind;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Since when.")
    LocalDate since;

    @Option(names = "--no-since", description = "Forget since when.")
    boolean noSince;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Tie was = book.ties().get(id);
        if (kind == null && since == null && !noSince) {
            throw new dev.kith.core.ValidationException("ID", "nothing to change: give at least one option, see --help");
        }
        String a = book.contacts().get(was.fromId()).name();
        String b = book.contacts().get(was.toId()).name();
        Tie tie = book.journal().record("edited the tie " + a + " " + TieWords.phrase(was.kind()) + " " + b,
                Scope.contacts(was.fromId(), was.toId()),
                () -> book.ties().edit(id, kind == null ? was.kind() : kind, noSince ? null : since == null ? was.since() : since));
        if (session.json()) {
            session.printJson(tie);
        } else {
            session.out().println("Updated: " + a + " " + TieWords.phrase(tie.kind()) + " " + b
                    + (tie.since() == null ? "" : " since " + tie.since()) + " (#" + tie.id() + ")");
        }
    }
}
