package dev.kith.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * How a server lets people in: the personal server by its secret ({@link PersonalAccess}), the team
 * server by accounts ({@link TeamAccess}). Every route but the public ones (static files, the calendar
 * feed with its own token, and signing in) runs only for a {@link Visitor}.
 */
interface Access {
    /** Who sent {@code ctx}, if they proved it; may answer instead (a redirect), then returns empty. */
    Optional<Visitor> visitor(Context ctx);

    /** Answers a request that proved nothing: a 401, or for the team's pages a redirect to sign in. */
    void refuse(Context ctx);

    /** Registers this access's own public routes (signing in and out). */
    void register(RoutesConfig r);

    /** Whether {@code path} (with {@code method}) is one of this access's public routes. */
    boolean isPublic(String method, String path);

    /**
     * Checks the HTTP Basic credentials of a CardDAV client: an app token as the password (the server's
     * secret on the personal server, a user's API token on the team server), never a sign-in password.
     */
    dev.kith.dav.DavAccounts.Login davLogin(String user, String password, String address);

    /** Whether this is the team server (accounts, private books). */
    boolean team();
}
