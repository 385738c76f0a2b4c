package dev.kith.capture;

import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Who I am": every address of the user (work, home, aliases). Mail from any of them is mine; mail
 * To any of them is addressed to me. Addresses are kept as entered and matched ignoring case.
 * Changing them applies to mail captured afterwards; mail captured before keeps its reading.
 * Thread-safe.
 */
public final class MyAddresses {
    private final Database db;
    private final MailStore store;

    MyAddresses(Database db, MailStore store) {
        this.db = db;
        this.store = store;
    }

    /** My addresses as entered, in alphabetical order; an empty list when none is declared. */
    public List<String> list() {
        return store.myAddresses();
    }

    /** Replaces my addresses with {@code emails} (duplicates ignoring case kept once). */
    public void set(Collection<String> emails) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String e : emails) {
            clean.putIfAbsent(key("email", e), e.trim());
        }
        db.update(h -> {
            store.removeAllMine(h);
            clean.forEach((key, email) -> store.addMine(h, email, key));
        });
    }

    /** Adds one address of mine; one already there (in any case) is kept once, as last entered. */
    public void add(String email) {
        String key = key("email", email);
        db.update(h -> store.addMine(h, email.trim(), key));
    }

    /** Removes one address of mine; a {@link ValidationException} when it is not one. */
    public void remove(String email) {
        String key = key("email", email);
        db.update(h -> {
            if (store.removeMine(h, key) == 0) {
                throw new ValidationException("email", email.trim() + " is not one of your addresses");
            }
        });
    }

    /** My addresses in lower case. */
    Set<String> keys() {
        return store.myKeys();
    }

    /** {@code email} trimmed and in lower case; a {@link ValidationException} on {@code field} unless it is an address. */
    static String key(String field, String email) {
        if (email == null || email.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        String e = email.trim();
        if (!dev.kith.core.Text.isEmailAddress(e)) {
            throw new ValidationException(field, "'" + e + "' is not an email address");
        }
        return e.toLowerCase(Locale.ROOT);
    }
}
