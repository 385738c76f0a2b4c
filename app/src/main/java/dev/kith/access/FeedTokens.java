package dev.kith.access;

import dev.kith.store.Database;
import dev.kith.store.SettingValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The read-only tokens of books' calendar feeds: {@code BOOK.MAC}, where MAC is the HMAC-SHA256 of the
 * book's id and its feed generation under the server's feed key ({@link LocalKeys#feedKey}). The
 * database keeps only the generation (setting {@code calendar.generation}), so neither it nor a backup
 * holds a usable token; a new token is a new generation, which makes every older one invalid.
 */
public final class FeedTokens {
    static final String GENERATION = "calendar.generation";
    private final Database db;
    private final String key;

    public FeedTokens(Database db, String key) {
        this.db = db;
        this.key = key;
    }

    /** The current feed token of {@code book}. */
    public String of(long book) {
        return book + "." + mac(book, generation(book));
    }

    /** Makes a new token for {@code book}, ending the old one; returns the new one. */
    public String rotate(long book) {
        new SettingValues(db, book).putAll(Map.of(GENERATION, Long.toString(generation(book) + 1)));
        return of(book);
    }

    /** The book whose current token is {@code token}, or empty when it is no book's (wrong, old or malformed). */
    public OptionalLong book(String token) {
        if (token == null || token.length() > 100) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return OptionalLong.empty();
        }
        long book;
        try {
            book = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return Secrets.same(token, of(book)) ? OptionalLong.of(book) : OptionalLong.empty();
    }

    private long generation(long book) {
        String value = new SettingValues(db, book).all().get(GENERATION);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String mac(long book, long generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] out = mac.doFinal(("calendar:" + book + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
