package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalEdgesTest {
    private static List<String> edges(TemporalEdges e) {
        return e.events().stream().map(x -> x[0] + "-" + x[1] + "@" + x[2]).toList();
    }

    private static TemporalEdges read(Path tmp, String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return TemporalEdges.read(file, 1);
    }

    @Test
    void snapLinesAreFromToTimeSortedByTime(@TempDir Path tmp) throws Exception {
        TemporalEdges e = read(tmp, "snap.txt", "# comment\n7 8 300\n8 9 100\n9 9 50\n7 9 200.9\n");
        assertThat(edges(e)).containsExactly("1-2@100", "0-2@200", "0-1@300");
        assertThat(e.people()).isEqualTo(3);
    }

    @Test
    void konectsFourthColumnIsTheTimeNotTheWeight(@TempDir Path tmp) throws Exception {
        TemporalEdges e = read(tmp, "out.konect", "% asym positive\n% 3 3 3\n1 2 1 1082040961\n2 3 1 1082040900\n"
                + "1\t3\t1\t1082041000\n");
        assertThat(edges(e)).containsExactly("1-2@1082040900", "0-1@1082040961", "0-2@1082041000");
    }

    @Test
    void ldbcHeaderAndIsoDatesAreRead(@TempDir Path tmp) throws Exception {
        TemporalEdges e = read(tmp, "knows.csv", "\uFEFFPerson.id|Person.id|creationDate\n"
                + "933|4139|2010-03-14T20:30:12.093+0000\n"
                + "933|6597069777240|2010-03-14T20:30:12.093+01:00\n"
                + "4139|10027|2010-03-13\n"
                + "10027|933|2010-03-15 08:00:00\n"
                + "10027|6597069777240|2010-03-16T00:00:00Z\n");
        assertThat(edges(e)).containsExactly("1-3@1268438400000", "0-2@1268595012093", "0-1@1268598612093",
                "3-0@1268640000000", "3-2@1268697600000");
    }

    @Test
    void aDamagedLineAfterTheHeaderRejectsTheFileWithItsNumber(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.txt");
        Files.writeString(file, "a b t\n1 2 3\n2 3 soon\n");
        assertThatThrownBy(() -> TemporalEdges.read(file, 1)).hasMessageContaining("bad.txt:3: expected 'a b time'");
        Files.writeString(file, "1 2 3\n2 3 NaN\n");
        assertThatThrownBy(() -> TemporalEdges.read(file, 1)).hasMessageContaining("bad.txt:2:");
        Files.writeString(file, "1 2 3\n" + "9".repeat(TemporalEdges.MAX_LINE + 1) + "\n");
        assertThatThrownBy(() -> TemporalEdges.read(file, 1)).hasMessageContaining("bad.txt:2: line longer than");
    }

    @Test
    void tooFewEdgesIsAnError(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("few.txt");
        Files.writeString(file, "1 2 3\n4 4 5\n");
        assertThatThrownBy(() -> TemporalEdges.read(file, 2)).hasMessageContaining("needs at least 2 timestamped edges, found 1");
    }
}
