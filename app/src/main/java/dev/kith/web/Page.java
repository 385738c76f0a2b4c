package dev.kith.web;

/**
 * What every page's frame needs: the title, which nav item is current, the CSRF token for forms, and
 * the signed-in account on the team server (null on the personal server, which has no sign-out), and the
 * confirmation to show once (null when none), and per person field the people its name matched.
 */
record Page(String title, String nav, String csrf, String user, Toasts.Toast toast,
            java.util.Map<String, java.util.List<Messages.Candidate>> picks) {
    Page(String title, String nav, String csrf, String user) {
        this(title, nav, csrf, user, null, java.util.Map.of());
    }

    /** The people to choose between for {@code field} when the name typed there matched several; empty when none. */
    java.util.List<Messages.Candidate> picks(String field) {
        return picks == null ? java.util.List.of() : picks.getOrDefault(field, java.util.List.of());
    }

    /** The htmx headers attribute that sends the CSRF token with every htmx request. */
    String hxHeaders() {
        return "{\"" + Guard.TOKEN_HEADER + "\": \"" + (csrf == null ? "" : csrf) + "\"}";
    }
}
