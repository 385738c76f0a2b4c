package dev.kith.cli;

import dev.kith.groups.Group;
import dev.kith.groups.GroupKind;
import dev.kith.groups.Member;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith group add|list|show}: professional groups. */
@Command(name = "group", description = "Add, list and show professional groups.", mixinStandardHelpOptions = true,
        subcommands = {GroupCommand.Add.class, GroupCommand.ListGroups.class, GroupCommand.Show.class})
final class GroupCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What {@code group show --json} prints. */
    record GroupView(Group group, List<Member> members) {
    }

    /** {@code kith group add NAME --kind K}. */
    @Command(name = "add", description = "Add a group.", mixinStandardHelpOptions = true)
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The group, e.g. \"ALA\".")
        String name;

        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "association, alumni, meetup, online or volunteer.")
        GroupKind kind;

        @Override
        void execute(Session session) {
            Group g = session.book().groups().add(name, kind);
            if (session.json()) {
                session.printJson(g);
            } else {
                session.out().println("Added " + g.name() + " (" + g.kind().code() + ", #" + g.id() + ")");
            }
        }
    }

    /** {@code kith group list}. */
    @Command(name = "list", description = "List groups.", mixinStandardHelpOptions = true)
    static final class ListGroups extends BookCommand {
        @Override
        void execute(Session session) {
            List<Group> groups = session.book().groups().list();
            if (session.json()) {
                session.printJson(groups);
                return;
            }
            Table table = new Table("ID", "NAME", "KIND", "MEMBERS");
            groups.forEach(g -> table.row("#" + g.id(), g.name(), g.kind().code(), g.members()));
            table.print(session.out());
            session.out().println(groups.size() + (groups.size() == 1 ? " group" : " groups"));
        }
    }

    /** {@code kith group show GROUP}. */
    @Command(name = "show", description = "Show a group and its members, newest first.", mixinStandardHelpOptions = true)
    static final class Show extends BookCommand {
        @Parameters(index = "0", paramLabel = "GROUP", description = "An id, the name or a unique prefix.")
        String which;

        @Override
        void execute(Session session) {
            Group g = session.book().groups().resolve(which);
            GroupView view = new GroupView(g, session.book().groups().members(g.id()));
            if (session.json()) {
                session.printJson(view);
                return;
            }
            session.out().println(g.name() + "  (#" + g.id() + ", " + g.kind().code() + ")");
            Table table = new Table("ID", "NAME", "ROLE", "SINCE");
            view.members().forEach(m -> table.row("#" + m.contactId(), m.name(), m.role().code(), m.since()));
            table.print(session.out());
            session.out().println(view.members().size() + (view.members().size() == 1 ? " member" : " members"));
        }
    }
}
