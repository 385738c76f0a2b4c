package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run proves the import benchmark works: its generated files import in full. */
class ImportBenchTest {
    @TempDir
    Path dir;

    @Test
    void aSmallBenchmarkRunImportsEverything() {
        ImportBench.Timings t = ImportBench.run(dir, 300, 100);
        assertThat(t.linkedinRows()).isEqualTo(300);
        assertThat(t.linkedin()).isPositive();
        assertThat(t.vcard()).isPositive();
    }
}
