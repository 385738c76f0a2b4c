package dev.kith.web;

import dev.kith.access.FeedTokens;
import dev.kith.app.Kith;
import dev.kith.io.calendar.CalendarFeed;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The iCalendar feed at {@code /calendar.ics}: calendar apps cannot sign in, so the read-only token in
 * its address (shown in Settings) is its only credential and names the book; a wrong or old one is a 403.
 */
final class CalendarFeedRoute {
    static final String PATH = "/calendar.ics";
    private final FeedTokens feeds;
    private final LongFunction<Optional<Kith>> books;

    /** {@code books} gives the book with an id when this server serves it to a feed (else empty). */
    CalendarFeedRoute(FeedTokens feeds, LongFunction<Optional<Kith>> books) {
        this.feeds = feeds;
        this.books = books;
    }

    void register(RoutesConfig r) {
        r.get(PATH, this::calendar);
    }

    /** Planned meetings and open tasks of the token's book. */
    private void calendar(Context ctx) {
        OptionalLong id = feeds.book(ctx.queryParam("token"));
        Optional<Kith> found = id.isPresent() ? books.apply(id.getAsLong()) : Optional.empty();
        if (found.isEmpty()) {
            throw new HttpProblem(403, "token", "this calendar address is not valid; copy the current one from Settings");
        }
        Kith book = found.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarFeed(book.book(), book.contacts(), book.events(), book.interactions(), book.tasks()).write(out);
        ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "no-store").result(out.toByteArray());
    }
}
