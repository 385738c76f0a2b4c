package dev.kith.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalization shared by name matching, merging and search. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case without diacritics, single-spaced, trimmed; "  José  Núñez " becomes "jose nunez". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** {@link #key} with every run of punctuation turned into one space: the form the search index holds. */
    public static String words(String s) {
        return NON_WORD.matcher(key(s)).replaceAll(" ").trim();
    }

    /** Null for null or blank input, else the trimmed text. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
