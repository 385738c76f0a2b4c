package dev.kith.bench.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kith's engine agrees with JGraphT (BFS and bidirectional Dijkstra) on public data sets, and with Neo4j on a small graph. */
class PathBenchTest {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void agreesWithJGraphTOnEgoFacebook() {
        PathBenchReport report = run(GraphFiles.snap(DataSets.small("ego-facebook.txt.gz"), false), 500, "jgrapht");
        assertThat(report.mismatches()).isZero();
        assertThat(report.engines()).containsKeys("kith", "jgrapht", "jgrapht-bidi");
        assertThat(report.engines().get("kith").bytesPerEdge()).isLessThanOrEqualTo(12.0);
    }

    @Test
    void agreesWithJGraphTOnCaGrQc() {
        assertThat(run(GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true), 500, "jgrapht").mismatches()).isZero();
    }

    @Test
    void agreesWithJGraphTOnEpinions() {
        // JGraphT's BFS searches the whole graph per query, so few queries here; kith bench paths runs thousands.
        EdgeList epinions = GraphFiles.snap(DataSets.shared("graphs/soc-epinions.txt"), false);
        assertThat(run(epinions, 30, "jgrapht").mismatches()).isZero();
    }

    @Test
    void agreesWithJGraphTAndNeo4jOnAKroneckerGraph() {
        PathBenchReport report = run(Kronecker.generate(8, 16, Kronecker.SEED), 100, "jgrapht,neo4j");
        assertThat(report.engines()).containsKeys("neo4j");
        assertThat(report.mismatches()).isZero();
    }

    @Test
    void unknownBaselineIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baselines.create("networkx"))
                .hasMessageContaining("unknown engine \"networkx\"");
    }

    private static PathBenchReport run(EdgeList graph, int queries, String compare) {
        List<PathEngine> baselines = Baselines.create(compare);
        return new PathBench(4, 20, 20, Kronecker.SEED, false, QUIET).run(graph, queries, queries, baselines);
    }
}
