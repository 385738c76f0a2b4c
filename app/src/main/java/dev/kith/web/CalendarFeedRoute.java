package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.io.calendar.CalendarFeed;
import dev.kith.settings.Settings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The iCalendar feed at {@code /calendar.ics}, behind the token shown in Settings. */
final class CalendarFeedRoute {
    private final Kith book;
    private final Settings settings;

    CalendarFeedRoute(Kith book, Settings settings) {
        this.book = book;
        this.settings = settings;
    }

    void register(RoutesConfig r) {
        r.get("/calendar.ics", this::calendar);
    }

    /**
     * The iCalendar feed calendar apps subscribe to: planned meetings and open tasks. The token from
     * Settings is the only credential, compared in constant time; a wrong or old one is a 403.
     */
    private void calendar(Context ctx) {
        String given = ctx.queryParam("token");
        String expected = settings.view().calendarToken();
        if (given == null || expected == null || !MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpProblem(403, "token",
                    "this calendar address is not valid; copy the current one from Settings");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarFeed(book.book(), book.contacts(), book.events(), book.interactions(), book.tasks()).write(out);
        ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "no-store").result(out.toByteArray());
    }
}
