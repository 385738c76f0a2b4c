package dev.kith.bench.cli;

import dev.kith.bench.TemporalLinkBench;
import dev.kith.core.KithException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code kith bench intros --graph FILE --temporal}: Kith's introduction scorer against Common
 * Neighbours, Adamic-Adar and Resource Allocation on a timestamped edge list (protocol: see
 * {@link TemporalLinkBench}).
 */
// plain words, no percent sign: picocli reads a description as a format string
@Command(name = "intros", description = "Temporal link prediction: Kith's introduction scorer vs CN, Adamic-Adar and"
        + " Resource Allocation (train on the first 80 percent of time, predict first contacts in the rest).",
        mixinStandardHelpOptions = true)
final class BenchIntros implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--graph", required = true, paramLabel = "FILE", description = "Edge list: 'a b time' per line.")
    Path graph;

    @Option(names = "--temporal", required = true, description = "Split by time (the only protocol for now).")
    boolean temporal;

    @Override
    public Integer call() {
        if (!Files.isReadable(graph)) {
            throw new dev.kith.core.ValidationException("graph", "cannot read " + graph);
        }
        if (!temporal) {
            throw new KithException("only --temporal is supported");
        }
        BenchMain root = (BenchMain) spec.root().userObject();
        long start = System.nanoTime();
        TemporalLinkBench.Result r = TemporalLinkBench.run(graph);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Map<String, Object> methods = new LinkedHashMap<>();
            r.methods().forEach((m, x) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("hits@10", x.hits10());
                one.put("hits@20", x.hits20());
                one.put("hits@50", x.hits50());
                one.put("mrr", x.mrr());
                methods.put(m, one);
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("methods", methods);
            json.put("graph", graph.toString());
            json.put("nodes", r.nodes());
            json.put("trainEvents", r.trainEvents());
            json.put("trainPairs", r.trainPairs());
            json.put("queries", r.queries());
            json.put("seconds", Math.round(seconds * 100) / 100.0);
            out.println(Json.write(json));
        } else {
            out.printf("%s: %d nodes, %d training events (%d pairs), %d new pairs to predict%n", graph, r.nodes(),
                    r.trainEvents(), r.trainPairs(), r.queries());
            out.println("| method | Hits@10 | Hits@20 | Hits@50 | MRR |");
            out.println("|---|---|---|---|---|");
            r.methods().forEach((m, x) -> out.printf("| %s | %.4f | %.4f | %.4f | %.4f |%n", m, x.hits10(), x.hits20(),
                    x.hits50(), x.mrr()));
            TemporalLinkBench.Metrics kith = r.methods().get("kith");
            TemporalLinkBench.Metrics aa = r.methods().get("aa");
            out.printf("Kith Hits@20 / Adamic-Adar Hits@20 = %s (target >= 1.3)%n",
                    aa.hits20() == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", kith.hits20() / aa.hits20()));
        }
        out.flush();
        return 0;
    }
}
