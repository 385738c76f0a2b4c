package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {
    private final ByteSize size = new ByteSize();

    @Test
    void readsBytesAndPowersOf1024() {
        assertThat(size.convert("4096")).isEqualTo(4096L);
        assertThat(size.convert("512k")).isEqualTo(512L * 1024);
        assertThat(size.convert("500M")).isEqualTo(500L << 20);
        assertThat(size.convert(" 8g ")).isEqualTo(8L << 30);
        assertThat(size.convert("8GB")).isEqualTo(8L << 30);
        assertThat(size.convert("2t")).isEqualTo(2L << 40);
    }

    @Test
    void refusesWhatIsNoSize() {
        for (String bad : new String[] {"", "g", "8 gigs", "-1", "1.5g", "0", "99999999999999t", "1234567890123456"}) {
            assertThatThrownBy(() -> size.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }
}
