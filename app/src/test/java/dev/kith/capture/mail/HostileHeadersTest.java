package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Header scanning on hostile text: the same answers as the regular expressions it replaced, in linear time. */
class HostileHeadersTest {
    private static final Pattern OLD_BARE = Pattern.compile("[^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+");

    @Test
    void bareAddressesAgreeWithTheOldRegex() {
        Random random = new Random(5);
        String alphabet = "ab@ <,:.";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> old = new ArrayList<>();
            Matcher m = OLD_BARE.matcher(s);
            while (m.find()) {
                old.add(m.group());
            }
            assertThat(MessageParser.bareAddresses(s.toString())).as("'%s'", s).isEqualTo(old);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void longRunsAreScannedAtOnce() {
        assertThat(MessageParser.bareAddresses("a".repeat(2_000_000))).isEmpty();
        String subject = "Re" + " ".repeat(200_000) + "x";
        assertThat(Subjects.normalize(subject)).isNotNull();
    }
}
