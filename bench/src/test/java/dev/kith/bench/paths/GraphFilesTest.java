package dev.kith.bench.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {
    @TempDir
    Path dir;

    @Test
    void snapEdgeListsSkipCommentsExtraColumnsLoopsAndDuplicates() throws IOException {
        Path file = Files.writeString(dir.resolve("g.txt"), """
                # Directed graph: a comment
                % another comment
                10 20
                20\t10
                20 30 1082040961

                30 30
                """);
        EdgeList g = GraphFiles.snap(file, false);
        assertThat(g.nodes()).isEqualTo(3);
        assertThat(g.edges()).isEqualTo(2);
    }

    @Test
    void aHeaderLineIsSkippedOnlyWhenAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("h.txt"), "2 3\n1 2\n2 3\n1 0.25\n2 0.5\n3 0.75\n");
        assertThat(GraphFiles.snap(file, true).edges()).isEqualTo(2);
        assertThatThrownBy(() -> GraphFiles.snap(file, false)).hasMessageContaining(":4: node id is not a whole number")
                .hasMessageContaining("use --header");
    }

    @Test
    void aMalformedLineNamesFileLineAndReason() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "1 2\n2 x3\n");
        assertThatThrownBy(() -> GraphFiles.snap(file, false)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: node id is not a whole number: \"x3\"")
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(2));
        Path single = Files.writeString(dir.resolve("one.txt"), "1 2\n\n7\n");
        assertThatThrownBy(() -> GraphFiles.snap(single, false)).hasMessage(single + ":3: expected two node ids, found \"7\"");
        Path negative = Files.writeString(dir.resolve("neg.txt"), "1 -2\n");
        assertThatThrownBy(() -> GraphFiles.snap(negative, false)).hasMessageContaining(":1: node id must not be negative");
        Path ldbc = Files.writeString(dir.resolve("person_knows_person_0_0.csv"), "Person.id|Person.id|creationDate\n1|2|3\n4\n");
        assertThatThrownBy(() -> GraphFiles.ldbc(ldbc)).hasMessageContaining(ldbc + ":3: expected Person.id|Person.id");
        Path noHeader = Files.writeString(dir.resolve("x.csv"), "1|2|3\n");
        assertThatThrownBy(() -> GraphFiles.ldbc(noHeader)).hasMessageContaining(":1: expected the header");
    }

    @Test
    void ldbcKnowsCsvFromTheSampleFolder() {
        EdgeList g = GraphFiles.ldbc(DataSets.shared("ldbc-snb-sample"));
        assertThat(g.name()).isEqualTo("ldbc:person_knows_person_0_0.csv");
        assertThat(g.nodes()).isGreaterThan(100);
        assertThat(g.edges()).isGreaterThan(100);
    }

    @Test
    void publicSnapGraphsLoadGzipped() {
        EdgeList facebook = GraphFiles.snap(DataSets.small("ego-facebook.txt.gz"), false);
        assertThat(facebook.nodes()).isEqualTo(4039);
        assertThat(facebook.edges()).isEqualTo(88_234);
        EdgeList grqc = GraphFiles.snap(DataSets.small("ca-grqc.txt.gz"), true);
        assertThat(grqc.edges()).isEqualTo(14_484); // 14,496 lines, less duplicates and self-loops
        assertThat(grqc.nodes()).isEqualTo(5_242);
    }

    @Test
    void kroneckerIsDeterministicForASeed() {
        EdgeList a = Kronecker.generate(10, 16, Kronecker.SEED);
        EdgeList b = Kronecker.generate(10, 16, Kronecker.SEED);
        EdgeList c = Kronecker.generate(10, 16, Kronecker.SEED + 1);
        assertThat(a.nodes()).isEqualTo(1024);
        assertThat(a.from()).isEqualTo(b.from());
        assertThat(a.to()).isEqualTo(b.to());
        assertThat(a.to()).isNotEqualTo(c.to());
        assertThat(a.edges()).isBetween(8_000, 16_384);
        for (int i = 0; i < a.edges(); i++) {
            assertThat(a.from()[i]).isLessThan(a.to()[i]);
        }
        assertThatThrownBy(() -> Kronecker.generate(0, 16, 1)).hasMessageContaining("scale");
    }
}
