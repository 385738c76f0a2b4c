package dev.kith.contacts;

import java.util.Locale;

/**
 * The form in which two profile URLs (a LinkedIn URL) are compared, ignoring the scheme, "www.", the
 * query, the fragment and trailing slashes: by the import's merge rules and by {@link Duplicates}.
 */
public final class UrlKey {
    private UrlKey() {
    }

    /**
     * "https://www.LinkedIn.com/in/ana-lima/?x=1" and "linkedin.com/in/ana-lima" give the same key; null for null.
     * Without regular expressions: this runs twice per imported row, and once per contact when looking for duplicates.
     */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        u = u.substring(schemeEnd(u));
        if (u.startsWith("www.")) {
            u = u.substring(4);
        }
        int cut = u.length();
        for (char c : new char[] {'?', '#'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        while (cut > 0 && u.charAt(cut - 1) == '/') {
            cut--;
        }
        return u.substring(0, cut);
    }

    /** The length of a leading {@code scheme://} ({@code [a-z][a-z0-9+.-]*://}) in lower-case {@code u}, else 0. */
    private static int schemeEnd(String u) {
        if (u.isEmpty() || u.charAt(0) < 'a' || u.charAt(0) > 'z') {
            return 0;
        }
        int i = 1;
        while (i < u.length()) {
            char c = u.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        return u.startsWith("://", i) ? i + 3 : 0;
    }
}
