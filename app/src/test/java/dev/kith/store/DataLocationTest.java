package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    @Test
    void kithDbWinsOverEverything() {
        assertThat(DataLocation.defaultSpec(Map.of("KITH_DB", "/data/k.db", "XDG_DATA_HOME", "/x", "HOME", "/h"), "/u"))
                .isEqualTo("/data/k.db");
    }

    @Test
    void xdgDataHomeIsUsedWhenSet() {
        assertThat(DataLocation.defaultSpec(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h"), "/u"))
                .isEqualTo("/x/kith/kith.db");
    }

    @Test
    void homeEnvironmentBeatsTheJvmUserHome() {
        assertThat(DataLocation.defaultSpec(Map.of("HOME", "/h"), "/u")).isEqualTo("/h/.local/share/kith/kith.db");
        assertThat(DataLocation.defaultSpec(Map.of(), "/u")).isEqualTo("/u/.local/share/kith/kith.db");
    }
}
