package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated files are valid imports; a small run proves the benchmark works. */
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

    @Test
    void generatedFilesAreDeterministic() {
        assertThat(ImportBench.linkedin(50)).isEqualTo(ImportBench.linkedin(50));
        assertThat(ImportBench.vcards(20)).isEqualTo(ImportBench.vcards(20)).contains("END:VCARD\r\n");
    }
}
