package dev.kith.cli;

import dev.kith.network.IntroPath;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import dev.kith.team.ColleaguePath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith path TARGET | --target ID [--k 3] [--max-hops 4]}. */
@Command(name = "path", description = "The best introduction paths to a target or a contact: ranked by the"
        + " weakest tie, then length; the first hop is the person to ask.", mixinStandardHelpOptions = true)
final class PathCommand extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "A target (its person, organization,"
            + " industry or role, or #ID as kith target list shows it) or a contact (name or id).")
    String which;

    @Option(names = "--target", paramLabel = "ID", description = "The target with this id (kith target list).")
    Long targetId;

    @Option(names = "--k", paramLabel = "K", description = "How many paths (1-" + Network.MAX_K + "; default "
            + Network.DEFAULT_K + ").")
    int k = Network.DEFAULT_K;

    @Option(names = "--max-hops", paramLabel = "H", description = "The longest path (1-" + Network.MAX_HOPS
            + "; default " + Network.DEFAULT_HOPS + ").")
    int maxHops = Network.DEFAULT_HOPS;

    @Override
    void execute(Session session) {
        Network network = session.book().network();
        if ((which == null) == (targetId == null)) {
            throw new dev.kith.core.ValidationException("TARGET", "give a target or a contact, or --target ID");
        }
        Target target = targetId != null ? network.resolveTarget(targetId) : network.resolve(which);
        PathReport report = network.paths(target, k, maxHops);
        List<ColleaguePath> colleagues = session.book().colleaguePaths(target);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>(report.json());
            json.put("colleagues", colleagues.stream().map(ColleaguePath::json).toList());
            session.printJson(json);
            if (report.paths().isEmpty() && colleagues.isEmpty()) {
                spec.commandLine().getErr().println(report.message());
            }
            return;
        }
        var out = session.out();
        target = report.target();
        out.println("Paths to " + target.label() + (target.note() == null ? "" : " — " + target.note()));
        boolean inBook = target.kind() == dev.kith.network.TargetKind.PERSON && target.contactId() != null;
        List<IntroPath> introductions = report.paths().stream().filter(p -> !inBook || p.hops().size() > 1).toList();
        if (inBook) {
            // never "ask Kenji to introduce you to Kenji": they are in the book, so write to them yourself
            String tie = report.paths().stream().filter(p -> p.hops().size() == 1).findFirst()
                    .map(p -> " (" + p.first().reason() + ")").orElse("");
            out.println("You know " + target.name() + " directly" + tie + ": reach out yourself, no introduction"
                    + " needed." + (introductions.isEmpty() ? "" : " Or ask for an introduction:"));
        } else if (report.paths().isEmpty()) {
            out.println(report.message());
        }
        int i = 1;
        for (IntroPath p : introductions) {
            out.println(i++ + ". ask " + p.first().to() + " (weakest tie " + p.strength() + ", "
                    + p.hops().size() + (p.hops().size() == 1 ? " hop" : " hops") + ")");
            for (IntroPath.Hop h : p.hops()) {
                out.println("   " + h.from() + " → " + h.to() + ": " + h.reason());
            }
        }
        if (!colleagues.isEmpty()) {
            out.println("Through colleagues:");
            for (ColleaguePath c : colleagues) {
                out.println(i++ + ". " + c.sentence() + (c.organization() == null ? "" : " (" + c.organization()
                        + (c.title() == null ? "" : ", " + c.title()) + ")"));
            }
        }
    }
}
