package dev.kith.web;

import dev.kith.app.Kith;

/** The Network page: the picture of the network and the best path to a target ({@link NetworkPage}). */
final class NetworkPages {
    private final Kith book;
    private final Pages pages;

    NetworkPages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    void register(Routes r) {
        r.get("/network", ctx -> pages.render(ctx, "network.jte", "Network", "network",
                NetworkPage.of(book, ctx.queryParam("path"))));
    }
}
