package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.PathSearch;

/** Kith's engine for the s→t query: {@link CompactGraph} and {@link PathSearch#shortestPath}. */
final class KithEngine implements PathEngine {
    private CompactGraph graph;

    @Override
    public String name() {
        return "kith";
    }

    @Override
    public void load(EdgeList edges) {
        graph = edges.toCompact();
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        return PathEngine.answer(PathSearch.shortestPath(graph, source, target, maxHops));
    }

    @Override
    public long bytesUsed() {
        return graph.bytesUsed();
    }

    CompactGraph graph() {
        return graph;
    }
}
