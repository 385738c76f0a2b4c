package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.Write;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.ElementIdMapper;

/**
 * One embedded Neo4j database holding the benchmark graph, shared by the Neo4j engines of a run
 * (Cypher and the core API) and closed when the last of them is. The graph (nodes labelled {@code P},
 * one {@code KNOWS} relationship an edge, no properties, no indexes) is written by Neo4j's offline bulk
 * importer ({@link Neo4jImport}) when the JVM allows it, as the {@code kith} launcher does; otherwise
 * through the kernel's write API in transactions of {@value #BATCH} entities, which is about ten times
 * slower. Usage reporting, Bolt and HTTP are switched off: nothing leaves the machine. The page cache
 * is sized to the store (about 64 bytes an edge), between 64 MiB and 4 GiB, and warmed after start by
 * reading every node and relationship once, so no engine pays for cold pages.
 */
final class Neo4jStore {
    private static final int BATCH = 500_000;
    static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");
    private static Neo4jStore shared;
    private static EdgeList sharedEdges;
    private static int users;

    private Path directory;
    private DatabaseManagementService service;
    GraphDatabaseService db;
    /** Each benchmark node's element id, and Neo4j's node id of each (the identity after a bulk import). */
    String[] elementIds;
    long[] nodeIds;
    /** Benchmark node of each Neo4j node id, where that is not the identity; else null. */
    java.util.Map<Long, Integer> nodesById;
    java.util.Map<String, Integer> nodesByElementId;

    /** The store of {@code graph}, loading it unless the last engine's store is of the same graph. */
    static synchronized Neo4jStore of(EdgeList graph) {
        users++;
        if (sharedEdges != graph) {
            if (shared != null) {
                shared.shutdown();
            }
            shared = new Neo4jStore();
            shared.load(graph);
            sharedEdges = graph;
        }
        return shared;
    }

    /** One engine is done with the store; the last one shuts it down. */
    static synchronized void release() {
        if (--users <= 0 && shared != null) {
            users = 0;
            shared.shutdown();
            shared = null;
            sharedEdges = null;
        }
    }

    /** The benchmark node of Neo4j node id {@code id}. */
    int node(long id) {
        return nodesById == null ? (int) id : nodesById.get(id);
    }

    private void load(EdgeList graph) {
        try {
            directory = Files.createTempDirectory("kith-bench-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean imported = Neo4jImport.usable();
        if (imported) {
            Neo4jImport.into(directory, graph);
        }
        long pageCache = Math.min(ByteUnit.gibiBytes(4),
                Math.max(ByteUnit.mebiBytes(64), 64L * graph.edges() + 32L * graph.nodes()));
        service = new DatabaseManagementServiceBuilder(directory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();
        db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long[] ids = imported ? null : write(graph);
        elementIds = new String[graph.nodes()];
        nodeIds = new long[graph.nodes()];
        nodesByElementId = new java.util.HashMap<>(graph.nodes() * 2);
        boolean identity = true;
        try (Transaction tx = db.beginTx()) {
            ElementIdMapper mapper = ((InternalTransaction) tx).elementIdMapper();
            for (int v = 0; v < elementIds.length; v++) {
                nodeIds[v] = ids == null ? v : ids[v];
                identity &= nodeIds[v] == v;
                elementIds[v] = mapper.nodeElementId(nodeIds[v]);
                nodesByElementId.put(elementIds[v], v);
            }
        }
        if (!identity) {
            nodesById = new java.util.HashMap<>(graph.nodes() * 2);
            for (int v = 0; v < nodeIds.length; v++) {
                nodesById.put(nodeIds[v], v);
            }
        }
        warm();
    }

    /** Reads every node and relationship once, bringing the store's pages into the page cache. */
    private void warm() {
        try (Transaction tx = db.beginTx()) {
            long seen = 0;
            try (var nodes = tx.getAllNodes()) {
                for (var node : nodes) {
                    seen += node.getDegree();
                }
            }
            try (var relationships = tx.getAllRelationships()) {
                for (var r : relationships) {
                    seen += r.isType(KNOWS) ? 1 : 0;
                }
            }
            if (seen < 0) {
                throw new IllegalStateException("unreachable");
            }
        }
    }

    /** Writes the graph in transactions of {@value #BATCH} nodes or relationships; returns each node's id. */
    private long[] write(EdgeList graph) {
        long[] ids = new long[graph.nodes()];
        try {
            for (int start = 0; start < graph.nodes(); start += BATCH) {
                try (Transaction tx = db.beginTx()) {
                    KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
                    Write write = kernel.dataWrite();
                    int person = kernel.tokenWrite().labelGetOrCreateForName("P");
                    for (int v = start; v < Math.min(graph.nodes(), start + BATCH); v++) {
                        ids[v] = write.nodeCreate();
                        write.nodeAddLabel(ids[v], person);
                    }
                    tx.commit();
                }
            }
            int[] from = graph.from();
            int[] to = graph.to();
            for (int start = 0; start < from.length; start += BATCH) {
                try (Transaction tx = db.beginTx()) {
                    KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
                    Write write = kernel.dataWrite();
                    int knows = kernel.tokenWrite().relationshipTypeGetOrCreateForName(KNOWS.name());
                    for (int i = start; i < Math.min(from.length, start + BATCH); i++) {
                        write.relationshipCreate(ids[from[i]], knows, ids[to[i]]);
                    }
                    tx.commit();
                }
            }
        } catch (KernelException e) {
            throw new IllegalStateException("cannot write the graph to Neo4j", e);
        }
        return ids;
    }

    private void shutdown() {
        if (service != null) {
            service.shutdown();
            service = null;
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
            directory = null;
        }
    }
}
