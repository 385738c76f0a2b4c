package dev.kith.web;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of one book, kept as text values by key in the {@code settings} table. Absent keys
 * read as their defaults. Thread-safe.
 */
final class Settings {
    static final String PLAN_SIZE = "today.plan-size";
    static final String CALENDAR_TOKEN = "calendar.token";
    static final String SMTP_HOST = "smtp.host";
    static final String SMTP_PORT = "smtp.port";
    static final String SMTP_USER = "smtp.username";
    static final String SMTP_PASSWORD = "smtp.password";
    static final String SMTP_FROM = "smtp.from";
    static final int DEFAULT_PLAN_SIZE = dev.kith.today.Today.DEFAULT_SIZE;

    private final Book book;

    Settings(Book book) {
        this.book = book;
    }

    /** All settings as stored, by key; an empty map for a new book. */
    Map<String, String> all() {
        return book.database().read(h -> {
            Map<String, String> values = new HashMap<>();
            h.createQuery("SELECT key, value FROM settings WHERE book_id = :book").bind("book", book.id())
                    .map((rs, ctx) -> values.put(rs.getString(1), rs.getString(2))).list();
            return values;
        });
    }

    /** Stores each value; a null or blank value removes the key (back to its default). */
    void putAll(Map<String, String> values) {
        book.database().update(h -> values.forEach((key, value) -> {
            h.createUpdate("DELETE FROM settings WHERE book_id = :book AND key = :key")
                    .bind("book", book.id()).bind("key", key).execute();
            if (value != null && !value.isBlank()) {
                h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:book, :key, :value)")
                        .bind("book", book.id()).bind("key", key).bind("value", value.strip()).execute();
            }
        }));
    }

    /** Makes the contact named (or numbered) {@code nameOrId} the user; a field error when no single one matches. */
    void setMe(String nameOrId) {
        try {
            book.setMe(book.contacts().resolve(nameOrId).id());
        } catch (dev.kith.core.NotFoundException | dev.kith.core.AmbiguousNameException e) {
            throw new dev.kith.core.ValidationException("me", e.getMessage());
        }
    }

    /** The typed view the pages and the API show; the SMTP password is never read back out. */
    View view() {
        Map<String, String> values = all();
        Map<String, Integer> cadences = new java.util.LinkedHashMap<>();
        for (Circle c : Circle.values()) {
            cadences.put(c.code(), intOr(values.get(cadenceKey(c)), c.defaultCadenceDays()));
        }
        String me = book.me().flatMap(id -> book.contacts().find(id)).map(c -> c.name()).orElse(null);
        return new View(me, intOr(values.get(PLAN_SIZE), DEFAULT_PLAN_SIZE), cadences,
                new Smtp(values.get(SMTP_HOST), intOr(values.get(SMTP_PORT), 587), values.get(SMTP_USER),
                        values.get(SMTP_FROM), values.containsKey(SMTP_PASSWORD)),
                values.get(CALENDAR_TOKEN));
    }

    /** The calendar feed token, created on first use. */
    String calendarToken() {
        String token = all().get(CALENDAR_TOKEN);
        return token != null ? token : newCalendarToken();
    }

    /** Replaces the calendar feed token: subscribed calendars stop updating until given the new URL. */
    String newCalendarToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        putAll(Map.of(CALENDAR_TOKEN, token));
        return token;
    }

    /** The effective cadence of a circle: the setting, else the circle's default. */
    int cadence(Circle circle) {
        return view().cadences().get(circle.code());
    }

    static String cadenceKey(Circle circle) {
        return "cadence." + circle.code();
    }

    private static int intOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Settings as shown; {@code me} and SMTP fields are null when not set. */
    record View(String me, int planSize, Map<String, Integer> cadences, Smtp smtp, String calendarToken) {
        View {
            cadences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cadences));
        }
    }

    /** Outgoing mail; {@code passwordSet} says whether a password is stored, never the password. */
    record Smtp(String host, int port, String username, String from, boolean passwordSet) {
    }
}
