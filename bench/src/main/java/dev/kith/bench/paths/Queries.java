package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import java.util.SplittableRandom;

/**
 * Random source→target pairs, the same for a seed. Uniform: both ends uniform over the nodes with an
 * edge (so some pairs are farther apart than the hop bound, or unconnected: "no path" must agree too).
 * Walk: the target is the end of a random walk of 1..maxHops steps from the source, so a path within
 * the bound always exists (the shortest may be shorter); this favours near pairs.
 */
record Queries(int[] sources, int[] targets) {
    /** How the pairs are drawn. */
    enum Kind { UNIFORM, WALK }

    static Queries generate(CompactGraph g, int count, int maxHops, long seed) {
        return generate(g, count, maxHops, seed, Kind.UNIFORM);
    }

    static Queries generate(CompactGraph g, int count, int maxHops, long seed, Kind kind) {
        int n = g.nodeCount();
        int withEdges = 0;
        for (int u = 0; u < n; u++) {
            if (g.degree(u) > 0) {
                withEdges++;
            }
        }
        if (withEdges < 2) {
            throw new IllegalArgumentException("the graph needs at least two connected nodes for path queries");
        }
        int[] candidates = new int[withEdges];
        for (int u = 0, i = 0; u < n; u++) {
            if (g.degree(u) > 0) {
                candidates[i++] = u;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] sources = new int[count];
        int[] targets = new int[count];
        for (int q = 0; q < count; q++) {
            int source;
            int target;
            do {
                source = candidates[random.nextInt(candidates.length)];
                if (kind == Kind.UNIFORM) {
                    target = candidates[random.nextInt(candidates.length)];
                    continue;
                }
                target = source;
                int steps = 1 + random.nextInt(maxHops);
                for (int s = 0; s < steps; s++) {
                    target = g.neighborAt(target, random.nextInt(g.degree(target)));
                }
            } while (target == source);
            sources[q] = source;
            targets[q] = target;
        }
        return new Queries(sources, targets);
    }

    /**
     * {@code count} pairs for warming up, uniform and random-walk pairs in turn (whatever pairs are timed), so
     * every engine's compiled code has seen near answers, one hop included, and far or missing ones: a branch
     * the warm-up never took is compiled as a trap, and the first timed query to take it would send that engine
     * back to slower code for much of the timing.
     */
    static Queries warmup(CompactGraph g, int count, int maxHops, long seed) {
        Queries uniform = generate(g, (count + 1) / 2, maxHops, seed, Kind.UNIFORM);
        Queries walk = generate(g, count / 2, maxHops, seed + 1, Kind.WALK);
        int[] sources = new int[count];
        int[] targets = new int[count];
        for (int q = 0; q < count; q++) {
            Queries from = q % 2 == 0 ? uniform : walk;
            sources[q] = from.sources[q / 2];
            targets[q] = from.targets[q / 2];
        }
        return new Queries(sources, targets);
    }

    int size() {
        return sources.length;
    }
}
