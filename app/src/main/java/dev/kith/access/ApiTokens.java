package dev.kith.access;

import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens for scripts: {@code kith_} and 256 random bits, shown once when made; the database
 * keeps only their SHA-256, a label and when each was made, last used and revoked. Thread-safe.
 */
public final class ApiTokens {
    /** What every API token starts with, which tells it from a session token. */
    public static final String PREFIX = "kith_";
    /** How stale "last used" may get before a use writes it again: a script's burst costs one write. */
    private static final long TOUCH_MILLIS = 60_000;
    private static final int MAX_LABEL = 100;

    private final Database db;
    private final InstantSource time;

    public ApiTokens(Database db, InstantSource time) {
        this.db = db;
        this.time = time;
    }

    /** A token as listed: never the token itself. */
    public record Listed(long id, String label, Instant created, Instant lastUsed, Instant revoked) {
    }

    /** A token just made: {@code token} is shown once and is not kept. */
    public record Issued(long id, String label, String token) {
    }

    /** Makes a token for {@code user}, labelled {@code label} ("api" when blank). */
    public Issued create(long user, String label) {
        String name = label == null || label.isBlank() ? "api" : label.strip();
        if (name.length() > MAX_LABEL) {
            throw new ValidationException("name", "must have at most " + MAX_LABEL + " characters");
        }
        String token = PREFIX + Secrets.random();
        long id = db.write(h -> h.createQuery("INSERT INTO api_tokens (user_id, label, token_hash, created_at)"
                        + " VALUES (:user, :label, :hash, :at) RETURNING id")
                .bind("user", user).bind("label", name).bind("hash", Secrets.sha256(token)).bind("at", time.millis())
                .mapTo(Long.class).one());
        return new Issued(id, name, token);
    }

    /** The enabled account whose unrevoked token is {@code token}, if any; notes the use. */
    public Optional<User> user(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        long now = time.millis();
        record Found(User user, long tokenId, Long lastUsed) {
        }
        Optional<Found> found = db.read(h -> h.createQuery("SELECT " + Users.JOINED + ", t.id AS token_id,"
                        + " t.last_used_at AS token_used FROM api_tokens t JOIN users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.disabled = :no")
                .bind("hash", hash).bind("no", false)
                .map((rs, ctx) -> new Found(Users.user(rs, ctx), rs.getLong("token_id"),
                        rs.getObject("token_used") == null ? null : rs.getLong("token_used")))
                .findOne());
        found.filter(f -> f.lastUsed() == null || now - f.lastUsed() > TOUCH_MILLIS)
                .ifPresent(f -> db.update(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                        .bind("at", now).bind("id", f.tokenId()).execute()));
        return found.map(Found::user);
    }

    /** The tokens of {@code user}, newest first. */
    public List<Listed> of(long user) {
        return db.read(h -> h.createQuery("SELECT id, label, created_at, last_used_at, revoked_at FROM api_tokens"
                        + " WHERE user_id = :user ORDER BY id DESC")
                .bind("user", user)
                .map((rs, ctx) -> new Listed(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        instant(rs.getObject(4)), instant(rs.getObject(5))))
                .list());
    }

    /** Revokes token {@code id} of {@code user}: it stops working at once. */
    public void revoke(long user, long id) {
        int changed = db.write(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at"
                        + " WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .bind("at", time.millis()).bind("id", id).bind("user", user).execute());
        if (changed == 0) {
            throw new NotFoundException("no unrevoked token " + id + " of this account");
        }
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
