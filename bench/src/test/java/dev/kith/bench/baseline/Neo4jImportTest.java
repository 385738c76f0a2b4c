package dev.kith.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.bench.paths.Kronecker;
import dev.kith.bench.paths.PathBench;
import dev.kith.bench.paths.PathBenchReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Neo4j baseline loaded by Neo4j's bulk importer agrees with Kith. The importer needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED}, which the test JVM does not have (there the
 * engine takes its transactional path, covered by PathBenchTest), so this runs in a child JVM with
 * the flag, as the {@code kith} launcher starts {@code bench paths}.
 */
class Neo4jImportTest {
    @Test
    void importedNeo4jAgreesWithKith() throws IOException, InterruptedException {
        assertThat(Neo4jImport.usable()).as("the test JVM itself has no --add-opens for java.nio").isFalse();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("imported: true", "mismatches: 0", "neo4j answered: 100");
    }

    /** Runs Kith and the Neo4j baseline on a small Kronecker graph and prints what the test checks. */
    static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            System.out.println("imported: " + Neo4jImport.usable());
            PathBenchReport report = new PathBench(4, 20, 4, Kronecker.SEED, false,
                    new PrintStream(OutputStream.nullOutputStream()))
                    .run(Kronecker.generate(8, 16, Kronecker.SEED), 100, List.of(new Neo4jCypherEngine()));
            System.out.println("mismatches: " + (report.mismatches() + report.invalid()));
            System.out.println("neo4j answered: " + report.engines().get("neo4j-cypher").queries());
        }
    }
}
