package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Attendee;
import dev.kith.events.Event;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith attend EVENT [NAME...] [--role R] [--first-timer] [--alone]}: who goes to an event (no names: me). */
@Command(name = "attend", description = "Record who attends an event: me (no names) or contacts.",
        mixinStandardHelpOptions = true)
final class AttendCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "EVENT", description = "An id, the name or a unique prefix.")
    String which;

    @Parameters(index = "1..*", paramLabel = "NAME", description = "Contacts who attend (none: me).")
    List<String> names = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", description = "speaker, volunteer or attendee (default).")
    AttendanceRole role;

    @Option(names = "--first-timer", description = "Their first time at this event.")
    boolean firstTimer;

    @Option(names = "--alone", description = "Attending on their own.")
    boolean alone;

    /** What {@code attend --json} prints. */
    record Attendance(Event event, List<Attendee> attendees) {
    }

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (names.isEmpty() && (firstTimer || alone)) {
            throw new dev.kith.core.ValidationException("NAME", "--first-timer and --alone describe contacts; name them");
        }
        Attendance result = book.atomically(() -> {
            Event e = book.events().resolve(which);
            if (names.isEmpty()) {
                return new Attendance(book.events().attendMe(e.id(), role), book.events().attendees(e.id()));
            }
            List<Long> ids = new ArrayList<>();
            for (String n : names) {
                ids.add(book.contacts().resolve(n).id());
            }
            return new Attendance(e, book.events().attend(e.id(), ids, role, firstTimer, alone));
        });
        if (session.json()) {
            session.printJson(result);
        } else if (names.isEmpty()) {
            session.out().println("You attend " + result.event().name() + " as " + result.event().myRole().code());
        } else {
            session.out().println("Recorded " + names.size() + (names.size() == 1 ? " attendee" : " attendees") + " of "
                    + result.event().name() + "; " + result.attendees().size() + " known to attend");
        }
    }
}
