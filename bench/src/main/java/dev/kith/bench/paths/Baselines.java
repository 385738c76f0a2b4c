package dev.kith.bench.paths;

import dev.kith.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline engines, by the names {@code --compare} takes. Their classes and libraries are not
 * in the runtime jar's dependencies: the build copies JGraphT and Neo4j to {@code target/bench-lib},
 * which the {@code kith} launcher puts on the class path for {@code kith bench paths}; here they are
 * loaded by name, so a missing library is a clear error instead of a crash.
 */
public final class Baselines {
    private static final String PACKAGE = "dev.kith.bench.baseline.";
    private static final Map<String, List<String>> ENGINES = Map.of(
            "jgrapht", List.of("JGraphTBiBfsEngine", "JGraphTBidiEngine"),
            "jgrapht-bibfs", List.of("JGraphTBiBfsEngine"),
            "jgrapht-bidijkstra", List.of("JGraphTBidiEngine"),
            "jgrapht-bfs", List.of("JGraphTBfsEngine"),
            "neo4j", List.of("Neo4jCypherEngine", "Neo4jCoreEngine"),
            "neo4j-cypher", List.of("Neo4jCypherEngine"),
            "neo4j-core", List.of("Neo4jCoreEngine"));
    private static final String NAMES = "jgrapht, jgrapht-bibfs, jgrapht-bidijkstra, jgrapht-bfs, neo4j, neo4j-cypher, neo4j-core";

    private Baselines() {
    }

    /**
     * New engines for the comma-separated {@code names}: jgrapht gives its hop-bounded bidirectional BFS on the
     * compact graph and its bidirectional Dijkstra; jgrapht-bfs its one-sided BFS (slow: an extra row); neo4j
     * gives Cypher and the core-API bidirectional BFS over one shared database.
     */
    public static List<PathEngine> create(String names) {
        List<PathEngine> engines = new ArrayList<>();
        if (names == null || names.isBlank()) {
            return engines;
        }
        for (String raw : names.split(",")) {
            String name = raw.strip().toLowerCase(java.util.Locale.ROOT);
            List<String> classes = ENGINES.get(name);
            if (classes == null) {
                throw new ValidationException("--compare", "unknown engine \"" + raw.strip() + "\"; use " + NAMES);
            }
            String marker = name.startsWith("neo4j") ? "org.neo4j.dbms.api.DatabaseManagementServiceBuilder"
                    : "org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph";
            try {
                Class.forName(marker);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ValidationException("--compare", name + " is not on the class path: build with `mvn package` "
                        + "(it copies the baselines to target/bench-lib) and run through the ./kith launcher, "
                        + "which adds target/bench-lib/* for `kith bench paths`");
            }
            for (String type : classes) {
                try {
                    engines.add((PathEngine) Class.forName(PACKAGE + type).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + type, e);
                }
            }
        }
        return engines;
    }
}
