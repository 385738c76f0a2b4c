package dev.kith.access;

import dev.kith.store.Database;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * What happened to accounts: sign-ins, failed sign-ins, tokens made and revoked, and administrators'
 * actions, each with who acted, on what, from which address and when. Never a password or a token.
 */
public final class AuditLog {
    private final Database db;
    private final InstantSource time;

    public AuditLog(Database db, InstantSource time) {
        this.db = db;
        this.time = time;
    }

    /** One thing that happened. */
    public record Entry(Instant at, String actor, String action, String subject, String address, String detail) {
    }

    /** Records that {@code actor} did {@code action} to {@code subject} from {@code address} (either may be null). */
    public void record(String actor, String action, String subject, String address, String detail) {
        db.update(h -> h.createUpdate("INSERT INTO audit_log (at, actor, action, subject, address, detail)"
                        + " VALUES (:at, :actor, :action, :subject, :address, :detail)")
                .bind("at", time.millis()).bind("actor", clip(actor)).bind("action", action)
                .bind("subject", clip(subject)).bind("address", clip(address)).bind("detail", clip(detail)).execute());
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> recent(int limit) {
        return db.read(h -> h.createQuery("SELECT at, actor, action, subject, address, detail FROM audit_log"
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list());
    }

    /** Text from outside (a name someone tried) is kept to 200 characters. */
    private static String clip(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
