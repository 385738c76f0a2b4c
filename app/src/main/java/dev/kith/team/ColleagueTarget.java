package dev.kith.team;

import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who to look for in colleagues' books: a name, and optionally an organization (where they work now),
 * email addresses and a LinkedIn address. A person is matched by any of the emails first, then by the
 * LinkedIn address, else by name together with organization (a name alone matches nobody: too many people
 * share one). All comparisons ignore case and surrounding or repeated blanks.
 */
public record ColleagueTarget(String name, String organization, List<String> emails, String linkedinUrl) {
    public ColleagueTarget {
        name = Text.blankToNull(name);
        if (name == null) {
            throw new ValidationException("name", "must not be blank");
        }
        organization = Text.blankToNull(organization);
        Set<String> kept = new LinkedHashSet<>();
        for (String e : emails == null ? List.<String>of() : emails) {
            String v = Text.blankToNull(e);
            if (v != null) {
                kept.add(v);
            }
        }
        emails = List.copyOf(kept);
        linkedinUrl = Text.blankToNull(linkedinUrl);
    }

    /** A free description: a name, and an organization and an email that may be null. */
    public static ColleagueTarget of(String name, String organization, String email) {
        return new ColleagueTarget(name, organization, email == null ? List.of() : List.of(email), null);
    }

    /** The emails as the contacts store keys them: trimmed, lower case. */
    List<String> emailKeys() {
        return emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The name as the contacts store keys it ({@link Text#key}). */
    String nameKey() {
        return Text.key(name);
    }

    /** The organization as the contacts store keys it ({@link Text#key}); null when there is none. */
    String organizationKey() {
        return organization == null ? null : Text.key(organization);
    }

    /** The LinkedIn address's key (see {@link #linkedinKey(String)}); null when there is none. */
    String linkedinKey() {
        return linkedinUrl == null ? null : linkedinKey(linkedinUrl);
    }

    /**
     * A LinkedIn address as migration V16's index keys it: ASCII letters in lower case, without
     * {@code https://}, {@code http://} or {@code www.}, and without trailing slashes.
     */
    static String linkedinKey(String url) {
        StringBuilder lower = new StringBuilder(url.length());
        for (char c : url.strip().toCharArray()) {
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        String key = lower.toString().replace("https://", "").replace("http://", "").replace("www.", "");
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '/') {
            end--;
        }
        return key.substring(0, end);
    }
}
