package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Text#isEmailAddress} answers exactly as the regular expression it replaced, in linear time. */
class EmailShapeTest {
    private static final Pattern OLD = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Test
    void agreesWithTheOldRegexOnRandomShortStrings() {
        Random random = new Random(17);
        String alphabet = "ab.@ \t-";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = s.toString();
            assertThat(Text.isEmailAddress(v)).as("'%s'", v).isEqualTo(OLD.matcher(v).matches());
        }
        assertThat(Text.isEmailAddress("ana@acme.example")).isTrue();
        assertThat(Text.isEmailAddress("ÑÑÑÑ…")).isFalse();
        assertThat(Text.isEmailAddress(null)).isFalse();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHugeAddressWithoutADotIsAnsweredAtOnce() {
        assertThat(Text.isEmailAddress("a@" + "b".repeat(5_000_000))).isFalse();
    }
}
