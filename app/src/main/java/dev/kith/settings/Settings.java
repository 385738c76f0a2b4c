package dev.kith.settings;

import dev.kith.book.Book;
import dev.kith.contacts.Cadences;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contacts;
import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.MailSettings;
import dev.kith.store.SettingValues;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one book: who "me" is, the Today plan size and cadences per circle, kept as text values by key in the {@code settings} table (see {@link SettingValues});
 * and outgoing mail, kept with its password in the private mail file ({@link MailSettings}) that
 * {@code kith mail setup} and {@code kith send} use, never in the database or a backup. Absent keys
 * read as their defaults; {@link SettingsForm} validates changes. Thread-safe.
 */
public final class Settings {
    public static final String PLAN_SIZE = "today.plan-size";
    public static final String SMTP_HOST = "smtp.host";
    public static final String SMTP_PORT = "smtp.port";
    public static final String SMTP_USER = "smtp.username";
    public static final String SMTP_PASSWORD = "smtp.password";
    public static final String SMTP_FROM = "smtp.from";
    public static final String SMTP_STARTTLS = "smtp.starttls";
    public static final int DEFAULT_PLAN_SIZE = dev.kith.today.Today.DEFAULT_SIZE;

    private final Book book;
    private final Contacts contacts;
    private final SettingValues values;
    private final MailSettings mail;
    /** The name of "me", read again only after a commit: every page shows it. */
    private final dev.kith.store.PerVersion<Optional<String>> meName;

    /**
     * The settings of {@code book}, whose contacts are {@code contacts}, with outgoing mail in the private
     * mail file of this process's environment.
     */
    public Settings(Book book, Contacts contacts) {
        this(book, contacts, MailSettings.fromEnvironment());
    }

    /** The settings of {@code book}, whose contacts are {@code contacts}, with outgoing mail kept in {@code mail}. */
    public Settings(Book book, Contacts contacts, MailSettings mail) {
        this.book = book;
        this.contacts = contacts;
        this.values = new SettingValues(book.database(), book.id());
        this.mail = mail;
        this.meName = new dev.kith.store.PerVersion<>(book.database());
    }

    /** Outgoing mail as set up (here or with {@code kith mail setup}), or empty. */
    public Optional<MailConfig> mail() {
        return mail.find();
    }

    /** Where outgoing mail settings are kept. */
    public java.nio.file.Path mailFile() {
        return mail.file();
    }

    /** All settings as stored, by key; an empty map for a new book. */
    public Map<String, String> all() {
        return values.all();
    }

    /** The number of actions in Today's plan when none is asked for. */
    public int planSize() {
        return intOr(all().get(PLAN_SIZE), DEFAULT_PLAN_SIZE);
    }

    /**
     * In one transaction, makes the contact named (or numbered) {@code me} the user, unless it is null,
     * and stores {@code changes}: a field error when no single contact matches, and nothing is stored.
     */
    void store(String me, Map<String, String> changes, MailConfig newMail) {
        book.database().update(h -> {
            if (me != null) {
                try {
                    book.setMe(contacts.resolve(me).id());
                } catch (dev.kith.core.NotFoundException | dev.kith.core.AmbiguousNameException e) {
                    throw new dev.kith.core.ValidationException("me", e.getMessage());
                }
            }
            values.putAll(changes);
            if (newMail != null) {
                mail.save(newMail); // last: a failure here rolls the rest back
            }
        });
    }

    /** The typed view the pages and the API show; the SMTP password is never read back out. */
    public View view() {
        Map<String, String> values = all();
        Cadences set = Cadences.from(values);
        Map<String, Integer> cadences = new java.util.LinkedHashMap<>();
        for (Circle c : Circle.values()) {
            cadences.put(c.code(), set.days(c));
        }
        String me = meName.get(book.id(), () -> book.me().flatMap(id -> contacts.find(id)).map(c -> c.name()))
                .orElse(null);
        return new View(me, intOr(values.get(PLAN_SIZE), DEFAULT_PLAN_SIZE), cadences,
                mail().map(m -> new Smtp(m.host(), m.port(), m.user(), m.from(), m.password() != null, m.starttls(), null))
                        .orElse(new Smtp(null, 587, null, null, false, true, null)),
                Boolean.parseBoolean(values.get(dev.kith.team.TeamSharing.KEY)));
    }

    /** The effective cadence of a circle: the setting, else the circle's default. */
    public int cadence(Circle circle) {
        return Cadences.from(all()).days(circle);
    }

    private static int intOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Settings as shown; {@code me} and SMTP fields are null when not set. */
    public record View(String me, int planSize, Map<String, Integer> cadences, Smtp smtp, boolean shareGraph) {
        public View {
            cadences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cadences));
        }

        /** This view with {@code smtp} instead of its outgoing mail. */
        public View withSmtp(Smtp smtp) {
            return new View(me, planSize, cadences, smtp, shareGraph);
        }
    }

    /**
     * Outgoing mail; {@code passwordSet} says whether a password is stored, never the password. {@code notice}
     * says what the last change did beyond the fields (the stored password forgotten because the server
     * changed); null otherwise.
     */
    public record Smtp(String host, int port, String username, String from, boolean passwordSet, boolean starttls,
                       String notice) {
        /** This outgoing mail with {@code notice}. */
        public Smtp withNotice(String notice) {
            return new Smtp(host, port, username, from, passwordSet, starttls, notice);
        }
    }
}
