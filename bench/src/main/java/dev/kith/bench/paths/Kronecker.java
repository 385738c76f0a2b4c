package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import java.util.SplittableRandom;

/**
 * A Graph500-style Kronecker (R-MAT) graph: 2^scale nodes and edgeFactor · 2^scale generated edges,
 * each placed by descending scale levels of the adjacency matrix with quadrant probabilities
 * A = 0.57, B = 0.19, C = 0.19 (D = 0.05); node ids are then shuffled so degree does not follow id.
 * Self-loops and duplicates are dropped, as in Graph500's kernel 1. The same seed gives the same graph.
 */
public final class Kronecker {
    public static final long SEED = 20_261_124L;
    private static final double A = 0.57;
    private static final double B = 0.19;
    private static final double C = 0.19;

    private Kronecker() {
    }

    public static EdgeList generate(int scale, int edgeFactor, long seed) {
        if (scale < 1 || scale > 26) {
            throw new IllegalArgumentException("--kronecker: scale must be 1..26: " + scale);
        }
        int n = 1 << scale;
        long m = (long) edgeFactor << scale;
        SplittableRandom random = new SplittableRandom(seed);
        int[] permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        CompactGraph.Builder builder = CompactGraph.builder(n);
        for (long e = 0; e < m; e++) {
            int u = 0;
            int v = 0;
            for (int bit = 0; bit < scale; bit++) {
                double r = random.nextDouble();
                u <<= 1;
                v <<= 1;
                if (r >= A) {
                    if (r < A + B) {
                        v |= 1;
                    } else if (r < A + B + C) {
                        u |= 1;
                    } else {
                        u |= 1;
                        v |= 1;
                    }
                }
            }
            if (u != v) {
                builder.addEdge(permutation[u], permutation[v], 50, 0);
            }
        }
        return EdgeList.of("kronecker-" + scale, builder.build());
    }
}
