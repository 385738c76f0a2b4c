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
    private static final Map<String, List<String>> ENGINES = Map.of(
            "jgrapht", List.of("dev.kith.bench.baseline.JGraphTBfsEngine", "dev.kith.bench.baseline.JGraphTBidiEngine"),
            "jgrapht-bfs", List.of("dev.kith.bench.baseline.JGraphTBfsEngine"),
            "jgrapht-bidi", List.of("dev.kith.bench.baseline.JGraphTBidiEngine"),
            "neo4j", List.of("dev.kith.bench.baseline.Neo4jEngine"));
    private static final Map<String, String> MARKERS = Map.of("jgrapht", "org.jgrapht.Graph",
            "jgrapht-bfs", "org.jgrapht.Graph", "jgrapht-bidi", "org.jgrapht.Graph",
            "neo4j", "org.neo4j.dbms.api.DatabaseManagementServiceBuilder");

    private Baselines() {
    }

    /**
     * New engines for the comma-separated {@code names}: jgrapht gives two (BFS and bidirectional
     * Dijkstra), jgrapht-bfs and jgrapht-bidi one each, neo4j one.
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
                throw new ValidationException("--compare", "unknown engine \"" + raw.strip()
                        + "\"; use jgrapht, jgrapht-bfs, jgrapht-bidi, neo4j");
            }
            try {
                Class.forName(MARKERS.get(name));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ValidationException("--compare", name + " is not on the class path: build with `mvn package` "
                        + "(it copies the baselines to target/bench-lib) and run through the ./kith launcher, "
                        + "which adds target/bench-lib/* for `kith bench paths`");
            }
            for (String type : classes) {
                try {
                    engines.add((PathEngine) Class.forName(type).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + type, e);
                }
            }
        }
        return engines;
    }
}
