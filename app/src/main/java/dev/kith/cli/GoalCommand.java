package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.goals.Goal;
import dev.kith.goals.GoalReport;
import dev.kith.goals.Outcome;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith goal add|list|link|outcome|report|close|reopen}: networking goals and whether they pay off. */
@Command(name = "goal", description = "Networking goals: add, link people and events, record outcomes, report, close.",
        mixinStandardHelpOptions = true,
        subcommands = {GoalCommand.Add.class, GoalCommand.ListGoals.class, GoalCommand.Link.class,
                GoalCommand.RecordOutcome.class, GoalCommand.Report.class, GoalCommand.Close.class,
                GoalCommand.Reopen.class})
final class GoalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kith goal add TITLE [--keywords K...] [--due D]}. */
    @Command(name = "add", description = "Add a goal.", mixinStandardHelpOptions = true)
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "TITLE", description = "The goal, e.g. \"Find a co-author\".")
        String title;

        @Option(names = "--keywords", arity = "1..*", paramLabel = "K",
                description = "Words that make a contact relevant (tags, interests, title, organization, industry).")
        List<String> keywords = new ArrayList<>();

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "When it should be reached.")
        LocalDate due;

        @Override
        void execute(Session session) {
            Goal g = session.book().goals().add(title, keywords, due);
            if (session.json()) {
                session.printJson(g);
            } else {
                session.out().println("Added goal " + g.title() + " (#" + g.id() + ")");
            }
        }
    }

    /** {@code kith goal list}. */
    @Command(name = "list", description = "List goals.", mixinStandardHelpOptions = true)
    static final class ListGoals extends BookCommand {
        @Override
        void execute(Session session) {
            List<Goal> goals = session.book().goals().list();
            if (session.json()) {
                session.printJson(goals);
                return;
            }
            Table table = new Table("ID", "TITLE", "KEYWORDS", "DUE", "STATE");
            goals.forEach(g -> table.row("#" + g.id(), g.title(), String.join(", ", g.keywords()), g.due(), state(g)));
            table.print(session.out());
            session.out().println(goals.size() + (goals.size() == 1 ? " goal" : " goals"));
        }
    }

    /** "open", "achieved 2026-11-15" or "dropped 2026-11-15". */
    static String state(Goal g) {
        return g.closed() ? g.closedAs().code() + " " + g.closedOn() : "open";
    }

    /** {@code kith goal close GOAL [--dropped] [--note TEXT]}. */
    @Command(name = "close", description = "Close a goal as achieved (or dropped): it no longer ranks anyone"
            + " higher in Today.", mixinStandardHelpOptions = true)
    static final class Close extends BookCommand {
        @Parameters(index = "0", paramLabel = "GOAL", description = "An id, the title or a unique prefix.")
        String goal;

        @Option(names = "--dropped", description = "It was given up, not achieved.")
        boolean dropped;

        @Option(names = "--note", paramLabel = "TEXT", description = "How it ended.")
        String note;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            Goal g = book.atomically(() -> book.goals().close(book.goals().resolve(goal).id(),
                    dropped ? dev.kith.goals.GoalClosing.DROPPED : dev.kith.goals.GoalClosing.ACHIEVED, note));
            if (session.json()) {
                session.printJson(g);
            } else {
                session.out().println("Closed goal " + g.title() + " (#" + g.id() + ") as " + g.closedAs().code()
                        + " on " + g.closedOn());
            }
        }
    }

    /** {@code kith goal reopen GOAL}. */
    @Command(name = "reopen", description = "Open a closed goal again.", mixinStandardHelpOptions = true)
    static final class Reopen extends BookCommand {
        @Parameters(index = "0", paramLabel = "GOAL", description = "An id, the title or a unique prefix.")
        String goal;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            Goal g = book.atomically(() -> book.goals().reopen(book.goals().resolve(goal).id()));
            if (session.json()) {
                session.printJson(g);
            } else {
                session.out().println("Reopened goal " + g.title() + " (#" + g.id() + ")");
            }
        }
    }

    /** {@code kith goal link GOAL NAME... [--event E...]}. */
    @Command(name = "link", description = "Link contacts (and events) to a goal.", mixinStandardHelpOptions = true)
    static final class Link extends BookCommand {
        @Parameters(index = "0", paramLabel = "GOAL", description = "An id, the title or a unique prefix.")
        String goal;

        @Parameters(index = "1..*", paramLabel = "NAME", description = "Contacts who matter to it.")
        List<String> names = new ArrayList<>();

        @Option(names = "--event", paramLabel = "EVENT", description = "An event that serves it (repeatable).")
        List<String> events = new ArrayList<>();

        @Override
        void execute(Session session) {
            Kith book = session.book();
            if (names.isEmpty() && events.isEmpty()) {
                throw new dev.kith.core.ValidationException("NAME", "name at least one contact or --event");
            }
            GoalReport report = book.atomically(() -> {
                Goal g = book.goals().resolve(goal);
                List<Long> ids = new ArrayList<>();
                for (String n : names) {
                    ids.add(book.contacts().resolve(n).id());
                }
                List<Long> eventIds = new ArrayList<>();
                for (String e : events) {
                    eventIds.add(book.events().resolve(e).id());
                }
                book.goals().linkContacts(g.id(), ids);
                book.goals().linkEvents(g.id(), eventIds);
                return book.goals().report(g.id());
            });
            if (session.json()) {
                session.printJson(report);
            } else {
                session.out().println("Linked to " + report.goal().title() + ": " + Plural.of(report.people().size(),
                        "person") + ", " + Plural.of(report.events().size(), "event"));
            }
        }
    }

    /** {@code kith goal outcome GOAL TEXT [--date D]}. */
    @Command(name = "outcome", description = "Record what came of a goal.", mixinStandardHelpOptions = true)
    static final class RecordOutcome extends BookCommand {
        @Parameters(index = "0", paramLabel = "GOAL", description = "An id, the title or a unique prefix.")
        String goal;

        @Parameters(index = "1", paramLabel = "TEXT", description = "What came of it: a co-author found, a job offer.")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
        LocalDate date;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            Outcome o = book.atomically(() -> book.goals().outcome(book.goals().resolve(goal).id(), text, date));
            if (session.json()) {
                session.printJson(o);
            } else {
                session.out().println("Recorded outcome on " + o.date() + ": " + o.text());
            }
        }
    }

    /** {@code kith goal report [GOAL]}. */
    @Command(name = "report", description = "Time spent, people, gives and asks, outcomes per hour; flags goals"
            + " with time spent and no outcome.", mixinStandardHelpOptions = true)
    static final class Report extends BookCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "GOAL", description = "One goal (default: all).")
        String goal;

        @Override
        void execute(Session session) {
            Kith book = session.book();
            if (goal != null) {
                GoalReport r = book.goals().report(book.goals().resolve(goal).id());
                if (session.json()) {
                    session.printJson(r);
                } else {
                    print(session.out(), r);
                }
                return;
            }
            List<GoalReport> all = book.goals().report();
            if (session.json()) {
                session.printJson(all);
                return;
            }
            Table table = new Table("ID", "GOAL", "HOURS", "PEOPLE", "GAVE", "ASKED", "OUTCOMES", "PER HOUR", "FLAG");
            for (GoalReport r : all) {
                table.row("#" + r.goal().id(), r.goal().title(), r.hours(), r.people().size(), r.gave(), r.asked(),
                        r.outcomes().size(), r.outcomesPerHour() == null ? "-" : r.outcomesPerHour(),
                        r.worthIt() == null ? "" : "worth it?");
            }
            table.print(session.out());
        }

        private static void print(PrintWriter out, GoalReport r) {
            out.println(r.goal().title() + "  (#" + r.goal().id() + (r.goal().closed() ? ", " + state(r.goal())
                    + (r.goal().closedNote() == null ? "" : ": " + r.goal().closedNote()) : r.active() ? "" : ", past due") + ")");
            out.println("  Time      " + r.hours() + " hours (" + Plural.of(r.minutes(), "minute") + " in "
                    + Plural.of(r.interactions(), "interaction") + ")");
            out.println("  People    " + r.people().size() + (r.people().isEmpty() ? "" : ": "
                    + String.join(", ", r.people().stream().map(GoalReport.Participant::name).toList())));
            out.println("  Gave      " + r.gave() + ", asked " + r.asked());
            out.println("  Outcomes  " + r.outcomes().size() + (r.outcomesPerHour() == null ? ""
                    : " (" + r.outcomesPerHour() + " per hour)"));
            r.outcomes().forEach(o -> out.println("    " + o.date() + "  " + o.text()));
            if (r.worthIt() != null) {
                out.println("  Flag      " + r.worthIt());
            }
        }
    }
}
