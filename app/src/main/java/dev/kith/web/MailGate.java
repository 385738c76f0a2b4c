package dev.kith.web;

import io.javalin.http.Context;
import java.util.Collection;

/**
 * On the team server outgoing mail is the server's, shared by every account: only an administrator
 * may change it. On the personal server the one user may.
 */
final class MailGate {
    private MailGate() {
    }

    /** A 403 when a non-administrator on the team server tries to change any {@code smtp.*} setting. */
    static void check(Context ctx, boolean team, Collection<String> keys) {
        if (team && !Visitor.of(ctx).admin() && keys.stream().anyMatch(k -> k.startsWith("smtp."))) {
            throw new HttpProblem(403, "smtp", "only an administrator can change the server's outgoing mail");
        }
    }
}
