package dev.kith.io.imports;

import dev.kith.core.Text;
import java.util.Locale;

/** The normalized forms merging compares: emails ignoring case, LinkedIn URLs ignoring scheme, "www." and slashes. */
final class Keys {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile("^www\\.");

    private Keys() {
    }

    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** "https://www.LinkedIn.com/in/ana-lima/?x=1" and "linkedin.com/in/ana-lima" give the same key; null for null. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        u = WWW.matcher(u).replaceFirst("");
        int cut = u.length();
        for (char c : new char[] {'?', '#'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        u = u.substring(0, cut);
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** Normalized name and organization together; the organization may be null. */
    static String nameOrg(String name, String organization) {
        return Text.key(name) + "\u0000" + Text.key(organization);
    }
}
