package dev.kith.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PathSearch#shortestPath} against a plain breadth-first search on random graphs: the hop count
 * must be the true distance when it is within the bound and "none" otherwise, and every returned path
 * must run from source to target over edges of the graph. Many queries share one workspace, so stale
 * stamps of earlier queries (and of {@code bestPaths} searches between them) are exercised too.
 */
class ShortestPathBruteForceTest {
    @Test
    void hopCountsAreTrueDistancesOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(18);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(60);
            int edges = random.nextInt(3 * n);
            CompactGraph g = randomGraph(random, n, edges);
            LiveGraph live = new LiveGraph(g);
            for (int q = 0; q < 30; q++) {
                int s = random.nextInt(n);
                int t = random.nextInt(n);
                int maxHops = random.nextInt(7);
                int[] distance = distances(g, s);
                int expected = distance[t] <= maxHops ? distance[t] : -1;
                check(g, PathSearch.shortestPath(g, s, t, maxHops), s, t, expected);
                check(g, PathSearch.shortestPath(live.snapshot(), s, t, maxHops), s, t, expected);
                if (q % 10 == 0) {
                    PathSearch.bestPaths(g, s, node -> node == t, node -> true, 2, 3);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(9000);
    }

    @Test
    void hopCountsAreTrueDistancesWhenLevelsAreLarge() {
        SplittableRandom random = new SplittableRandom(20);
        for (int round = 0; round < 4; round++) {
            int n = 500 + random.nextInt(3000);
            CompactGraph g = randomGraph(random, n, n * (2 + random.nextInt(20)));
            for (int q = 0; q < 100; q++) {
                int s = random.nextInt(n);
                int t = random.nextInt(n);
                int maxHops = 1 + random.nextInt(6);
                int[] distance = distances(g, s);
                check(g, PathSearch.shortestPath(g, s, t, maxHops), s, t, distance[t] <= maxHops ? distance[t] : -1);
            }
        }
    }

    @Test
    void theFirstLevelAgreesWithTheFullSearchOnEveryPair() {
        // The compact search's first level reads no stamps and answers one-hop pairs itself: hubs of up to
        // ~100 edges beside nodes of one or two, parallel edges with other labels and loops to themselves.
        SplittableRandom random = new SplittableRandom(21);
        int[] longLists = new int[2]; // pairs of two ends of over 16 edges each: not adjacent, adjacent
        for (int round = 0; round < 20; round++) {
            int n = 30 + random.nextInt(90);
            CompactGraph.Builder builder = CompactGraph.builder(n);
            int hubs = 2 + random.nextInt(4);
            for (int e = 0, edges = n * (1 + random.nextInt(3)); e < edges; e++) {
                int a = random.nextInt(3) == 0 ? random.nextInt(hubs) : random.nextInt(n);
                builder.addEdge(a, random.nextInt(n), 1 + random.nextInt(100), random.nextInt(3));
            }
            CompactGraph g = builder.build();
            GraphView full = new GraphView() { // not compact: the plain bidirectional search
                @Override
                public int nodeCount() {
                    return g.nodeCount();
                }

                @Override
                public void forEachNeighbor(int node, NeighborVisitor visitor) {
                    g.forEachNeighbor(node, visitor);
                }

                @Override
                public int degree(int node) {
                    return g.degree(node);
                }
            };
            for (int s = 0; s < n; s++) {
                int[] distance = distances(g, s);
                for (int t = 0; t < n; t++) {
                    for (int maxHops = 1; maxHops <= 3; maxHops += 2) {
                        int expected = distance[t] <= maxHops ? distance[t] : -1;
                        int[] path = PathSearch.shortestPath(g, s, t, maxHops);
                        check(g, path, s, t, expected);
                        int[] plain = PathSearch.shortestPath(full, s, t, maxHops);
                        assertThat(path == null ? -1 : path.length).isEqualTo(plain == null ? -1 : plain.length);
                        if (distance[t] == 1) {
                            assertThat(path).containsExactly(s, t);
                        }
                    }
                    if (s != t && Math.min(g.degree(s), g.degree(t)) > 16) {
                        longLists[distance[t] == 1 ? 1 : 0]++;
                    }
                }
            }
        }
        assertThat(longLists[0]).isPositive();
        assertThat(longLists[1]).isPositive();
    }

    @Test
    void answersStayRightWhenTheStampsRunOutAndStartAgain() {
        SplittableRandom random = new SplittableRandom(7);
        CompactGraph g = randomGraph(random, 40, 70);
        Workspace ws = Workspace.get(g.nodeCount());
        for (int q = 0; q < 200; q++) {
            if (q % 50 == 0) { // close to the end of the stamps, at either parity
                ws.nextEpochs(Integer.MAX_VALUE - 20 - q / 50 % 2 - ws.nextEpochs(1));
            }
            int s = random.nextInt(40);
            int t = random.nextInt(40);
            int[] distance = distances(g, s);
            check(g, PathSearch.shortestPath(g, s, t, 4), s, t, distance[t] <= 4 ? distance[t] : -1);
        }
    }

    @Test
    void aLongLineIsFollowedToTheEndWithoutStampsOfTheOtherSide() {
        int n = 500;
        CompactGraph.Builder builder = CompactGraph.builder(n);
        for (int i = 0; i + 1 < n; i++) {
            builder.addEdge(i, i + 1, 50, 0);
        }
        CompactGraph line = builder.build();
        int[] path = PathSearch.shortestPath(line, 0, n - 1, Integer.MAX_VALUE);
        assertThat(path).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(path[i]).isEqualTo(i);
        }
        assertThat(PathSearch.shortestPath(line, 0, n - 1, n - 2)).isNull();
    }

    private static CompactGraph randomGraph(SplittableRandom random, int n, int edges) {
        CompactGraph.Builder builder = CompactGraph.builder(n);
        for (int e = 0; e < edges; e++) {
            builder.addEdge(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(100), random.nextInt(3));
        }
        return builder.build();
    }

    private static void check(CompactGraph g, int[] path, int s, int t, int expectedHops) {
        if (expectedHops < 0) {
            assertThat(path).as("%d to %d", s, t).isNull();
            return;
        }
        assertThat(path).as("%d to %d", s, t).isNotNull();
        assertThat(path.length - 1).as("hops %d to %d: %s", s, t, Arrays.toString(path)).isEqualTo(expectedHops);
        assertThat(path[0]).isEqualTo(s);
        assertThat(path[path.length - 1]).isEqualTo(t);
        for (int i = 1; i < path.length; i++) {
            assertThat(g.weight(path[i - 1], path[i])).as("edge in %s", Arrays.toString(path)).isGreaterThanOrEqualTo(0);
        }
    }

    private static int[] distances(CompactGraph g, int s) {
        int[] distance = new int[g.nodeCount()];
        Arrays.fill(distance, Integer.MAX_VALUE);
        distance[s] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(s);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            g.forEachNeighbor(u, (v, w, l) -> {
                if (distance[v] == Integer.MAX_VALUE) {
                    distance[v] = distance[u] + 1;
                    queue.add(v);
                }
            });
        }
        return distance;
    }
}
