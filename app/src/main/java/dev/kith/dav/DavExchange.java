package dev.kith.dav;

import dev.kith.cards.Cards;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** One authenticated DAV request on {@code cards}, the address book of {@code user}. Not thread-safe. */
final class DavExchange {
    private final Context ctx;
    private final Cards cards;
    private final String user;
    private final String path;

    DavExchange(Context ctx, Cards cards, String user) {
        this.ctx = ctx;
        this.cards = cards;
        this.user = user;
        String p = decode(ctx.path()); // clients may percent-encode any character of a card's name
        this.path = p.equals("/dav") || p.equals("/dav/contacts") || p.equals("/dav/principal") ? p + "/" : p;
    }

    void run(String method) {
        switch (method) {
            case "PROPFIND" -> propfind();
            case "REPORT" -> report();
            case "GET", "HEAD" -> get(method.equals("HEAD"));
            case "PUT" -> put();
            case "DELETE" -> delete();
            case "PROPPATCH" -> proppatch();
            default -> {
                ctx.header("Allow", DavServer.ALLOW);
                throw new DavProblem(405, method + " is not supported here; Kith's address book takes " + DavServer.ALLOW);
            }
        }
    }

    /** The name Cards keeps for the card this request's path names, or null when it names no card. */
    private String cardName() {
        String name = clientName();
        return name == null ? null : CardNames.stored(name);
    }

    /** The name of the card this request's path names as the client wrote it (decoded), or null when it names no card. */
    private String clientName() {
        if (!path.startsWith(DavProperties.BOOK) || path.length() == DavProperties.BOOK.length()) {
            return null;
        }
        return path.substring(DavProperties.BOOK.length());
    }

    private void propfind() {
        List<QName> asked = askedProps();
        if (namesOnly) {
            propnames();
            return;
        }
        String depth = ctx.header("Depth");
        boolean deep = depth == null || !depth.strip().equals("0");
        Multistatus out = new Multistatus(ctx);
        String name = cardName();
        switch (path) {
            case DavProperties.ROOT -> DavProperties.answer(out, path, DavProperties.root(user), asked);
            case DavProperties.PRINCIPAL -> DavProperties.answer(out, path, DavProperties.principal(user), asked);
            case DavProperties.HOME -> {
                DavProperties.answer(out, path, DavProperties.home(user), asked);
                if (deep) {
                    DavProperties.answer(out, DavProperties.BOOK, DavProperties.book(user, cards.snapshot()), asked);
                }
            }
            case DavProperties.BOOK -> {
                Cards.Snapshot snapshot = cards.snapshot();
                DavProperties.answer(out, path, DavProperties.book(user, snapshot), asked);
                if (deep) {
                    AddressData data = asked != null && asked.contains(DavProperties.ADDRESS_DATA) ? dataType : null;
                    for (Cards.Card c : snapshot.cards()) {
                        DavProperties.answer(out, CardNames.href(c.name()), DavProperties.card(user, c, data), asked);
                    }
                }
            }
            default -> {
                Cards.Card c = name == null ? null : cards.card(name).orElse(null);
                if (c == null) {
                    throw new DavProblem(404, "nothing at " + ctx.path());
                }
                DavProperties.answer(out, CardNames.href(c.name()), DavProperties.card(user, c, asked != null
                        && asked.contains(DavProperties.ADDRESS_DATA) ? dataType : null), asked);
            }
        }
        multistatus(out);
    }

    /** Whether the PROPFIND asked for the names of the properties only (RFC 4918 section 9.1, propname). */
    private boolean namesOnly;
    /** The vCard version the PROPFIND's address-data asks for. */
    private AddressData dataType = AddressData.AS_STORED;

    /** The properties a PROPFIND asks for; null for all (an empty body, allprop or propname, which sets {@link #namesOnly}). */
    private List<QName> askedProps() {
        byte[] body = body();
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        Element root = DavXml.parse(body);
        if (!DavXml.is(root, DavXml.DAV, "propfind")) {
            throw new DavProblem(400, "a PROPFIND body is a DAV:propfind element, not " + root.getLocalName());
        }
        namesOnly = DavXml.child(root, DavXml.DAV, "propname") != null;
        Element prop = DavXml.child(root, DavXml.DAV, "prop");
        dataType = AddressData.of(prop);
        return prop == null ? null : names(prop);
    }

    /** A propname PROPFIND: each resource's property names, as empty elements, with no values. */
    private void propnames() {
        Multistatus out = new Multistatus(ctx);
        boolean deep = !"0".equals(ctx.header("Depth") == null ? null : ctx.header("Depth").strip());
        String name = cardName();
        Cards.Snapshot snapshot = cards.snapshot();
        switch (path) {
            case DavProperties.ROOT -> out.response(path, DavProperties.namesOf(DavProperties.root(user)), List.of());
            case DavProperties.PRINCIPAL -> out.response(path, DavProperties.namesOf(DavProperties.principal(user)), List.of());
            case DavProperties.HOME, DavProperties.BOOK -> {
                if (path.equals(DavProperties.HOME)) {
                    out.response(path, DavProperties.namesOf(DavProperties.home(user)), List.of());
                }
                if (path.equals(DavProperties.BOOK) || deep) {
                    out.response(DavProperties.BOOK, DavProperties.namesOf(DavProperties.book(user, snapshot)), List.of());
                }
                if (path.equals(DavProperties.BOOK) && deep) {
                    for (Cards.Card c : snapshot.cards()) {
                        out.response(CardNames.href(c.name()), DavProperties.namesOf(DavProperties.card(user, c, true)), List.of());
                    }
                }
            }
            default -> {
                Cards.Card c = name == null ? null : snapshot.card(name).orElse(null);
                if (c == null) {
                    throw new DavProblem(404, "nothing at " + ctx.path());
                }
                out.response(CardNames.href(c.name()), DavProperties.namesOf(DavProperties.card(user, c, true)), List.of());
            }
        }
        multistatus(out);
    }

    /**
     * PROPPATCH (RFC 4918 section 9.2, which every DAV resource answers): Kith keeps no properties set by
     * clients, so each one named is refused with 403 in a 207, and nothing changes.
     */
    private void proppatch() {
        if (!path.equals(DavProperties.ROOT) && !path.equals(DavProperties.HOME) && !path.equals(DavProperties.PRINCIPAL)
                && !path.equals(DavProperties.BOOK) && (cardName() == null || cards.card(cardName()).isEmpty())) {
            throw new DavProblem(404, "nothing at " + ctx.path());
        }
        Element root = DavXml.parse(body());
        if (!DavXml.is(root, DavXml.DAV, "propertyupdate")) {
            throw new DavProblem(400, "a PROPPATCH body is a DAV:propertyupdate element, not " + root.getLocalName());
        }
        List<QName> named = new java.util.ArrayList<>();
        for (Element change : DavXml.children(root)) {
            Element prop = DavXml.child(change, DavXml.DAV, "prop");
            if (prop != null) {
                named.addAll(names(prop));
            }
        }
        multistatus(new Multistatus(ctx).refused(path, named, "Kith's address book keeps no properties set by clients"));
    }

    private static List<QName> names(Element prop) {
        return DavXml.children(prop).stream().map(DavXml::name).toList();
    }

    private void report() {
        boolean onCard = cardName() != null;
        if (!path.equals(DavProperties.BOOK) && !onCard) {
            throw new DavProblem(403, "reports run on the address book, " + DavProperties.BOOK, "<d:supported-report/>");
        }
        Element root = DavXml.parse(body());
        if (onCard && !DavXml.is(root, DavXml.CARDDAV, "addressbook-multiget")) { // RFC 6352 section 8.7: a card takes multiget
            throw new DavProblem(403, "a card answers addressbook-multiget; other reports run on the address book, "
                    + DavProperties.BOOK, "<d:supported-report/>");
        }
        Element prop = DavXml.child(root, DavXml.DAV, "prop");
        List<QName> asked = prop == null ? List.of(DavProperties.GETETAG) : names(prop);
        AddressData data = asked.contains(DavProperties.ADDRESS_DATA) ? AddressData.of(prop) : null;
        Multistatus out = new Multistatus(ctx);
        if (DavXml.is(root, DavXml.CARDDAV, "addressbook-multiget")) {
            Cards.Snapshot snapshot = cards.snapshot();
            for (Element href : DavXml.children(root)) {
                if (!DavXml.is(href, DavXml.DAV, "href")) {
                    continue;
                }
                String target = hrefPath(href.getTextContent());
                String asSent = rawPath(href.getTextContent());
                String name = target.startsWith(DavProperties.BOOK) && target.length() > DavProperties.BOOK.length()
                        ? CardNames.stored(target.substring(DavProperties.BOOK.length())) : null;
                Optional<Cards.Card> c = name == null ? Optional.empty() : snapshot.card(name);
                if (c.isPresent()) {
                    DavProperties.answer(out, CardNames.href(c.get().name()), DavProperties.card(user, c.get(), data), asked);
                } else {
                    out.status(asSent, 404, "Not Found");
                }
            }
        } else if (DavXml.is(root, DavXml.DAV, "sync-collection")) {
            Element tokenElement = DavXml.child(root, DavXml.DAV, "sync-token");
            String token = tokenElement == null ? "" : tokenElement.getTextContent().strip();
            Cards.Snapshot snapshot = cards.snapshot();
            long since = since(token, snapshot);
            long upTo = upTo(snapshot, since, syncLimit(root));
            for (Cards.Card c : snapshot.cards()) {
                if (c.revision() > since && c.revision() <= upTo) {
                    DavProperties.answer(out, CardNames.href(c.name()), DavProperties.card(user, c, data), asked);
                }
            }
            if (since >= 0) {
                for (Cards.Gone g : snapshot.gone()) {
                    if (g.revision() > since && g.revision() <= upTo) {
                        out.status(CardNames.href(g.name()), 404, "Not Found");
                    }
                }
            }
            if (upTo < snapshot.revision()) {
                out.truncated(DavProperties.BOOK); // RFC 6578 section 3.6: the rest from the token given
            }
            out.syncToken(DavProperties.token(snapshot.history(), upTo));
        } else if (DavXml.is(root, DavXml.CARDDAV, "addressbook-query")) {
            query(AddressBookQuery.of(root), data, asked, out);
        } else {
            throw new DavProblem(403, "Kith's address book answers the reports addressbook-multiget, addressbook-query"
                    + " and sync-collection", "<d:supported-report/>");
        }
        multistatus(out);
    }

    /** The cards {@code query} matches (RFC 6352 section 8.6); past its limit, a 507 for the address book itself. */
    private void query(AddressBookQuery query, AddressData data, List<QName> asked, Multistatus out) {
        int found = 0;
        for (Cards.Card c : cards.snapshot().cards()) {
            if (!query.matches(c.text())) {
                continue;
            }
            if (query.limit() >= 0 && found == query.limit()) {
                out.truncated(DavProperties.BOOK);
                return;
            }
            DavProperties.answer(out, CardNames.href(c.name()), DavProperties.card(user, c, data), asked);
            found++;
        }
    }

    /** The client's DAV:limit on a sync-collection (RFC 6578 section 3.7), or -1 for none. */
    private static int syncLimit(Element root) {
        Element limit = DavXml.child(root, DavXml.DAV, "limit");
        Element n = limit == null ? null : DavXml.child(limit, DavXml.DAV, "nresults");
        if (n == null) {
            return -1;
        }
        try {
            return Math.max(0, Integer.parseInt(n.getTextContent().strip()));
        } catch (NumberFormatException e) {
            throw new DavProblem(400, "nresults is a number, not " + n.getTextContent().strip());
        }
    }

    /**
     * The last revision a sync-collection answers: all of them, or under a {@code limit} (not -1) the most
     * whole revisions whose changes fit in it (a change is never cut from its revision's others, so the token
     * of that revision leaves nothing out); a 507 number-of-matches-within-limits when not even one fits.
     */
    private static long upTo(Cards.Snapshot snapshot, long since, int limit) {
        if (limit < 0) {
            return snapshot.revision();
        }
        List<Long> revisions = new java.util.ArrayList<>();
        snapshot.cards().stream().filter(c -> c.revision() > since).forEach(c -> revisions.add(c.revision()));
        if (since >= 0) {
            snapshot.gone().stream().filter(g -> g.revision() > since).forEach(g -> revisions.add(g.revision()));
        }
        if (revisions.size() <= limit) {
            return snapshot.revision();
        }
        java.util.Collections.sort(revisions);
        long cut = revisions.get(limit);
        if (revisions.getFirst() == cut) {
            throw new DavProblem(507, "more changes than the limit of " + limit + " were made together; ask with a larger limit",
                    "<d:number-of-matches-within-limits/>");
        }
        return cut - 1;
    }

    /**
     * The revision a sync token stands for: -1 for none (everything); 403 valid-sync-token for one not given out
     * in this book's history (another book's, the same book's before it was recreated or restored elsewhere, or a
     * token of the form given before histories were kept, which names none), so that the client syncs afresh.
     */
    private static long since(String token, Cards.Snapshot snapshot) {
        if (token.isEmpty()) {
            return -1;
        }
        String ours = DavProperties.TOKEN_PREFIX + snapshot.history() + "/";
        if (token.startsWith(ours)) {
            try {
                long n = Long.parseLong(token.substring(ours.length()));
                if (n >= 0 && n <= snapshot.revision()) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new DavProblem(403, "the sync token " + token + " was not given out by this address book; sync afresh",
                "<d:valid-sync-token/>");
    }

    /** The path an href names (absolute or not), percent-decoded. */
    private static String hrefPath(String href) {
        return decode(rawPath(href));
    }

    /** The path of an href (absolute or not) as written, still percent-encoded; "" when it is not a URI. */
    private static String rawPath(String href) {
        try {
            String raw = URI.create(href.strip()).getRawPath();
            return raw == null ? "" : raw;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** {@code raw} percent-decoded (a '+' stays a '+'); unchanged when it holds a malformed escape. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private void get(boolean head) {
        String name = cardName();
        if (name == null) {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(head ? "" : "Kith's address book: add this server to a CardDAV client (see the README)\n");
            return;
        }
        Cards.Card c = cards.card(name).orElseThrow(() -> new DavProblem(404, "no card at " + ctx.path()));
        ctx.header("ETag", c.etag());
        ctx.contentType("text/vcard; charset=utf-8");
        byte[] bytes = AddressData.ofAccept(ctx.header("Accept")).render(c.text()).getBytes(StandardCharsets.UTF_8);
        if (head) {
            ctx.header("Content-Length", Integer.toString(bytes.length));
        } else {
            ctx.result(bytes);
        }
    }

    private void put() {
        String given = clientName();
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
        String name = cardName();
        if (name == null) {
            throw new DavProblem(403, "the address book itself cannot be deleted; delete its cards");
        }
        cards.delete(name, ctx.header("If-Match"));
        ctx.status(204);
    }

    private byte[] body() {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > DavXml.MAX_BODY) {
            throw new DavProblem(413, "the XML body is larger than " + DavXml.MAX_BODY + " bytes");
        }
        return body;
    }

    private void multistatus(Multistatus out) {
        out.send();
    }
}
