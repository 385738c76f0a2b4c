package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.journal.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith log NAME[,NAME...] KIND ...}: record an interaction. */
@Command(name = "log", description = "Log an interaction with one or more people; 'log edit ID' and 'log delete ID'"
        + " correct one (ids are shown by 'contacts show').", mixinStandardHelpOptions = true,
        subcommands = {LogEdit.class, LogDelete.class})
final class LogCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME[,NAME...]", description = "Who: names or ids, comma-separated.")
    String people;

    @Parameters(index = "1", paramLabel = "KIND",
            description = "meeting, lunch, coffee, call, email, message, note, event-encounter or other.")
    InteractionKind kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
    LocalDate date;

    @Option(names = "--minutes", paramLabel = "N", description = "How long it took.")
    Integer minutes;

    @Option(names = "--they-reached-out", description = "They started it (default: I did).")
    boolean theyReachedOut;

    @ArgGroup(exclusive = true)
    ExchangeGroup exchange;

    static final class ExchangeGroup {
        @Option(names = "--gave", required = true, description = "I gave something: help, an introduction, an article.")
        boolean gave;

        @Option(names = "--asked", required = true, description = "I asked for something.")
        boolean asked;
    }

    @Option(names = "--awaiting-reply", description = "An inbound call, email or message I still owe an answer.")
    boolean awaitingReply;

    @Option(names = "--note", paramLabel = "TEXT", description = "What it was about.")
    String note;

    @Option(names = "--goal", paramLabel = "GOAL", description = "A goal this interaction serves: its time counts.")
    String goal;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Long goalId = goal == null ? null : book.goals().resolve(goal).id();
        List<Long> ids = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (String name : people.split(",")) {
            if (name.isBlank()) {
                throw new dev.kith.core.ValidationException("NAME", "a name in the list is blank");
            }
            Contact c = book.contacts().resolve(name);
            ids.add(c.id());
            who.add(c.name());
        }
        LocalDate on = date == null ? book.clock().today() : date;
        String journal = "logged " + Words.article(kind.code()) + " with " + String.join(", ", who) + " on " + on;
        Interaction logged = book.journal().record(journal, Scope.contacts(ids), () -> {
            Exchange what = exchange == null ? Exchange.NEUTRAL : exchange.gave ? Exchange.GAVE : Exchange.ASKED;
            Initiator initiator = theyReachedOut || awaitingReply ? Initiator.THEM : Initiator.ME;
            Interaction stored = book.interactions().log(Interaction.draft(on,
                    kind, initiator, minutes, note, what, awaitingReply, ids));
            if (goalId != null) {
                book.goals().linkInteractions(goalId, List.of(stored.id()));
            }
            return stored;
        });
        if (session.json()) {
            session.printJson(logged);
        } else {
            List<String> names = book.contacts().getAll(logged.people()).stream().map(Contact::name).toList();
            session.out().println("Logged " + logged.kind().code() + " with " + String.join(", ", names) + " on "
                    + logged.date() + " (#" + logged.id() + ")");
        }
    }
}
