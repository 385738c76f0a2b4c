package dev.kith.io.imports;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans the name parts people type into profiles (LinkedIn's First Name and Last Name): emoji and other
 * pictographs are removed ({@code John Smith 🚀}), and credentials after a comma are dropped ({@code Doe, PhD},
 * {@code Lee, MBA, CPA}), so that the name matches the same person's card or mail. A part after a comma that
 * is not a credential ({@code Smith, Jr.}) keeps the whole name as it was. Linear; thread-safe (stateless).
 */
public final class PersonNames {
    private static final int LONGEST_CREDENTIAL = 15;
    private static final Pattern CREDENTIAL = Pattern.compile("[\\p{L}.&'\\-]+");
    private static final Set<String> LOWER_CASE_CREDENTIALS = Set.of("phd", "ph.d.", "ph.d", "dphil", "msc", "m.sc.",
            "bsc", "b.sc.", "ma", "mba", "md", "jd", "llm", "mph", "dds", "rn", "meng", "beng", "ba", "bs", "ms");

    private PersonNames() {
    }

    /** {@code part} without pictographs and trailing credentials, white space collapsed; null stays null. */
    public static String clean(String part) {
        if (part == null) {
            return null;
        }
        String text = withoutPictographs(part);
        int comma = text.indexOf(',');
        if (comma > 0 && credentials(text.substring(comma + 1))) {
            text = text.substring(0, comma);
        }
        return text.strip();
    }

    private static String withoutPictographs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF
                    || cp >= 0xE0020 && cp <= 0xE007F) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Whether {@code tail} is only credentials, separated by commas or spaces: {@code PhD}, {@code MBA, CPA}. */
    private static boolean credentials(String tail) {
        boolean any = false;
        for (String word : tail.split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!credential(word)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean credential(String word) {
        if (word.length() > LONGEST_CREDENTIAL || !CREDENTIAL.matcher(word).matches()) {
            return false;
        }
        if (LOWER_CASE_CREDENTIALS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
