package dev.kith.access;

import dev.kith.store.Database;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Signing in with a name and password: throttled per account and per address (after {@link #LIMIT}
 * failures within {@link #WINDOW_MILLIS}, further tries are refused until the oldest falls out of the
 * window, whether or not the password is right), and audited. Failures are counted in the database,
 * so every server process sees the same count. Thread-safe.
 */
public final class SignIns {
    static final int LIMIT = 10;
    static final long WINDOW_MILLIS = 60_000;

    private final Database db;
    private final InstantSource time;
    private final Users users;
    private final Sessions sessions;
    private final AuditLog audit;

    public SignIns(Database db, InstantSource time, Users users, Sessions sessions, AuditLog audit) {
        this.db = db;
        this.time = time;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** How a sign-in ended. */
    public sealed interface Result permits SignedIn, Refused, Throttled {
    }

    /** Signed in: {@code token} is the new session's, to hand to the client once. */
    public record SignedIn(User user, String token) implements Result {
    }

    /** Wrong name or password, or a disabled account: the same answer for all three. */
    public record Refused() implements Result {
    }

    /** Too many failures lately: try again after {@code retryAfterSeconds}. */
    public record Throttled(long retryAfterSeconds) implements Result {
    }

    /** Tries to sign {@code name} in with {@code password} from {@code address}. */
    public Result signIn(String name, String password, String address) {
        String who = name == null ? "" : name.strip();
        String account = "account:" + who;
        String from = "address:" + address;
        long now = time.millis();
        long wait = Math.max(retryAfter(account, now), retryAfter(from, now));
        if (wait > 0) {
            audit.record(who, "sign-in throttled", who, address, null);
            return new Throttled(wait);
        }
        Optional<User> user = users.find(who);
        String hash = users.passwordHash(who).orElse(Passwords.DECOY);
        boolean matches = Passwords.matches(password, hash); // hashed even for a missing account: same timing
        if (user.isEmpty() || !matches || user.get().disabled()) {
            db.update(h -> {
                h.createUpdate("DELETE FROM sign_in_failures WHERE at < :old").bind("old", now - WINDOW_MILLIS * 60).execute();
                for (String subject : new String[] {account, from}) {
                    h.createUpdate("INSERT INTO sign_in_failures (subject, at) VALUES (:subject, :at)")
                            .bind("subject", subject).bind("at", now).execute();
                }
            });
            audit.record(who, "sign-in failed", who, address,
                    user.isEmpty() ? "no such account" : user.get().disabled() ? "account disabled" : "wrong password");
            return new Refused();
        }
        String token = sessions.start(user.get().id());
        audit.record(who, "signed in", who, address, null);
        return new SignedIn(user.get(), token);
    }

    /**
     * Seconds until {@code name} from {@code address} may try another credential (an app token, for the
     * address book); 0 when they may now. Counts the same failures as signing in.
     */
    public long retryAfter(String name, String address) {
        long now = time.millis();
        return Math.max(retryAfter("account:" + name, now), retryAfter("address:" + address, now));
    }

    /** Counts and audits a failed try of another credential by {@code name} from {@code address}. */
    public void failed(String name, String address, String detail) {
        long now = time.millis();
        db.update(h -> {
            for (String subject : new String[] {"account:" + name, "address:" + address}) {
                h.createUpdate("INSERT INTO sign_in_failures (subject, at) VALUES (:subject, :at)")
                        .bind("subject", subject).bind("at", now).execute();
            }
        });
        audit.record(name, "sign-in failed", name, address, detail);
    }

    /** Seconds until {@code subject} may try again; 0 when it may now. */
    private long retryAfter(String subject, long now) {
        return db.read(h -> {
            var times = h.createQuery("SELECT at FROM sign_in_failures WHERE subject = :subject AND at > :since"
                            + " ORDER BY at DESC LIMIT :limit")
                    .bind("subject", subject).bind("since", now - WINDOW_MILLIS).bind("limit", LIMIT)
                    .mapTo(Long.class).list();
            if (times.size() < LIMIT) {
                return 0L;
            }
            long oldest = times.get(times.size() - 1);
            return Math.max(1, (oldest + WINDOW_MILLIS - now + 999) / 1000);
        });
    }
}
