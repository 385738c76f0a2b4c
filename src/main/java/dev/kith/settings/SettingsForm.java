package dev.kith.settings;

import dev.kith.contacts.Circle;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validates and stores settings given by key ({@code today.plan-size}, {@code cadence.<circle>},
 * {@code smtp.host|port|username|password|from}); {@code me} names the contact who is the user.
 */
public final class SettingsForm {
    private static final Set<String> TEXT_KEYS = Set.of(Settings.SMTP_HOST, Settings.SMTP_USER, Settings.SMTP_FROM,
            Settings.SMTP_PASSWORD);

    private SettingsForm() {
    }

    /** Validates every entry of {@code input} and stores them all, or none when one is wrong. */
    public static Settings.View apply(Settings settings, Map<String, ?> input) {
        Map<String, String> clean = new HashMap<>();
        String me = null;
        for (Map.Entry<String, ?> e : input.entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? null : String.valueOf(e.getValue()).strip();
            if (key.equals("me")) {
                me = Text.blankToNull(value);
            } else if (key.equals(Settings.PLAN_SIZE)) {
                clean.put(key, String.valueOf(bounded(key, value, 1, dev.kith.today.Today.MAX_SIZE)));
            } else if (key.equals(Settings.SMTP_PORT)) {
                clean.put(key, Text.blankToNull(value) == null ? null : String.valueOf(bounded(key, value, 1, 65_535)));
            } else if (key.startsWith("cadence.")) {
                Circle.parse(key, key.substring("cadence.".length()));
                clean.put(key, Text.blankToNull(value) == null ? null : String.valueOf(bounded(key, value, 1, 3650)));
            } else if (TEXT_KEYS.contains(key)) {
                if (key.equals(Settings.SMTP_FROM) && value != null && !value.isBlank() && !value.contains("@")) {
                    throw new ValidationException(key, "'" + value + "' is not an email address");
                }
                if (!(key.equals(Settings.SMTP_PASSWORD) && (value == null || value.isBlank()))) {
                    clean.put(key, value);
                }
            } else {
                throw new ValidationException(key, "is not a setting");
            }
        }
        settings.store(me, clean);
        return settings.view();
    }

    private static int bounded(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
