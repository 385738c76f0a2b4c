package dev.kith.bench.paths;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code kith bench paths} measured: the graph, how many queries, how many answers disagreed
 * with Kith's (must be 0), and per engine the latency percentiles, throughput and memory.
 */
public record PathBenchReport(String graph, int nodes, long edges, int queries, @JsonProperty("max_hops") int maxHops,
        String pairs, Map<String, Integer> answers, int mismatches, Map<String, Engine> engines) {

    /** One engine's numbers; {@code bytes_per_edge} only where the engine can tell. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Engine(@JsonProperty("p50_us") double p50Micros, @JsonProperty("p99_us") double p99Micros,
            double qps, @JsonProperty("bytes_per_edge") Double bytesPerEdge, int queries,
            @JsonProperty("load_s") double loadSeconds, @JsonProperty("edges_scanned_per_query") Long edgesPerQuery) {
    }

    /** Whether Kith meets issue 6's targets against the baselines measured in this run. */
    public boolean meetsTargets() {
        Engine kith = engines.get("kith");
        if (mismatches != 0 || kith.p99Micros > 1000 || kith.bytesPerEdge > 12) {
            return false;
        }
        Engine neo4j = engines.get("neo4j");
        if (neo4j != null && kith.qps < 20 * neo4j.qps) {
            return false;
        }
        double jgrapht = Math.max(qps("jgrapht"), qps("jgrapht-bidi"));
        return jgrapht == 0 || kith.qps >= 5 * jgrapht;
    }

    private double qps(String name) {
        Engine e = engines.get(name);
        return e == null ? 0 : e.qps;
    }

    /** A Markdown table of the engines, with Kith's speed-up over each. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Graph %s: %,d nodes, %,d edges; %,d %s queries of up to %d hops; %d mismatches%n",
                graph, nodes, edges, queries, pairs, maxHops, mismatches));
        out.append("Kith's answers by hops: ").append(answers).append("\n\n");
        out.append("| engine | queries | p50 µs | p99 µs | queries/s | Kith × | bytes/edge | load s |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        double kithQps = engines.get("kith").qps;
        engines.forEach((name, e) -> out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %,.0f | %.1f | %s | %.1f |%n",
                name, e.queries, e.p50Micros, e.p99Micros, e.qps, kithQps / e.qps,
                e.bytesPerEdge == null ? "–" : String.format(Locale.ROOT, "%.2f", e.bytesPerEdge), e.loadSeconds)));
        Engine kith = engines.get("kith");
        if (kith.edgesPerQuery != null) {
            out.append(String.format(Locale.ROOT, "%nKith scanned %,d edges a query on average: %,.0f million edges a second.%n",
                    kith.edgesPerQuery, kith.edgesPerQuery * kith.qps / 1e6));
        }
        out.append(meetsTargets() ? "\nTargets met.\n" : "\nTargets NOT met.\n");
        return out.toString();
    }
}
