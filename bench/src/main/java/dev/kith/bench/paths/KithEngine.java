package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.PathSearch;

/** Kith's engine: {@link CompactGraph} and {@link PathSearch#shortestPath}. */
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
    public int hops(int source, int target, int maxHops) {
        int[] path = PathSearch.shortestPath(graph, source, target, maxHops);
        return path == null ? -1 : path.length - 1;
    }

    @Override
    public long bytesUsed() {
        return graph.bytesUsed();
    }

    CompactGraph graph() {
        return graph;
    }
}
