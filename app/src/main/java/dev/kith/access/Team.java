package dev.kith.access;

import dev.kith.core.KithClock;
import dev.kith.store.Database;
import java.time.InstantSource;

/**
 * The access parts of a team server over one database, built together: accounts, API tokens, sessions,
 * sign-ins and the audit log. {@code time} is the wall clock sessions and throttling run on.
 */
public final class Team {
    private final Users users;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final AuditLog audit;
    private final SignIns signIns;

    public Team(Database db, KithClock clock, InstantSource time) {
        this.users = new Users(db, clock, time);
        this.tokens = new ApiTokens(db, time);
        this.sessions = new Sessions(db, time);
        this.audit = new AuditLog(db, time);
        this.signIns = new SignIns(db, time, users, sessions, audit);
    }

    /** The team over {@code db} on the system clock. */
    public static Team of(Database db, KithClock clock) {
        return new Team(db, clock, InstantSource.system());
    }

    public Users users() {
        return users;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public Sessions sessions() {
        return sessions;
    }

    public AuditLog audit() {
        return audit;
    }

    public SignIns signIns() {
        return signIns;
    }
}
