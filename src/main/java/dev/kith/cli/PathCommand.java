package dev.kith.cli;

import dev.kith.network.IntroPath;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            session.printJson(json(report));
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

    /** {@code {"target", "paths": [{"strength", "hops": [{"from", "to", "reason"}]}]}}, exactly. */
    static Map<String, Object> json(PathReport report) {
        List<Map<String, Object>> paths = new ArrayList<>();
        for (IntroPath p : report.paths()) {
            List<Map<String, Object>> hops = new ArrayList<>();
            for (IntroPath.Hop h : p.hops()) {
                Map<String, Object> hop = new LinkedHashMap<>();
                hop.put("from", h.from());
                hop.put("to", h.to());
                hop.put("reason", h.reason());
                hops.add(hop);
            }
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("strength", p.strength());
            path.put("hops", hops);
            paths.add(path);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", report.target().label());
        out.put("paths", paths);
        return out;
    }
}
