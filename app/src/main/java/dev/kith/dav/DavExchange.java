package dev.kith.dav;

import dev.kith.cards.Cards;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * One authenticated DAV request on {@code cards}, the address book of {@code user}: sent to its method, reading
 * and writing single cards here (GET, HEAD, PUT, DELETE), properties in {@link DavFind}, reports in
 * {@link DavReports}. Not thread-safe.
 */
final class DavExchange {
    private final DavRequest req;
    private final Context ctx;
    private final Cards cards;

    DavExchange(Context ctx, Cards cards, String user) {
        this.req = DavRequest.of(ctx, cards, user);
        this.ctx = ctx;
        this.cards = cards;
    }

    void run(String method) {
        switch (method) {
            case "PROPFIND" -> new DavFind(req).propfind();
            case "REPORT" -> new DavReports(req).report();
            case "GET", "HEAD" -> get(method.equals("HEAD"));
            case "PUT" -> put();
            case "DELETE" -> delete();
            case "PROPPATCH" -> new DavFind(req).proppatch();
            default -> {
                ctx.header("Allow", DavServer.ALLOW);
                throw new DavProblem(405, method + " is not supported here; Kith's address book takes " + DavServer.ALLOW);
            }
        }
    }

    private void get(boolean head) {
        String name = req.cardName();
        if (name == null) {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(head ? "" : "Kith's address book: add this server to a CardDAV client (see the README)\n");
            return;
        }
        Cards.Card c = cards.card(name).orElseThrow(() -> new DavProblem(404, "no card at " + ctx.path()));
        ctx.header("ETag", c.etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && c.namedBy(ifNoneMatch)) { // RFC 9110 section 13.1.2: the client's copy is current
            ctx.status(304);
            return;
        }
        ctx.contentType("text/vcard; charset=utf-8");
        byte[] bytes = AddressData.ofAccept(ctx.header("Accept")).render(c.text()).getBytes(StandardCharsets.UTF_8);
        if (head) {
            ctx.header("Content-Length", Integer.toString(bytes.length));
        } else {
            ctx.result(bytes);
        }
    }

    private void put() {
        String given = req.clientName();
        if (given == null || given.contains("/")) {
            throw new DavProblem(405, "cards are written inside the address book, " + DavProperties.BOOK + "NAME.vcf");
        }
        String name = CardNames.stored(given);
        if (given.equals(".") || given.equals("..")) {
            throw new DavProblem(400, "'" + given + "' is a path step, not a card's name");
        }
        if (!Cards.validName(name)) {
            throw new DavProblem(400, "a card's name is at most 200 characters (fewer beyond letters, digits and . _ @ + ~ : -),"
                    + " not the " + given.length() + " of '" + given + "'");
        }
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/")) {
            throw new DavProblem(415, "send the card as text/vcard", "<card:supported-address-data/>");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > Cards.MAX_CARD) {
            throw new DavProblem(413, "the card is larger than " + Cards.MAX_CARD + " bytes", "<card:max-resource-size/>");
        }
        CardBody.Decoded decoded = CardBody.decode(body, type);
        String text = decoded.text();
        if (CardProperties.isGroup(text)) { // kept as sent, with no contact behind it
            Cards.Written written = cards.putGroup(name, text, ctx.header("If-Match"), ctx.header("If-None-Match"));
            if (decoded.asSent()) {
                ctx.header("ETag", written.card().etag());
            }
            ctx.status(written.created() ? 201 : 204);
            return;
        }
        String named = FallbackName.of(text);
        boolean asSent = decoded.asSent() && named.equals(text);
        text = named;
        Cards.Written written = cards.put(name, text, ctx.header("If-Match"), ctx.header("If-None-Match"));
        if (asSent && written.card().text().equals(text)) {
            ctx.header("ETag", written.card().etag()); // stored as sent: the client may keep its copy
        }
        ctx.status(written.created() ? 201 : 204);
    }

    private void delete() {
        String name = req.cardName();
        if (name == null) {
            throw new DavProblem(403, "the address book itself cannot be deleted; delete its cards");
        }
        cards.delete(name, ctx.header("If-Match"));
        ctx.status(204);
    }
}
