package dev.kith.web;

/** What every page's frame needs: the title, which nav item is current, and the CSRF token for forms. */
record Page(String title, String nav, String csrf) {
    /** The htmx headers attribute that sends the CSRF token with every htmx request. */
    String hxHeaders() {
        return "{\"" + Guard.TOKEN_HEADER + "\": \"" + csrf + "\"}";
    }
}
