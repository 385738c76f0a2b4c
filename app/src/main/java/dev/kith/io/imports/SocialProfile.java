package dev.kith.io.imports;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.property.RawProperty;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The web address of Apple's {@code X-SOCIALPROFILE} property, as macOS and iOS write it: a URL whose colon
 * older macOS escapes ({@code http\://www.linkedin.com/in/ana}), or, since iOS 13, a placeholder
 * ({@code x-apple:ana}) with the user name in the {@code x-user} parameter, from which a LinkedIn profile's
 * address is rebuilt ({@code https://www.linkedin.com/in/ana}). A placeholder of another network names no web
 * address. Linear; thread-safe (stateless).
 */
final class SocialProfile {
    /** A LinkedIn public profile name: letters, digits, hyphens and underscores (and what percent-encoding uses). */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}_%-]{1,100}");

    private SocialProfile() {
    }

    /** The web address {@code profile} names, or null when it names none. */
    static String url(RawProperty profile) {
        String value = profile.getValue() == null ? "" : VObjectPropertyValues.unescape(profile.getValue()).strip();
        if (web(value)) {
            return value;
        }
        String user = profile.getParameter("X-USER");
        user = user == null ? "" : VObjectPropertyValues.unescape(user).strip();
        if (web(user)) {
            return user;
        }
        boolean linkedIn = profile.getParameters().getTypes().stream()
                .anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals("linkedin"));
        return linkedIn && SLUG.matcher(user).matches() ? "https://www.linkedin.com/in/" + user : null;
    }

    private static boolean web(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }
}
