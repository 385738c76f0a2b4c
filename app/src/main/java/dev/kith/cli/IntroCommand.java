package dev.kith.cli;

import dev.kith.contacts.Contact;
import dev.kith.core.ValidationException;
import dev.kith.intros.Intro;
import dev.kith.intros.Intros;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kith intro A B [--why TEXT]} starts a double opt-in introduction; {@code kith intro list}
 * shows the open ones; {@code kith intro advance ID [--declined | --outcome TEXT]} moves one on;
 * {@code kith intro show ID} shows one with its steps and notes.
 */
@Command(name = "intro", description = "Run a double opt-in introduction: ask A, ask B, introduce, record the outcome.",
        mixinStandardHelpOptions = true,
        subcommands = {IntroCommand.ListIntros.class, IntroCommand.Advance.class, IntroCommand.Show.class})
final class IntroCommand extends BookCommand {
    @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two people to introduce (A is asked first).")
    List<String> people = new ArrayList<>();

    @Option(names = "--why", paramLabel = "TEXT", description = "Why they should meet; quoted in every note.")
    String why;

    @Override
    void execute(Session session) {
        if (people.size() != 2) {
            throw new ValidationException("NAME", "give the two people to introduce (or: list, advance ID, show ID)");
        }
        Contact a = session.book().contacts().resolve(people.get(0));
        Contact b = session.book().contacts().resolve(people.get(1));
        Intro intro = session.book().intros().start(a, b, why);
        print(session, intro, "Started introduction #" + intro.id() + ": first ask " + a.name() + ".");
    }

    static void print(Session session, Intro intro, String headline) {
        if (session.json()) {
            session.printJson(intro);
            return;
        }
        PrintWriter out = session.out();
        out.println(headline);
        Intro.Step last = intro.steps().get(intro.steps().size() - 1);
        out.println("Next: " + intro.next());
        if (last.note() != null) {
            out.println();
            out.println(last.note());
        }
    }

    /** {@code kith intro list [--all]}. */
    @Command(name = "list", description = "Open introductions (--all: every one).", mixinStandardHelpOptions = true)
    static final class ListIntros extends BookCommand {
        @Option(names = "--all", description = "Include closed and declined ones.")
        boolean all;

        @Override
        void execute(Session session) {
            List<Intro> intros = all ? session.book().intros().all() : session.book().intros().open();
            if (session.json()) {
                session.printJson(intros);
                return;
            }
            java.time.LocalDate today = session.book().clock().today();
            Table table = new Table("ID", "A", "B", "STATE", "SINCE", "NEXT");
            for (Intro i : intros) {
                table.row("#" + i.id(), i.aName(), i.bName(), i.status()
                                + (Intros.stalled(i, today) ? " (stalled)" : ""), i.updatedOn().toString(), i.next());
            }
            table.print(session.out());
            session.out().println(intros.size() + (intros.size() == 1 ? " introduction" : " introductions"));
        }
    }

    /** {@code kith intro advance ID [--declined | --outcome TEXT]}. */
    @Command(name = "advance", description = "Move an introduction on: the person asked agreed (or --declined);"
            + " once made, --outcome closes it.", mixinStandardHelpOptions = true)
    static final class Advance extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The introduction's number.")
        String id;

        @Option(names = "--declined", description = "The person asked said no.")
        boolean declined;

        @Option(names = "--outcome", paramLabel = "TEXT", description = "What came of a made introduction; closes it.")
        String outcome;

        @Override
        void execute(Session session) {
            Intro intro = session.book().intros().advance(Show.number(id), declined, outcome);
            print(session, intro, "Introduction #" + intro.id() + " of " + intro.aName() + " and " + intro.bName()
                    + " is now " + (intro.state() == dev.kith.intros.IntroState.ASKING_B ? "waiting for " + intro.bName()
                    : intro.status()) + ".");
        }
    }

    /** {@code kith intro show ID}. */
    @Command(name = "show", description = "Show an introduction with every step and note.", mixinStandardHelpOptions = true)
    static final class Show extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The introduction's number.")
        String id;

        static long number(String id) {
            String d = id.startsWith("#") ? id.substring(1) : id;
            if (!d.matches("\\d{1,18}")) {
                throw new ValidationException("ID", "expected an introduction number like 3, not '" + id + "'");
            }
            return Long.parseLong(d);
        }

        @Override
        void execute(Session session) {
            Intro intro = session.book().intros().get(number(id));
            if (session.json()) {
                session.printJson(intro);
                return;
            }
            PrintWriter out = session.out();
            out.println("Introduction #" + intro.id() + ": " + intro.aName() + " and " + intro.bName() + " — "
                    + intro.status() + (intro.why() == null ? "" : " — " + intro.why()));
            for (Intro.Step s : intro.steps()) {
                out.println("  " + s.date() + "  " + intro.describe(s) + (s.note() == null ? "" : "  " + s.note()));
            }
            out.println("Next: " + intro.next());
        }
    }
}
