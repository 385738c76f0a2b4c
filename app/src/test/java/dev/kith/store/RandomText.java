package dev.kith.store;

import java.util.Random;
import java.util.function.Consumer;

/** Short random strings over a small alphabet, for checking a scanner against a reference on every corner. */
final class RandomText {
    private RandomText() {
    }

    /** Gives {@code each} {@code count} strings of 0 to 23 characters of {@code alphabet}, the same for a seed. */
    static void strings(String alphabet, long seed, int count, Consumer<String> each) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < count; round++) {
            sb.setLength(0);
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            each.accept(sb.toString());
        }
    }
}
