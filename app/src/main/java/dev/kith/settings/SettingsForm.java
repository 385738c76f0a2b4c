package dev.kith.settings;

import dev.kith.contacts.Circle;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.io.mail.MailConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validates and stores settings given by key: {@code me} (the contact who is the user),
 * {@code today.plan-size}, {@code cadence.<circle>}, {@code team.share-graph} (the team server), and outgoing mail ({@code smtp.host|port|username|password|from|starttls},
 * kept in the private mail file that {@code kith send} reads). Everything is checked before anything is stored.
 */
public final class SettingsForm {
    private static final Set<String> SMTP_KEYS = Set.of(Settings.SMTP_HOST, Settings.SMTP_PORT, Settings.SMTP_USER,
            Settings.SMTP_PASSWORD, Settings.SMTP_FROM, Settings.SMTP_STARTTLS);

    private SettingsForm() {
    }

    /** Validates every entry of {@code input} and stores them all, or none when one is wrong. */
    public static Settings.View apply(Settings settings, Map<String, ?> input) {
        Map<String, String> clean = new HashMap<>();
        Map<String, String> smtp = new HashMap<>();
        String me = null;
        for (Map.Entry<String, ?> e : input.entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? null : String.valueOf(e.getValue()).strip();
            if (key.equals("me")) {
                me = Text.blankToNull(value);
            } else if (key.equals(Settings.PLAN_SIZE)) {
                clean.put(key, String.valueOf(bounded(key, value, 1, dev.kith.today.Today.MAX_SIZE)));
            } else if (key.startsWith("cadence.")) {
                Circle.parse(key, key.substring("cadence.".length()));
                clean.put(key, Text.blankToNull(value) == null ? null : String.valueOf(bounded(key, value, 1, 3650)));
            } else if (key.equals(dev.kith.team.TeamSharing.KEY)) {
                clean.put(key, String.valueOf(dev.kith.team.TeamSharing.parse(value)));
            } else if (SMTP_KEYS.contains(key)) {
                smtp.put(key, Text.blankToNull(value));
            } else {
                throw new ValidationException(key, "is not a setting");
            }
        }
        settings.store(me, clean, mail(settings, smtp));
        return settings.view();
    }

    /**
     * The mail settings {@code smtp} asks for, over the stored ones (an empty password keeps the stored
     * one); null when no server is named, which leaves the mail settings as they are.
     */
    private static MailConfig mail(Settings settings, Map<String, String> smtp) {
        String host = smtp.get(Settings.SMTP_HOST);
        if (host == null) {
            return null;
        }
        MailConfig stored = settings.mail().orElse(null);
        int port = smtp.get(Settings.SMTP_PORT) == null ? 587 : bounded(Settings.SMTP_PORT, smtp.get(Settings.SMTP_PORT), 1, 65_535);
        String password = smtp.get(Settings.SMTP_PASSWORD) != null ? smtp.get(Settings.SMTP_PASSWORD)
                : stored == null ? null : stored.password();
        String from = smtp.get(Settings.SMTP_FROM);
        if (from != null && !from.contains("@")) {
            throw new ValidationException(Settings.SMTP_FROM, "'" + from + "' is not an email address");
        }
        boolean starttls = smtp.get(Settings.SMTP_STARTTLS) == null
                ? stored == null || stored.starttls() : Boolean.parseBoolean(smtp.get(Settings.SMTP_STARTTLS))
                || smtp.get(Settings.SMTP_STARTTLS).equals("on");
        try {
            return new MailConfig(host, port, smtp.get(Settings.SMTP_USER), password, starttls, from);
        } catch (ValidationException e) {
            throw new ValidationException("smtp." + e.field(), e.reason());
        }
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
