package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import java.util.function.IntConsumer;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

/**
 * Neo4j at its best for this query without Cypher's planner: the hop-bounded bidirectional BFS
 * ({@link BoundedBiBfs}) over Neo4j's embedded core API ({@code getNodeById}, {@code getDegree},
 * {@code getRelationships}, {@code getOtherNodeId}), each query one read transaction. Node ids, not
 * element ids: {@code getNodeById} is deprecated for removal (ids are reused after deletes), but
 * this store never deletes, and element ids would cost a string per neighbour.
 */
@SuppressWarnings("removal")
public final class Neo4jCoreEngine implements PathEngine {
    private Neo4jStore store;
    private BoundedBiBfs search;
    private Transaction tx;

    @Override
    public String name() {
        return "neo4j-core";
    }

    @Override
    public void load(EdgeList graph) {
        store = Neo4jStore.of(graph);
        search = new BoundedBiBfs(new BoundedBiBfs.Adjacency() {
            @Override
            public int degree(int node) {
                return tx.getNodeById(store.nodeIds[node]).getDegree();
            }

            @Override
            public void forEachNeighbor(int node, IntConsumer visit) {
                long id = store.nodeIds[node];
                Node n = tx.getNodeById(id);
                try (ResourceIterable<Relationship> relationships = n.getRelationships()) {
                    for (Relationship r : relationships) {
                        visit.accept(store.node(r.getOtherNodeId(id)));
                    }
                }
            }
        }, graph.nodes());
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        try (Transaction t = store.db.beginTx()) {
            tx = t;
            return PathEngine.answer(search.path(source, target, maxHops));
        } finally {
            tx = null;
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store = null;
            search = null;
            Neo4jStore.release();
        }
    }
}
