package dev.kith.cli;

import dev.kith.network.IntroPath;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith path TARGET [--k 3] [--max-hops 4]}. */
@Command(name = "path", description = "The best introduction paths to a target or a contact: ranked by the"
        + " weakest tie, then length; the first hop is the person to ask.", mixinStandardHelpOptions = true)
final class PathCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "A target (id, person, organization, industry, role) or a contact.")
    String which;

    @Option(names = "--k", paramLabel = "K", description = "How many paths (1-" + Network.MAX_K + "; default "
            + Network.DEFAULT_K + ").")
    int k = Network.DEFAULT_K;

    @Option(names = "--max-hops", paramLabel = "H", description = "The longest path (1-" + Network.MAX_HOPS
            + "; default " + Network.DEFAULT_HOPS + ").")
    int maxHops = Network.DEFAULT_HOPS;

    @Override
    void execute(Session session) {
        Network network = session.book().network();
        Target target = network.resolve(which);
        PathReport report = network.paths(target, k, maxHops);
        if (session.json()) {
            session.printJson(report.json());
            if (report.paths().isEmpty()) {
                spec.commandLine().getErr().println(report.message());
            }
            return;
        }
        var out = session.out();
        out.println("Paths to " + target.label() + (target.note() == null ? "" : " — " + target.note()));
        if (report.paths().isEmpty()) {
            out.println(report.message());
            return;
        }
        int i = 1;
        for (IntroPath p : report.paths()) {
            out.println(i++ + ". ask " + p.first().to() + " (weakest tie " + p.strength() + ", "
                    + p.hops().size() + (p.hops().size() == 1 ? " hop" : " hops") + ")");
            for (IntroPath.Hop h : p.hops()) {
                out.println("   " + h.from() + " → " + h.to() + ": " + h.reason());
            }
        }
    }
}
