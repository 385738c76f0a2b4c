package dev.kith.bench.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.network.graph.CompactGraph;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kith's engines agree with JGraphT (its bidirectional BFS on the compact graph, bidirectional Dijkstra
 * and one-sided BFS) and Neo4j (Cypher and core API) on public data sets, every path checked edge by
 * edge; the checker catches wrong answers; the k-best row returns the widest path first.
 */
class PathBenchTest {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void agreesWithJGraphTOnEgoFacebook() {
        PathBenchReport report = run(GraphFiles.snap(DataSets.small("ego-facebook.txt.gz"), false), 500, "jgrapht,jgrapht-bfs");
        assertThat(report.mismatches()).isZero();
        assertThat(report.invalid()).isZero();
        assertThat(report.engines()).containsKeys("kith", "kith-paths", "jgrapht-bibfs", "jgrapht-bidijkstra", "jgrapht-bfs");
        assertThat(report.engines().get("kith").bytesPerEdge()).isLessThanOrEqualTo(12.0);
        PathBenchReport.Engine bibfs = report.engines().get("jgrapht-bibfs");
        assertThat(bibfs.queries()).isEqualTo(500);
        assertThat(bibfs.ratioLow()).isLessThanOrEqualTo(bibfs.ratio());
        assertThat(bibfs.ratioHigh()).isGreaterThanOrEqualTo(bibfs.ratio());
        assertThat(report.engines().get("kith-paths").ratio()).isNull();
    }

    @Test
    void everyEngineWarmsUpForAtLeastTheWarmUpTime() {
        EdgeList graph = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        PathBenchReport report = new PathBench(4, 20, 0.3, 2, Kronecker.SEED, false, QUIET)
                .run(graph, 50, Baselines.create("jgrapht-bibfs"));
        assertThat(report.warmupSeconds()).isEqualTo(0.3);
        // 20 queries take well under a millisecond on ca-GrQc, so the time, not the count, ends each warm-up.
        assertThat(report.engines().get("kith").warmupQueries()).isGreaterThan(20);
        assertThat(report.engines().get("jgrapht-bibfs").warmupQueries()).isGreaterThan(20);
        assertThat(report.engines().values()).allSatisfy(e -> assertThat(e.warmupQueries() % 20).isZero());
        assertThat(report.mismatches()).isZero();
    }

    @Test
    void agreesWithJGraphTOnCaGrQc() {
        PathBenchReport report = run(GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true), 500, "jgrapht");
        assertThat(report.mismatches()).isZero();
        assertThat(report.invalid()).isZero();
    }

    @Test
    void agreesWithJGraphTAndNeo4jOnAKroneckerGraph() {
        PathBenchReport report = run(Kronecker.generate(8, 16, Kronecker.SEED), 100, "jgrapht,neo4j");
        assertThat(report.engines()).containsKeys("neo4j-cypher", "neo4j-core");
        assertThat(report.mismatches()).isZero();
        assertThat(report.invalid()).isZero();
    }

    @Test
    void theCheckerRejectsWrongPaths() {
        // 0-1-2-3 and 0-4-3: a square with a tail
        CompactGraph g = CompactGraph.builder(5).addEdge(0, 1, 50, 0).addEdge(1, 2, 50, 0).addEdge(2, 3, 50, 0)
                .addEdge(0, 4, 50, 0).addEdge(4, 3, 50, 0).build();
        assertThat(PathCheck.problem(g, new int[][] {{0, 4, 3}}, 0, 3, 4, true, 1)).isNull();
        assertThat(PathCheck.problem(g, new int[][] {{0, 2, 3}}, 0, 3, 4, true, 1)).contains("no edge 0-2");
        assertThat(PathCheck.problem(g, new int[][] {{0, 1, 2}}, 0, 3, 4, true, 1)).contains("does not run");
        assertThat(PathCheck.problem(g, new int[][] {{0, 1, 2, 3}}, 0, 3, 2, true, 1)).contains("over the bound");
        assertThat(PathCheck.problem(g, new int[][] {{0, 4, 0, 4, 3}}, 0, 3, 4, true, 1)).contains("repeats");
        assertThat(PathCheck.problem(g, new int[][] {{0, 4, 3}, {0, 4, 3}}, 0, 3, 4, false, 3)).contains("twice");
        assertThat(PathCheck.problem(g, new int[][] {{0, 4, 3}, {0, 1, 2, 3}}, 0, 3, 4, true, 1)).contains("at most 1");
    }

    @Test
    void theKBestRowFindsTheWidestPathFirst() {
        EdgeList graph = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        KithPathsEngine engine = new KithPathsEngine();
        engine.load(graph);
        CompactGraph weighted = KithPathsEngine.weighted(graph);
        Queries pairs = Queries.generate(graph.toCompact(), 200, 3, 7, Queries.Kind.WALK);
        for (int q = 0; q < pairs.size(); q++) {
            int s = pairs.sources()[q];
            int t = pairs.targets()[q];
            int[][] paths = engine.paths(s, t, 3);
            assertThat(paths).isNotEmpty();
            assertThat(weakest(paths[0])).as("query %d", q).isEqualTo(widest(weighted, s, t, 3));
        }
    }

    @Test
    void everyAnswerOfThePassTimedInBlocksIsCheckedToo() {
        EdgeList graph = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        // One round, no warm-up: the slice is answered one query at a time first, then in blocks; this
        // engine answers right the first time it is asked a pair and wrong the second time.
        PathEngine secondAnswerWrong = new PathEngine() {
            private final KithEngine kith = new KithEngine();
            private final java.util.Map<Long, Integer> asked = new java.util.HashMap<>();

            @Override
            public String name() {
                return "jgrapht-second-answer-wrong";
            }

            @Override
            public void load(EdgeList edges) {
                kith.load(edges);
            }

            @Override
            public int[][] paths(int source, int target, int maxHops) {
                if (asked.merge(((long) source << 32) | target, 1, Integer::sum) == 2) {
                    return new int[][] {{source, target, source, target}};
                }
                return kith.paths(source, target, maxHops);
            }
        };
        PathBenchReport report = new PathBench(4, 0, 0, 1, 8, Kronecker.SEED, false, QUIET)
                .run(graph, 40, List.of(secondAnswerWrong));
        assertThat(report.block()).isEqualTo(8);
        assertThat(report.engines().get("jgrapht-second-answer-wrong").invalid()).isEqualTo(40);
        assertThat(report.engines().get("kith").invalid()).isZero();
        assertThat(report.meetsTargets()).isFalse();
    }

    @Test
    void blocksAreTimedBesideSingleQueriesAndTheTargetsAreJudgedOnThem() {
        EdgeList graph = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        PathBenchReport report = new PathBench(4, 20, 0, 3, 16, Kronecker.SEED, true, QUIET)
                .run(graph, 100, Baselines.create("jgrapht-bibfs"));
        PathBenchReport.Engine bibfs = report.engines().get("jgrapht-bibfs");
        assertThat(bibfs.blockRatio()).isNotNull();
        assertThat(bibfs.blockRatioLow()).isLessThanOrEqualTo(bibfs.blockRatio());
        assertThat(bibfs.blockRatioHigh()).isGreaterThanOrEqualTo(bibfs.blockRatio());
        assertThat(report.engines().get("kith").blockMedianMicros()).isPositive();
        assertThat(report.engines().get("kith").blockRatio()).isNull();
        assertThat(report.markdown()).contains("blocks of 16", "per block");
        assertThat(report.mismatches()).isZero();
        assertThat(report.invalid()).isZero();

        // The same figures judged per block (16 queries) or per query (blocks of 1).
        PathBenchReport.Engine kith = report.engines().get("kith");
        PathBenchReport.Engine baseline = new PathBenchReport.Engine(1, 2, 1e6, 1, null, 100, 20, 0, 4.0, 3.8, 4.2, 6.0,
                5.6, 6.4, 0);
        assertThat(withBaseline(report, 16, kith, baseline).meetsTargets()).isTrue();
        assertThat(withBaseline(report, 1, kith, baseline).meetsTargets()).isFalse();
    }

    @Test
    void eachTimedPassIsPrecededByUntimedWarmUpPairs() {
        EdgeList graph = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        Queries warm = Queries.warmup(graph.toCompact(), 7, 4, Kronecker.SEED + 1);
        java.util.Set<Long> warmPairs = new java.util.HashSet<>();
        for (int q = 0; q < warm.size(); q++) {
            warmPairs.add(((long) warm.sources()[q] << 32) | warm.targets()[q]);
        }
        int[] calls = new int[2]; // all, warm-up pairs
        PathEngine counting = new PathEngine() {
            private final KithEngine kith = new KithEngine();

            @Override
            public String name() {
                return "jgrapht-counting";
            }

            @Override
            public void load(EdgeList edges) {
                kith.load(edges);
            }

            @Override
            public int[][] paths(int source, int target, int maxHops) {
                calls[0]++;
                calls[1] += warmPairs.contains(((long) source << 32) | target) ? 1 : 0;
                return kith.paths(source, target, maxHops);
            }
        };
        // 3 rounds of 10 queries, 7 warm-up pairs: each round's two passes are preceded by 7 warm-up pairs.
        PathBenchReport report = new PathBench(4, 7, 0, 3, 4, Kronecker.SEED, false, QUIET)
                .run(graph, 30, List.of(counting));
        long warmedUp = report.engines().get("jgrapht-counting").warmupQueries();
        assertThat(warmedUp).isEqualTo(7);
        assertThat(calls[0]).isEqualTo(7 + 2 * 30 + 3 * 2 * 7);
        assertThat(calls[1]).isGreaterThanOrEqualTo(7 + 3 * 2 * 7);
        assertThat(report.invalid()).isZero();
    }

    @Test
    void theWarmUpMixesUniformAndNearPairs() {
        CompactGraph g = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true).toCompact();
        Queries warm = Queries.warmup(g, 400, 4, 9);
        assertThat(warm.size()).isEqualTo(400);
        int oneHop = 0;
        int far = 0;
        for (int q = 0; q < warm.size(); q++) {
            int[] path = dev.kith.network.graph.PathSearch.shortestPath(g, warm.sources()[q], warm.targets()[q], 4);
            if (q % 2 == 1) { // a random walk of at most 4 steps: always within reach
                assertThat(path).as("walk pair %d", q).isNotNull();
            }
            oneHop += path != null && path.length == 2 ? 1 : 0;
            far += path == null ? 1 : 0;
        }
        assertThat(oneHop).isPositive();
        assertThat(far).isPositive();
    }

    private static PathBenchReport withBaseline(PathBenchReport report, int block, PathBenchReport.Engine kith,
            PathBenchReport.Engine baseline) {
        var engines = new java.util.LinkedHashMap<String, PathBenchReport.Engine>();
        engines.put("kith", kith);
        engines.put("jgrapht-bibfs", baseline);
        return new PathBenchReport(report.graph(), report.nodes(), report.edges(), report.queries(), report.maxHops(),
                report.pairs(), report.warmup(), report.warmupSeconds(), report.rounds(), block, report.answers(), 0, 0,
                engines);
    }

    @Test
    void unknownBaselineIsAClearError() {
        assertThatThrownBy(() -> Baselines.create("networkx")).hasMessageContaining("unknown engine \"networkx\"");
    }

    private static int weakest(int[] path) {
        int w = Integer.MAX_VALUE;
        for (int i = 1; i < path.length; i++) {
            w = Math.min(w, KithPathsEngine.weight(path[i - 1], path[i]));
        }
        return w;
    }

    /** The widest bottleneck over simple paths of at most {@code hops} edges, by exhaustive search. */
    private static int widest(CompactGraph g, int s, int t, int hops) {
        return widest(g, s, t, hops, Integer.MAX_VALUE, new boolean[g.nodeCount()]);
    }

    private static int widest(CompactGraph g, int u, int t, int hops, int width, boolean[] on) {
        if (u == t) {
            return width;
        }
        if (hops == 0) {
            return -1;
        }
        on[u] = true;
        int best = -1;
        for (int i = 0; i < g.degree(u); i++) {
            int v = g.neighborAt(u, i);
            if (!on[v]) {
                best = Math.max(best, widest(g, v, t, hops - 1, Math.min(width, g.weight(u, v)), on));
            }
        }
        on[u] = false;
        return best;
    }

    private static PathBenchReport run(EdgeList graph, int queries, String compare) {
        List<PathEngine> baselines = Baselines.create(compare);
        return new PathBench(4, 20, 5, Kronecker.SEED, false, QUIET).run(graph, queries, baselines);
    }
}
