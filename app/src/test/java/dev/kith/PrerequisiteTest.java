package dev.kith;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A missing prerequisite fails in CI and is skipped visibly elsewhere. */
class PrerequisiteTest {

    @Test
    void ciIsSetByAnyValueButFalseOrZero() {
        assertThat(Prerequisite.inCi("true")).isTrue();
        assertThat(Prerequisite.inCi("1")).isTrue();
        assertThat(Prerequisite.inCi("yes")).isTrue();
        assertThat(Prerequisite.inCi(null)).isFalse();
        assertThat(Prerequisite.inCi("")).isFalse();
        assertThat(Prerequisite.inCi("false")).isFalse();
        assertThat(Prerequisite.inCi("0")).isFalse();
    }

    @Test
    void anAvailablePrerequisiteNeitherFailsNorSkips() {
        Prerequisite.require(true, "nothing", "all there");
    }
}
