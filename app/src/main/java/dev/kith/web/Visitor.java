package dev.kith.web;

import dev.kith.app.Kith;
import io.javalin.http.Context;

/**
 * Who a request comes from, once let in: the book they work in, their account name (null on the
 * personal server), whether they administer the server, the CSRF token their pages carry, and whether
 * they came with a bearer token (which a browser never sends by itself, so no CSRF check applies).
 */
record Visitor(Kith book, String user, boolean admin, String csrf, boolean bearer) {
    private static final String ATTRIBUTE = "kith.visitor";

    void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The visitor the access check attached to {@code ctx}; only public routes run without one. */
    static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        if (visitor == null) {
            throw new IllegalStateException("no visitor on " + ctx.path() + ": the access check did not run");
        }
        return visitor;
    }

    /** The visitor of {@code ctx}, or null on a public route. */
    static Visitor orNull(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
