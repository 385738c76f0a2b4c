package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.network.Tie;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith tie NAME NAME KIND [--since D]}. */
@Command(name = "tie", description = "Record that two contacts are tied: "
        + "knows, colleague, met-through, referred-by, family or mentor (read: first KIND second).",
        mixinStandardHelpOptions = true, subcommands = {TieEdit.class, TieDelete.class})
final class TieCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The first person.")
    String first;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The second person.")
    String second;

    @Parameters(index = "2", paramLabel = "KIND", description = "knows, colleague, met-through, referred-by, family, mentor.")
    TieKind kind;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Since when.")
    LocalDate since;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Contact a = book.contacts().resolve(first);
        Contact b = book.contacts().resolve(second);
        if (a.id() == b.id()) {
            throw new dev.kith.core.ValidationException("OTHER", "a tie needs two different people, both are "
                    + a.name());
        }
        Tie tie = book.journal().record("recorded that " + a.name() + " " + TieWords.phrase(kind) + " " + b.name(),
                dev.kith.journal.Scope.contacts(a.id(), b.id()),
                () -> book.ties().add(a.id(), b.id(), kind, since, TieSource.MANUAL));
        if (session.json()) {
            session.printJson(tie);
        } else {
            session.out().println("Recorded: " + a.name() + " " + kind.code() + " " + b.name() + " (#" + tie.id() + ")");
        }
    }
}
