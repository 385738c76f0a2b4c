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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code kith bench intros --graph FILE --temporal}: Kith's introduction model against Common
 * Neighbours, Adamic-Adar, Resource Allocation, preferential attachment, their time-decayed versions and an
 * activity baseline on a timestamped edge list (protocol: see
 * {@link TemporalLinkBench}).
 */
// plain words, no percent sign: picocli reads a description as a format string
@Command(name = "intros", description = "Temporal link prediction: Kith's introduction model vs CN, AA, RA, PA, their"
        + " time-decayed versions and an activity baseline (train on the first 80 percent of events, predict first"
        + " contacts in the rest).",
        mixinStandardHelpOptions = true)
final class BenchIntros implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--graph", required = true, paramLabel = "FILE", description = "Edge list: 'a b time' per line.")
    Path graph;

    @Option(names = "--temporal", required = true, description = "Split by time (the only protocol for now).")
    boolean temporal;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "" + TemporalLinkBench.DEFAULT_MAX_QUERIES,
            description = "Ask at most N queries: beyond, a seeded uniform sample of the new pairs, the same for every"
                    + " method (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    private static Object finite(double x) {
        return Double.isFinite(x) ? x : "inf";
    }

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
        if (maxQueries < 1) {
            throw new dev.kith.core.ValidationException("--max-queries", "must be at least 1");
        }
        TemporalLinkBench.Result r = TemporalLinkBench.run(graph, maxQueries);
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
                one.put("queries", x.queries());
                methods.put(m, one);
            });
            TemporalLinkBench.Comparison c = r.comparison();
            Map<String, Object> vs = new LinkedHashMap<>();
            vs.put("baseline", c.baseline());
            vs.put("hits@20 ratio", finite(c.ratio()));
            vs.put("ci95", List.of(finite(c.low()), finite(c.high())));
            vs.put("kithOnly", c.kithOnly());
            vs.put("baselineOnly", c.baselineOnly());
            vs.put("signTestP", c.p());
            Map<String, Object> fit = new LinkedHashMap<>();
            fit.put("halfLifeShare", r.fit().halfLifeShare());
            fit.put("lambda", Double.isNaN(r.fit().lambda()) ? "single feature" : r.fit().lambda());
            fit.put("validationHits@20", r.fit().validationHits20());
            fit.put("examples", r.fit().examples());
            fit.put("weights", r.fit().weights());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("methods", methods);
            json.put("kithVsBest", vs);
            json.put("fit", fit);
            json.put("graph", graph.toString());
            json.put("nodes", r.nodes());
            json.put("events", r.events());
            json.put("trainEvents", r.trainEvents());
            json.put("splitTime", r.splitTime());
            json.put("trainPairs", r.trainPairs());
            json.put("queries", r.queries());
            json.put("newPairs", r.newPairs());
            json.put("seconds", Math.round(seconds * 100) / 100.0);
            out.println(Json.write(json));
        } else {
            out.printf("%s: %d nodes, %d events; split at 80%% of events: time %d, %d training events (%d pairs),"
                    + " %d new pairs to predict%s%n", graph, r.nodes(), r.events(), r.splitTime(), r.trainEvents(),
                    r.trainPairs(), r.newPairs(), r.queries() < r.newPairs()
                            ? " (asked: a seeded sample of " + r.queries() + ", --max-queries)" : "");
            out.println("| method | Hits@10 | Hits@20 | Hits@50 | MRR | queries |");
            out.println("|---|---|---|---|---|---|");
            r.methods().forEach((m, x) -> out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %d |%n", m,
                    x.hits10(), x.hits20(), x.hits50(), x.mrr(), x.queries()));
            TemporalLinkBench.Comparison c = r.comparison();
            out.printf(Locale.ROOT, "Kith Hits@20 / best baseline (%s) = %.2f, bootstrap 95%% interval %.2f-%.2f;"
                    + " sign test: %d queries only Kith hits, %d only %s, p = %.3g (target: ratio >= 1.2, interval"
                    + " above 1)%n", c.baseline(), c.ratio(), c.low(), c.high(), c.kithOnly(), c.baselineOnly(),
                    c.baseline(), c.p());
            out.printf(Locale.ROOT, "Kith's fit: half-life %.4f of the training span, L2 %s, validation Hits@20 %.4f,"
                    + " %d examples; weights %s%n", r.fit().halfLifeShare(),
                    Double.isNaN(r.fit().lambda()) ? "none (one feature alone ranked validation best)"
                            : String.format(Locale.ROOT, "%.4g", r.fit().lambda()),
                    r.fit().validationHits20(), r.fit().examples(), r.fit().weights());
        }
        out.flush();
        return 0;
    }
}
