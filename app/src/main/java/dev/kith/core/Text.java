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

    /**
     * Whether {@code s} has the shape of an email address: no white space, one {@code @} with text before
     * it, and a dot inside the part after it ({@code a@b.c}): what {@code [^@\\s]+@[^@\\s]+\\.[^@\\s]+}
     * matches, in one pass without a regular expression, so its running time is plainly linear. False for null.
     */
    public static boolean isEmailAddress(String s) {
        if (s == null) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at < 1) {
            return false;
        }
        int dot = s.indexOf('.', at + 2);
        return dot >= 0 && dot < s.length() - 1;
    }

    /** Lower case without diacritics, single-spaced, trimmed; "  José  Núñez " becomes "jose nunez". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        if (ascii(s)) {
            return asciiKey(s);
        }
        String folded = latinFolded(s);
        return folded != null ? asciiKey(folded) : unicodeKey(s);
    }

    /** {@link #key} by the general route: decompose, drop the marks, lower-case, collapse spaces. */
    static String unicodeKey(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** {@link #key} with every run of punctuation turned into one space: the form the search index holds. */
    public static String words(String s) {
        if (s != null && ascii(s)) {
            return asciiWords(s);
        }
        String folded = s == null ? null : latinFolded(s);
        return folded != null ? latinWords(asciiKey(folded)) : unicodeWords(s);
    }

    static String unicodeWords(String s) {
        return NON_WORD.matcher(unicodeKey(s == null ? "" : s)).replaceAll(" ").trim();
    }

    /*
     * Fast paths for plain ASCII, most of what imports and the index see: one pass, no Normalizer and
     * no regular expressions, with exactly the results of the general route (TextTest compares them).
     */

    /*
     * Fast paths for Latin text (José, Núñez, Ünal, Øre...): every character below U+0250 folds on its
     * own, so a string of them folds character by character through a table built at start from the
     * general route itself (NFD, marks dropped, lower case), with no Normalizer or regular expression
     * per call. Characters whose folding leaves that range, and all others, take the general route.
     * TextTest compares both routes on every such character and on random strings.
     */

    private static final int LATIN_END = 0x250;
    /** The folded form of each character below {@link #LATIN_END}; null where the fast path does not apply. */
    private static final String[] FOLDED = new String[LATIN_END];
    /** Whether each character below {@link #LATIN_END} is a letter or digit to {@code NON_WORD}. */
    private static final boolean[] WORD = new boolean[LATIN_END];

    static {
        for (char c = 0; c < LATIN_END; c++) {
            String one = String.valueOf(c);
            String folded = MARKS.matcher(Normalizer.normalize(one, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            FOLDED[c] = folded.chars().allMatch(f -> f < LATIN_END) ? folded : null;
            WORD[c] = !NON_WORD.matcher(one).matches();
        }
    }

    /** {@code s} folded character by character when every character allows it, else null. */
    private static String latinFolded(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = c < LATIN_END ? FOLDED[c] : null;
            if (f == null) {
                return null;
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /** {@code key} (a {@link #key}, all characters below {@link #LATIN_END}) with every run of non-word characters one space. */
    private static String latinWords(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        boolean gap = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (WORD[c]) {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String asciiKey(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                space = false;
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return sb.toString();
    }

    private static String asciiWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                word = true;
            }
            if (word) {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Null for null or blank input, else the trimmed text. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
