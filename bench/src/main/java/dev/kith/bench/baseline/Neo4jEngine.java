package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
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
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.Write;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.ElementIdMapper;

/**
 * Neo4j embedded in a temporary store, each query one read transaction running Cypher's
 * {@code shortestPath((a)-[:KNOWS*..maxHops]-(b))} with the two nodes found by element id. The graph
 * (nodes labelled {@code P}, one {@code KNOWS} relationship an edge, no properties, no indexes) is
 * written by Neo4j's offline bulk importer ({@link Neo4jImport}) when the JVM allows it, as the
 * {@code kith} launcher does; otherwise through the kernel's write API in transactions of
 * {@value #BATCH} entities, which is about ten times slower. Usage reporting, Bolt and HTTP are
 * switched off: nothing leaves the machine. The page cache is sized to the store (about 64 bytes an
 * edge), between 64 MiB and 4 GiB.
 */
public final class Neo4jEngine implements PathEngine {
    private static final int BATCH = 500_000;
    static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");

    private Path directory;
    private DatabaseManagementService service;
    private GraphDatabaseService db;
    private String[] elementIds;
    private String query;
    private int queryHops = -1;

    @Override
    public String name() {
        return "neo4j";
    }

    @Override
    public void load(EdgeList graph) {
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
        try (Transaction tx = db.beginTx()) {
            ElementIdMapper mapper = ((InternalTransaction) tx).elementIdMapper();
            for (int v = 0; v < elementIds.length; v++) {
                elementIds[v] = mapper.nodeElementId(ids == null ? v : ids[v]);
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

    @Override
    public int hops(int source, int target, int maxHops) {
        if (maxHops != queryHops) {
            query = "MATCH (a) WHERE elementId(a) = $s MATCH (b) WHERE elementId(b) = $t "
                    + "MATCH p = shortestPath((a)-[:KNOWS*.." + maxHops + "]-(b)) RETURN length(p) AS hops";
            queryHops = maxHops;
        }
        try (Transaction tx = db.beginTx();
                Result result = tx.execute(query, Map.of("s", elementIds[source], "t", elementIds[target]))) {
            return result.hasNext() ? ((Number) result.next().get("hops")).intValue() : -1;
        }
    }

    @Override
    public void close() {
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
