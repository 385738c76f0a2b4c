package dev.kith.web;

/**
 * What every page's frame needs: the title, which nav item is current, the CSRF token for forms, and
 * the signed-in account on the team server (null on the personal server, which has no sign-out), and the
 * confirmation to show once (null when none).
 */
record Page(String title, String nav, String csrf, String user, Toasts.Toast toast) {
    Page(String title, String nav, String csrf, String user) {
        this(title, nav, csrf, user, null);
    }

    /** The htmx headers attribute that sends the CSRF token with every htmx request. */
    String hxHeaders() {
        return "{\"" + Guard.TOKEN_HEADER + "\": \"" + (csrf == null ? "" : csrf) + "\"}";
    }
}
