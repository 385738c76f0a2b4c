package dev.kith.access;

import dev.kith.store.Database;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Sign-in sessions, kept in the database so that they survive restarts and hold across several server
 * processes: the session token is handed out once (cookie or API), the database keeps its SHA-256. A
 * session ends on sign-out, after {@link #IDLE} without use, and {@link #ABSOLUTE} after sign-in,
 * whichever comes first. Thread-safe.
 */
public final class Sessions {
    /** Unused this long, a session ends. */
    public static final Duration IDLE = Duration.ofHours(12);
    /** This long after sign-in, a session ends however much it is used. */
    public static final Duration ABSOLUTE = Duration.ofDays(7);
    /** How stale "last seen" may get before a request writes it again. */
    private static final long TOUCH_MILLIS = 60_000;

    private final Database db;
    private final InstantSource time;

    public Sessions(Database db, InstantSource time) {
        this.db = db;
        this.time = time;
    }

    /** Starts a session for {@code user} and returns its token; ended sessions are swept out on the way. */
    public String start(long user) {
        String token = Secrets.random();
        long now = time.millis();
        db.update(h -> {
            h.createUpdate("DELETE FROM sessions WHERE created_at < :absolute OR last_seen_at < :idle")
                    .bind("absolute", now - ABSOLUTE.toMillis()).bind("idle", now - IDLE.toMillis()).execute();
            h.createUpdate("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at)"
                            + " VALUES (:hash, :user, :now, :now)")
                    .bind("hash", Secrets.sha256(token)).bind("user", user).bind("now", now).execute();
        });
        return token;
    }

    /** The enabled account of the live session {@code token}, if any; notes the use. */
    public Optional<User> user(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        long now = time.millis();
        record Found(User user, long lastSeen) {
        }
        Optional<Found> found = db.read(h -> h.createQuery("SELECT " + Users.JOINED + ", s.last_seen_at AS seen"
                        + " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = :hash"
                        + " AND u.disabled = :no AND s.created_at >= :absolute AND s.last_seen_at >= :idle")
                .bind("hash", hash).bind("no", false).bind("absolute", now - ABSOLUTE.toMillis())
                .bind("idle", now - IDLE.toMillis())
                .map((rs, ctx) -> new Found(Users.user(rs, ctx), rs.getLong("seen"))).findOne());
        found.filter(f -> now - f.lastSeen() > TOUCH_MILLIS)
                .ifPresent(f -> db.update(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash")
                        .bind("now", now).bind("hash", hash).execute()));
        return found.map(Found::user);
    }

    /** Ends the session {@code token} (signing out); nothing happens when it has already ended. */
    public void end(String token) {
        if (token != null) {
            db.update(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                    .bind("hash", Secrets.sha256(token)).execute());
        }
    }
}
