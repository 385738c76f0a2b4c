package dev.kith.io.imports;

import dev.kith.contacts.UrlKey;
import dev.kith.core.Text;
import java.util.Locale;

/** The normalized forms merging compares: emails ignoring case, LinkedIn URLs ignoring scheme, "www." and slashes. */
final class Keys {
    private Keys() {
    }

    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** See {@link UrlKey#of}: the form in which LinkedIn URLs are compared; null for null or blank. */
    static String url(String url) {
        return UrlKey.of(url);
    }

    /** Normalized name and organization together; the organization may be null. */
    static String nameOrg(String name, String organization) {
        return Text.key(name) + "\u0000" + Text.key(organization);
    }
}
