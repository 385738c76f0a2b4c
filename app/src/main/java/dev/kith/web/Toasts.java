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

    /**
     * A toast: what happened, and the journal entry {@code POST /api/v1/undo?entry=N} takes back (null when
     * it cannot be undone).
     */
    record Toast(String message, Long entry) {
        /** Whether the toast offers Undo. */
        boolean undo() {
            return entry != null;
        }
    }

    /** Says {@code message} on the next page this browser shows (or in this htmx swap). */
    static void say(Context ctx, String message) {
        say(ctx, message, false);
    }

    /**
     * Says {@code message}, with an Undo button when {@code undo}: one that takes back exactly the change
     * just recorded (the latest entry of the visitor's journal now), and nothing done after it.
     */
    static void say(Context ctx, String message, boolean undo) {
        String text = message.length() > MAX ? message.substring(0, MAX - 1) + "…" : message;
        Long entry = undo ? Visitor.of(ctx).book().journal().lastEntry().orElse(null) : null;
        ctx.attribute(NOW, new Toast(text, entry));
        if (Pages.htmx(ctx)) {
            try {
                // ASCII only: a header carries no other characters safely
                ctx.header("HX-Trigger", WebJson.MAPPER.writer()
                        .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                        .writeValueAsString(java.util.Map.of("kith-toast", entry == null ? java.util.Map.of("message", text, "undo", false)
                                : java.util.Map.of("message", text, "undo", true, "entry", entry))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            Cookies.set(ctx, COOKIE, URLEncoder.encode((entry != null ? entry + "|" : "-|") + text, StandardCharsets.UTF_8), "Lax",
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
        int bar = text.indexOf('|');
        if (bar < 1 || bar > 20) {
            return null;
        }
        Long entry = null;
        if (!"-".equals(text.substring(0, bar))) {
            try {
                entry = Long.valueOf(text.substring(0, bar));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String message = text.substring(bar + 1);
        return new Toast(message.length() > MAX ? message.substring(0, MAX) : message, entry);
    }
}
