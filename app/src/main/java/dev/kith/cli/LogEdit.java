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
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith log edit ID [--date D] [--kind K] [--note T] ...}: correct a logged interaction. */
@Command(name = "edit", description = "Correct a logged interaction: its date, kind, note, minutes, exchange or people.",
        mixinStandardHelpOptions = true)
final class LogEdit extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The interaction's id, as 'contacts show' lists it.")
    long id;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened.")
    LocalDate date;

    @Option(names = "--kind", paramLabel = "KIND", description = "meeting, lunch, coffee, call, email, message, note, ...")
    InteractionKind kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "What it was about (an empty text clears it).")
    String note;

    @Option(names = "--minutes", paramLabel = "N", description = "How long it took.")
    Integer minutes;

    @Option(names = "--exchange", paramLabel = "gave|asked|neutral", description = "What I gave or asked.")
    String exchange;

    @Option(names = "--with", paramLabel = "NAME[,NAME...]", description = "Who took part (replaces the people).")
    String with;

    @Option(names = "--awaiting-reply", negatable = true, description = "Whether I still owe them an answer.")
    Boolean awaitingReply;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Interaction was = book.interactions().get(id);
        List<Long> people = was.people();
        if (with != null) {
            people = new ArrayList<>();
            for (String name : with.split(",")) {
                if (!name.isBlank()) {
                    people.add(book.contacts().resolve(name).id());
                }
            }
        }
        if (date == null && kind == null && note == null && minutes == null && exchange == null && with == null
                && awaitingReply == null) {
            throw new dev.kith.core.ValidationException("ID", "nothing to change: give at least one option, see --help");
        }
        boolean awaiting = awaitingReply == null ? was.awaitingReply() : awaitingReply;
        Interaction changed = new Interaction(id, date == null ? was.date() : date, kind == null ? was.kind() : kind,
                awaiting ? Initiator.THEM : was.initiator(), minutes == null ? was.minutes() : minutes,
                note == null ? was.summary() : note,
                exchange == null ? was.exchange() : dev.kith.core.Coded.parse(Exchange.class, "exchange", exchange),
                awaiting, people);
        dev.kith.core.Limits.text("note", changed.summary(), dev.kith.core.Limits.LONG_TEXT);
        LinkedHashSet<Long> touched = new LinkedHashSet<>(was.people());
        touched.addAll(people);
        String names = names(book, was.people());
        Interaction edited = book.journal().record("edited the " + was.kind().code().replace('-', ' ') + " with "
                + names + " of " + was.date(), Scope.contacts(touched), () -> book.interactions().edit(changed));
        if (session.json()) {
            session.printJson(edited);
        } else {
            session.out().println("Updated " + edited.kind().code() + " with " + names(book, edited.people()) + " on "
                    + edited.date() + " (#" + edited.id() + ")");
        }
    }

    static String names(Kith book, List<Long> ids) {
        return String.join(", ", book.contacts().getAll(ids).stream().map(Contact::name).toList());
    }
}
