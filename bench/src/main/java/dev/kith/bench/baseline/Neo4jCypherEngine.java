package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Neo4j through Cypher, as an application would ask it: each query one read transaction running
 * {@code shortestPath((a)-[:KNOWS*..maxHops]-(b))} with the two nodes found by element id, returning
 * the path's nodes. The statement text is the same for every query, so Neo4j plans it once and
 * reuses the cached plan.
 */
public final class Neo4jCypherEngine implements PathEngine {
    private Neo4jStore store;
    private String query;
    private int queryHops = -1;

    @Override
    public String name() {
        return "neo4j-cypher";
    }

    @Override
    public void load(EdgeList graph) {
        store = Neo4jStore.of(graph);
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        if (maxHops != queryHops) {
            query = "MATCH (a) WHERE elementId(a) = $s MATCH (b) WHERE elementId(b) = $t "
                    + "MATCH p = shortestPath((a)-[:KNOWS*.." + maxHops + "]-(b)) "
                    + "RETURN [n IN nodes(p) | elementId(n)] AS nodes";
            queryHops = maxHops;
        }
        try (Transaction tx = store.db.beginTx();
                Result result = tx.execute(query, Map.of("s", store.elementIds[source], "t", store.elementIds[target]))) {
            if (!result.hasNext()) {
                return new int[0][];
            }
            List<?> ids = (List<?>) result.next().get("nodes");
            int[] path = new int[ids.size()];
            for (int i = 0; i < path.length; i++) {
                path[i] = store.nodesByElementId.get((String) ids.get(i));
            }
            return PathEngine.answer(path);
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store = null;
            Neo4jStore.release();
        }
    }
}
