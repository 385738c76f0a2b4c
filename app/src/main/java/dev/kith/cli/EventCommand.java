package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.events.Attendee;
import dev.kith.events.CatchUp;
import dev.kith.events.Encounter;
import dev.kith.events.Event;
import dev.kith.events.Invitation;
import dev.kith.events.NewEvent;
import dev.kith.events.Prep;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith event add|list|show|followups|prep}: conferences and other events, and their yearly series. */
@Command(name = "event", description = "Add, list and show events; follow-ups after one, preparation before one.",
        mixinStandardHelpOptions = true,
        subcommands = {EventCommand.Add.class, EventCommand.ListEvents.class, EventCommand.Show.class,
                EventCommand.Followups.class, EventCommand.PrepEvent.class})
final class EventCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What {@code event show --json} prints. */
    record EventView(Event event, List<Attendee> attendees, List<Encounter> met) {
    }

    static String span(Event e) {
        return e.end().equals(e.start()) ? e.start().toString() : e.start() + " – " + e.end();
    }

    /** {@code kith event add NAME --start D [--end D] [--series S] [--location L] [--group G] [--goal G]}. */
    @Command(name = "add", description = "Add an event (one day, or --start to --end).", mixinStandardHelpOptions = true)
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The event, e.g. \"CIO Summit 2026\".")
        String name;

        @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
        LocalDate start;

        @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Last day (default: the start).")
        LocalDate end;

        @Option(names = "--series", paramLabel = "SERIES", description = "The yearly series, e.g. \"CIO Summit\".")
        String series;

        @Option(names = "--location", paramLabel = "L", description = "Where.")
        String location;

        @Option(names = "--group", paramLabel = "GROUP", description = "The group that runs it.")
        String group;

        @Option(names = "--goal", paramLabel = "GOAL", description = "A goal the event serves.")
        String goal;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            Event event = book.atomically(() -> {
                Long groupId = group == null ? null : book.groups().resolve(group).id();
                Long goalId = goal == null ? null : book.goals().resolve(goal).id();
                Event e = book.events().add(new NewEvent(name, start, end, series, location, groupId));
                if (goalId != null) {
                    book.goals().linkEvents(goalId, List.of(e.id()));
                }
                return e;
            });
            if (session.json()) {
                session.printJson(event);
            } else {
                session.out().println("Added " + event.name() + " (" + span(event) + ", #" + event.id() + ")");
            }
        }
    }

    /** {@code kith event list}. */
    @Command(name = "list", description = "List events, latest first.", mixinStandardHelpOptions = true)
    static final class ListEvents extends BookCommand {
        @Override
        void execute(Session session) {
            List<Event> events = session.book().events().list();
            if (session.json()) {
                session.printJson(events);
                return;
            }
            Table table = new Table("ID", "NAME", "WHEN", "SERIES", "LOCATION", "GROUP", "ME");
            for (Event e : events) {
                table.row("#" + e.id(), e.name(), span(e), e.series(), e.location(), e.group(),
                        e.myRole() == null ? "" : e.myRole().code());
            }
            table.print(session.out());
            session.out().println(events.size() + (events.size() == 1 ? " event" : " events"));
        }
    }

    /** {@code kith event show EVENT}. */
    @Command(name = "show", description = "Show an event: who attends and who I met there.", mixinStandardHelpOptions = true)
    static final class Show extends BookCommand {
        @Parameters(index = "0", paramLabel = "EVENT", description = "An id, the name or a unique prefix.")
        String which;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            Event e = book.events().resolve(which);
            EventView view = new EventView(e, book.events().attendees(e.id()), book.events().followups(e.id()));
            if (session.json()) {
                session.printJson(view);
                return;
            }
            PrintWriter out = session.out();
            out.println(e.name() + "  (#" + e.id() + ")");
            out.println("  When      " + span(e));
            if (e.series() != null) {
                out.println("  Series    " + e.series());
            }
            if (e.location() != null) {
                out.println("  Where     " + e.location());
            }
            if (e.group() != null) {
                out.println("  Group     " + e.group());
            }
            out.println("  Me        " + (e.myRole() == null ? "not attending" : e.myRole().code()));
            attendees(out, view.attendees());
            if (!view.met().isEmpty()) {
                out.println("Met there:");
                view.met().forEach(m -> out.println("  " + m.name() + " on " + m.metOn()));
            }
        }
    }

    static void attendees(PrintWriter out, List<Attendee> attendees) {
        out.println(attendees.isEmpty() ? "No contacts known to attend." : "Attending:");
        for (Attendee a : attendees) {
            out.println("  " + a.name() + " (#" + a.contactId() + ", " + a.role().code() + ")"
                    + (a.firstTimer() ? " [first-timer]" : "") + (a.alone() ? " [alone]" : ""));
        }
    }

    /** {@code kith event followups EVENT}. */
    @Command(name = "followups", description = "Everyone met at an event, and whether the follow-up went out.",
            mixinStandardHelpOptions = true)
    static final class Followups extends BookCommand {
        @Parameters(index = "0", paramLabel = "EVENT", description = "An id, the name or a unique prefix.")
        String which;

        @Override
        void execute(Session session) {
            Event e = session.book().events().resolve(which);
            List<Encounter> met = session.book().events().followups(e.id());
            if (session.json()) {
                session.printJson(met);
                return;
            }
            Table table = new Table("ID", "NAME", "MET", "FOLLOWED UP", "NOTE");
            for (Encounter m : met) {
                table.row("#" + m.contactId(), m.name(), m.metOn(), m.followedUp() ? "yes, " + m.followedUpOn() : "no",
                        m.note());
            }
            table.print(session.out());
            long open = met.stream().filter(m -> !m.followedUp()).count();
            session.out().println(met.size() + " met at " + e.name() + ", " + open + " still to follow up");
        }
    }

    /** {@code kith event prep EVENT}. */
    @Command(name = "prep", description = "Before an event: people to catch up with, who attends, whom to invite to dinner.",
            mixinStandardHelpOptions = true)
    static final class PrepEvent extends BookCommand {
        @Parameters(index = "0", paramLabel = "EVENT", description = "An id, the name or a unique prefix.")
        String which;

        @Override
        void execute(Session session) {
            Event e = session.book().events().resolve(which);
            Prep prep = session.book().events().prep(e.id());
            if (session.json()) {
                session.printJson(prep);
                return;
            }
            PrintWriter out = session.out();
            out.println("Preparing for " + e.name() + " (" + span(e) + ")");
            out.println(prep.catchUps().isEmpty() ? "Nobody met at earlier editions." : "Catch up again:");
            for (CatchUp c : prep.catchUps()) {
                out.println("  " + c.reason() + " (met " + c.metOn() + ")");
            }
            attendees(out, prep.attending());
            if (!prep.invitations().isEmpty()) {
                out.println("Invite to your group dinner:");
                for (Invitation i : prep.invitations()) {
                    out.println("  " + i.reason());
                    out.println("    Draft: " + i.draft());
                }
            }
        }
    }
}
