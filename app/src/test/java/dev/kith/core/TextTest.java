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

    @Test
    void theAsciiFastPathGivesExactlyTheGeneralResult() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ09 \t\n\u000B\f\r\u0001\u001F,.'-_&()!?@#";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Text.key(s)).as("key of %s", s.chars().boxed().toList()).isEqualTo(Text.unicodeKey(s));
            assertThat(Text.words(s)).as("words of %s", s.chars().boxed().toList()).isEqualTo(Text.unicodeWords(s));
        }
    }

    @Test
    void theLatinFastPathGivesExactlyTheGeneralResult() {
        for (char c = 0; c < 0x300; c++) {
            String s = "A" + c + " x" + c;
            assertThat(Text.key(s)).as("key of U+%04X", (int) c).isEqualTo(Text.unicodeKey(s));
            assertThat(Text.words(s)).as("words of U+%04X", (int) c).isEqualTo(Text.unicodeWords(s));
        }
        java.util.Random random = new java.util.Random(11);
        String alphabet = "aZ09 \t\n\u000B\f\r\u0001,.'-&éÉñÑüÜçÇøØßæÆİıĲŉſǅȺȾµªº²½¡¿×÷\u00A0\u0085\u00AD";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x260) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Text.key(s)).as("key of %s", s.chars().boxed().toList()).isEqualTo(Text.unicodeKey(s));
            assertThat(Text.words(s)).as("words of %s", s.chars().boxed().toList()).isEqualTo(Text.unicodeWords(s));
        }
    }
}
