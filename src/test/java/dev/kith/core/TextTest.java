package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void keyFoldsCaseAccentsAndSpaces() {
        assertThat(Text.key("  José  Núñez ")).isEqualTo("jose nunez");
        assertThat(Text.key("FRANÇOISE\tMÜLLER")).isEqualTo("francoise muller");
        assertThat(Text.key(null)).isEmpty();
    }

    @Test
    void keyKeepsPunctuationButWordsDropsIt() {
        assertThat(Text.key("O'Brien-Smith, Ann")).isEqualTo("o'brien-smith, ann");
        assertThat(Text.words("O'Brien-Smith, Ann")).isEqualTo("o brien smith ann");
        assertThat(Text.words("  Núñez & Co. (2026) ")).isEqualTo("nunez co 2026");
        assertThat(Text.words("?!...")).isEmpty();
    }

    @Test
    void blankToNullTrimsAndTurnsBlankIntoNull() {
        assertThat(Text.blankToNull("  x ")).isEqualTo("x");
        assertThat(Text.blankToNull(" \t")).isNull();
        assertThat(Text.blankToNull(null)).isNull();
    }
}
