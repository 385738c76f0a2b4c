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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j embedded in a temporary store: nodes and {@code KNOWS} relationships written in batches of
 * {@value #BATCH}, then each query is one read transaction running Cypher's
 * {@code shortestPath((a)-[:KNOWS*..maxHops]-(b))} with the two nodes found by element id. Usage
 * reporting, Bolt and HTTP are switched off: nothing leaves the machine. The page cache is sized to
 * the store (about 64 bytes an edge), between 64 MiB and 4 GiB.
 */
public final class Neo4jEngine implements PathEngine {
    private static final int BATCH = 50_000;
    private static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");

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
        elementIds = new String[graph.nodes()];
        Label person = Label.label("P");
        for (int start = 0; start < graph.nodes(); start += BATCH) {
            try (Transaction tx = db.beginTx()) {
                for (int v = start; v < Math.min(graph.nodes(), start + BATCH); v++) {
                    elementIds[v] = tx.createNode(person).getElementId();
                }
                tx.commit();
            }
        }
        int[] from = graph.from();
        int[] to = graph.to();
        for (int start = 0; start < from.length; start += BATCH) {
            try (Transaction tx = db.beginTx()) {
                for (int i = start; i < Math.min(from.length, start + BATCH); i++) {
                    Node a = tx.getNodeByElementId(elementIds[from[i]]);
                    Node b = tx.getNodeByElementId(elementIds[to[i]]);
                    a.createRelationshipTo(b, KNOWS);
                }
                tx.commit();
            }
        }
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
