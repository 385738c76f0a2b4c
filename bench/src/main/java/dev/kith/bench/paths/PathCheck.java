package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Checks an engine's answer edge by edge against the graph every engine loaded. */
final class PathCheck {
    private PathCheck() {
    }

    /**
     * What is wrong with {@code paths} as an answer from {@code source} to {@code target} within
     * {@code maxHops}, or null when nothing is: each path must start and end there, be simple, stay
     * within the bound and use only edges of {@code graph}; at most {@code most} distinct paths; a
     * ranked answer ({@code shortest} false) must be ordered by weakest tie, strongest first.
     */
    static String problem(CompactGraph graph, int[][] paths, int source, int target, int maxHops, boolean shortest,
            int most) {
        if (paths == null) {
            return "no answer";
        }
        if (paths.length > most) {
            return paths.length + " paths, at most " + most + " asked";
        }
        Set<String> distinct = new HashSet<>();
        int previousWeakest = Integer.MAX_VALUE;
        for (int[] path : paths) {
            if (path == null || path.length < 1 || path[0] != source || path[path.length - 1] != target) {
                return "a path that does not run from " + source + " to " + target + ": " + Arrays.toString(path);
            }
            if (path.length - 1 > maxHops) {
                return "a path of " + (path.length - 1) + " hops, over the bound " + maxHops;
            }
            Set<Integer> seen = new HashSet<>();
            int weakest = Integer.MAX_VALUE;
            for (int i = 0; i < path.length; i++) {
                if (!seen.add(path[i])) {
                    return "a path that repeats node " + path[i] + ": " + Arrays.toString(path);
                }
                if (i > 0) {
                    if (graph.weight(path[i - 1], path[i]) < 0) {
                        return "no edge " + path[i - 1] + "-" + path[i] + " in " + Arrays.toString(path);
                    }
                    weakest = Math.min(weakest, KithPathsEngine.weight(path[i - 1], path[i]));
                }
            }
            if (!distinct.add(Arrays.toString(path))) {
                return "the same path twice: " + Arrays.toString(path);
            }
            if (!shortest && weakest > previousWeakest) {
                return "paths out of rank order by weakest tie";
            }
            previousWeakest = weakest;
        }
        return null;
    }
}
