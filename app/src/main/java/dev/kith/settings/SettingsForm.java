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

    /** What the API answers when a change of server dropped the stored SMTP password. */
    public static final String FORGOTTEN = "the stored password was forgotten because the server (host, port or"
            + " STARTTLS) changed: give the password for the new server";

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
        MailConfig before = settings.mail().orElse(null);
        MailConfig after = mail(settings, smtp);
        settings.store(me, clean, after);
        Settings.View view = settings.view();
        if (before != null && before.password() != null && after != null && after.password() == null) {
            view = view.withSmtp(view.smtp().withNotice(FORGOTTEN));
        }
        return view;
    }

    /**
     * The mail settings {@code smtp} asks for, over the stored ones; null when no server is named, which
     * leaves the mail settings as they are. An empty password keeps the stored one only while the server
     * stays the same (host, port and STARTTLS): a password is bound to the server it was given for, and
     * is forgotten when the server changes unless a new one comes in the same change.
     */
    private static MailConfig mail(Settings settings, Map<String, String> smtp) {
        String host = smtp.get(Settings.SMTP_HOST);
        if (host == null) {
            return null;
        }
        MailConfig stored = settings.mail().orElse(null);
        int port = smtp.get(Settings.SMTP_PORT) == null ? 587 : bounded(Settings.SMTP_PORT, smtp.get(Settings.SMTP_PORT), 1, 65_535);
        String from = smtp.get(Settings.SMTP_FROM);
        if (from != null && !from.contains("@")) {
            throw new ValidationException(Settings.SMTP_FROM, "'" + from + "' is not an email address");
        }
        boolean starttls = smtp.get(Settings.SMTP_STARTTLS) == null
                ? stored == null || stored.starttls() : Boolean.parseBoolean(smtp.get(Settings.SMTP_STARTTLS))
                || smtp.get(Settings.SMTP_STARTTLS).equals("on");
        String password = smtp.get(Settings.SMTP_PASSWORD) != null ? smtp.get(Settings.SMTP_PASSWORD)
                : stored == null || !sameServer(stored, host, port, starttls) ? null : stored.password();
        try {
            return new MailConfig(host, port, smtp.get(Settings.SMTP_USER), password, starttls, from);
        } catch (ValidationException e) {
            throw new ValidationException("smtp." + e.field(), e.reason());
        }
    }

    /** Whether {@code stored} is the server {@code host}:{@code port} with the same STARTTLS setting. */
    static boolean sameServer(MailConfig stored, String host, int port, boolean starttls) {
        return stored.host().equalsIgnoreCase(host) && stored.port() == port && stored.starttls() == starttls;
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
