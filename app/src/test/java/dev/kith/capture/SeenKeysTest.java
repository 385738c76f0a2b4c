package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void eachKeyIsNewOnceAcrossGrowth() {
        SeenKeys seen = new SeenKeys();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add("m" + i + "@gen.example")).isTrue();
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(seen.add("m" + i + "@gen.example")).isFalse();
        }
        assertThat(seen.size()).isEqualTo(100_000);
        assertThat(seen.add("")).isTrue();
        assertThat(seen.add("")).isFalse();
    }
}
