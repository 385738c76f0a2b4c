package dev.kith.contacts;

import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Validation and clean-up of contact fields, shared by drafts and patches. */
final class Fields {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    private static final int MAX_NAME = dev.kith.core.Limits.NAME;

    private Fields() {
    }

    static String requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        String trimmed = SPACES.matcher(name.strip()).replaceAll(" ");
        if (trimmed.length() > MAX_NAME) {
            throw new ValidationException(field, "is longer than " + MAX_NAME + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i))) {
                throw new ValidationException(field, "must not contain control characters");
            }
        }
        return trimmed;
    }

    static List<String> emails(String field, List<String> emails) {
        List<String> clean = distinct(field, emails);
        for (String e : clean) {
            if (!dev.kith.core.Text.isEmailAddress(e)) {
                throw new ValidationException(field, "'" + e + "' is not an email address");
            }
        }
        return clean;
    }

    /** Trimmed, blank-free, duplicates (ignoring case) removed, order kept. */
    static List<String> distinct(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new ValidationException(field, "must not be blank");
            }
            seen.putIfAbsent(v.trim().toLowerCase(Locale.ROOT), v.trim());
        }
        return List.copyOf(seen.values());
    }

    /** Tags and interests: trimmed, single-spaced, lower case, distinct. */
    static List<String> labels(String field, List<String> values) {
        return distinct(field, values).stream()
                .map(v -> SPACES.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .distinct()
                .toList();
    }

    /**
     * Interests: trimmed, single-spaced, distinct ignoring case, each kept as first written ("IIIF"
     * stays "IIIF"); matching them ignores case.
     */
    static List<String> interests(String field, List<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String v : distinct(field, values)) {
            String spaced = SPACES.matcher(v).replaceAll(" ");
            seen.putIfAbsent(spaced.toLowerCase(Locale.ROOT), spaced);
        }
        return List.copyOf(seen.values());
    }

    static String url(String field, String url) {
        String v = Text.blankToNull(url);
        if (v == null) {
            return null;
        }
        String withScheme = SCHEME.matcher(v).matches() ? v : "https://" + v;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw new ValidationException(field, "'" + v + "' is not a web address");
            }
            return withScheme;
        } catch (URISyntaxException e) {
            throw new ValidationException(field, "'" + v + "' is not a web address");
        }
    }
}
