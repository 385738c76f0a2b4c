package dev.kith.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** bestPaths against every simple path enumerated by hand, on small random graphs. */
class BestPathsBruteForceTest {
    @Test
    void kBestPathsMatchExhaustiveEnumeration() {
        SplittableRandom random = new SplittableRandom(6);
        int withSeveral = 0;
        for (int round = 0; round < 300; round++) {
            int n = 6 + random.nextInt(10);
            CompactGraph.Builder b = CompactGraph.builder(n);
            int edges = n + random.nextInt(2 * n);
            for (int e = 0; e < edges; e++) {
                b.addEdge(random.nextInt(n), random.nextInt(n), random.nextInt(5) * 20, random.nextInt(2));
            }
            CompactGraph g = b.build();
            int source = random.nextInt(n);
            long targets = random.nextLong() & random.nextLong();
            long unusable = random.nextLong() & random.nextLong() & random.nextLong();
            IntPredicate isTarget = v -> (targets >>> v & 1) == 1;
            IntPredicate usable = v -> (unusable >>> v & 1) == 0;
            int k = 1 + random.nextInt(5);
            int maxHops = 1 + random.nextInt(4);
            List<int[]> expected = brute(g, source, isTarget, usable, maxHops);
            List<PathSearch.Path> actual = PathSearch.bestPaths(g, source, isTarget, usable, k, maxHops);
            List<List<Integer>> expectedKeys = expected.stream().limit(k).map(p -> List.of(p[0], p[1])).toList();
            List<List<Integer>> actualKeys = actual.stream().map(p -> List.of(p.weakest(), p.hops())).toList();
            assertThat(actualKeys).as("round %d", round).isEqualTo(expectedKeys);
            withSeveral += actual.size() > 1 ? 1 : 0;
            for (PathSearch.Path p : actual) {
                int[] nodes = p.nodes();
                assertThat(nodes[0]).isEqualTo(source);
                assertThat(isTarget.test(nodes[nodes.length - 1])).isTrue();
                for (int i = 1; i < nodes.length - 1; i++) {
                    assertThat(usable.test(nodes[i]) && !isTarget.test(nodes[i])).isTrue();
                }
                assertThat(nodes).doesNotHaveDuplicates();
            }
        }
        assertThat(withSeveral).as("rounds with several paths").isGreaterThan(50);
    }

    /** Every simple path's (weakest, hops), best first. */
    private static List<int[]> brute(CompactGraph g, int source, IntPredicate isTarget, IntPredicate usable, int maxHops) {
        List<int[]> found = new ArrayList<>();
        if (!isTarget.test(source)) {
            boolean[] on = new boolean[g.nodeCount()];
            on[source] = true;
            extend(g, source, Integer.MAX_VALUE, 0, on, isTarget, usable, maxHops, found);
        }
        found.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]));
        return found;
    }

    private static void extend(CompactGraph g, int u, int weakest, int hops, boolean[] on, IntPredicate isTarget,
            IntPredicate usable, int maxHops, List<int[]> found) {
        if (hops == maxHops) {
            return;
        }
        int[] best = new int[g.nodeCount()];
        java.util.Arrays.fill(best, -1);
        g.forEachNeighbor(u, (v, w, l) -> best[v] = Math.max(best[v], w)); // parallel edges: one hop, strongest
        for (int v = 0; v < g.nodeCount(); v++) {
            if (best[v] < 0 || on[v]) {
                continue;
            }
            int width = Math.min(weakest, best[v]);
            if (isTarget.test(v)) {
                found.add(new int[] {width, hops + 1});
            } else if (usable.test(v)) {
                on[v] = true;
                extend(g, v, width, hops + 1, on, isTarget, usable, maxHops, found);
                on[v] = false;
            }
        }
    }
}
