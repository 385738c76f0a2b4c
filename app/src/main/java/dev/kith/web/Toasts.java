package dev.kith.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short confirmations a page shows after a change ("Logged a coffee with Ana"), optionally with
 * an Undo button. After a redirect the message rides in a one-use cookie that the next page shows and
 * clears; an htmx swap gets it in the {@code HX-Trigger} header, which app.js turns into the same toast.
 */
final class Toasts {
    static final String COOKIE = "kith_toast";
    /** Messages longer than this are cut, so that the cookie stays small. */
    static final int MAX = 240;
    /** The toast of this request, for a page rendered in the same response instead of after a redirect. */
    private static final String NOW = "kith.toast";

    private Toasts() {
    }

    /** A toast: what happened, and whether {@code POST /api/v1/undo} can take it back. */
    record Toast(String message, boolean undo) {
    }

    /** Says {@code message} on the next page this browser shows (or in this htmx swap). */
    static void say(Context ctx, String message) {
        say(ctx, message, false);
    }

    /** Says {@code message}, with an Undo button when {@code undo}. */
    static void say(Context ctx, String message, boolean undo) {
        String text = message.length() > MAX ? message.substring(0, MAX - 1) + "…" : message;
        ctx.attribute(NOW, new Toast(text, undo));
        if (Pages.htmx(ctx)) {
            try {
                // ASCII only: a header carries no other characters safely
                ctx.header("HX-Trigger", WebJson.MAPPER.writer()
                        .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                        .writeValueAsString(java.util.Map.of("kith-toast", java.util.Map.of("message", text, "undo", undo))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            Cookies.set(ctx, COOKIE, URLEncoder.encode((undo ? "u|" : "-|") + text, StandardCharsets.UTF_8), "Lax",
                    "https".equals(ctx.scheme()));
        }
    }

    /** The toast waiting for this page, cleared so that it shows once; null when none. */
    static Toast take(Context ctx) {
        Toast now = ctx.attribute(NOW);
        if (now != null) {
            Cookies.clear(ctx, COOKIE, "https".equals(ctx.scheme())); // shown here, so not again on the next page
            return now;
        }
        String raw = ctx.cookie(COOKIE);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Cookies.clear(ctx, COOKIE, "https".equals(ctx.scheme()));
        String text;
        try {
            text = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (text.length() < 3 || text.charAt(1) != '|') {
            return null;
        }
        String message = text.substring(2);
        return new Toast(message.length() > MAX ? message.substring(0, MAX) : message, text.charAt(0) == 'u');
    }
}
