package dev.kith.cli;

import dev.kith.network.Breadth;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code kith breadth}. */
@Command(name = "breadth", description = "The mix of industries, organizations and circles of your active contacts,"
        + " and where your network is narrow.", mixinStandardHelpOptions = true)
final class BreadthCommand extends BookCommand {
    @Override
    void execute(Session session) {
        Breadth.Report r = session.book().network().breadth().report();
        if (session.json()) {
            session.printJson(r);
            return;
        }
        var out = session.out();
        out.println(r.contacts() + " active contacts");
        section(session, "INDUSTRY", r.industries(), r.unknownIndustry());
        section(session, "ORGANIZATION", r.organizations(), r.unknownOrganization());
        section(session, "CIRCLE", r.circles(), 0);
        if (r.narrow().isEmpty()) {
            out.println("No narrow spots found.");
        } else {
            out.println("Where it is narrow:");
            r.narrow().forEach(n -> out.println("- " + n));
        }
    }

    private static void section(Session session, String title, List<Breadth.Share> shares, int unknown) {
        Table table = new Table(title, "CONTACTS", "SHARE");
        for (Breadth.Share s : shares) {
            table.row(s.name(), s.count(), String.format(Locale.ROOT, "%.1f%%", s.share()));
        }
        if (unknown > 0) {
            table.row("(unknown)", unknown, "");
        }
        session.out().println();
        table.print(session.out());
    }
}
