package dev.kith.dav;

import dev.kith.cards.Cards;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The property methods of one request (RFC 4918 sections 9.1 and 9.2): PROPFIND with prop, allprop (or an empty
 * body) and propname, at Depth 0 or 1; and PROPPATCH, whose every property is refused. Not thread-safe.
 */
final class DavFind {
    private final DavRequest req;
    /** Whether the PROPFIND asked for the names of the properties only (propname). */
    private boolean namesOnly;
    /** The vCard version the PROPFIND's address-data asks for. */
    private AddressData dataType = AddressData.AS_STORED;

    DavFind(DavRequest req) {
        this.req = req;
    }

    void propfind() {
        List<QName> asked = askedProps();
        if (namesOnly) {
            propnames();
            return;
        }
        String user = req.user();
        String path = req.path();
        Multistatus out = new Multistatus(req.ctx());
        switch (path) {
            case DavProperties.ROOT -> DavProperties.answer(out, path, DavProperties.root(user), asked);
            case DavProperties.PRINCIPAL -> DavProperties.answer(out, path, DavProperties.principal(user), asked);
            case DavProperties.HOME -> {
                DavProperties.answer(out, path, DavProperties.home(user), asked);
                if (req.deep()) {
                    DavProperties.answer(out, DavProperties.BOOK, DavProperties.book(user, req.cards().snapshot()), asked);
                }
            }
            case DavProperties.BOOK -> {
                Cards.Snapshot snapshot = req.cards().snapshot();
                DavProperties.answer(out, path, DavProperties.book(user, snapshot), asked);
                if (req.deep()) {
                    new CardResponses(req.cards(), user, asked, data(asked)).listed(out, snapshot.cards(), false);
                }
            }
            default -> {
                String name = req.cardName();
                Cards.Card c = name == null ? null : req.cards().card(name).orElse(null);
                if (c == null) {
                    throw new DavProblem(404, "nothing at " + req.ctx().path());
                }
                DavProperties.answer(out, CardNames.href(c.name()), DavProperties.card(user, c, data(asked)), asked);
            }
        }
        out.send();
    }

    /** The version address-data is asked in, or null when it is not asked (allprop leaves it out). */
    private AddressData data(List<QName> asked) {
        return asked != null && asked.contains(DavProperties.ADDRESS_DATA) ? dataType : null;
    }

    /** The properties a PROPFIND asks for; null for all (an empty body, allprop or propname, which sets {@link #namesOnly}). */
    private List<QName> askedProps() {
        byte[] body = req.body();
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
        return prop == null ? null : DavRequest.names(prop);
    }

    /** A propname PROPFIND: each resource's property names, as empty elements, with no values. */
    private void propnames() {
        String user = req.user();
        String path = req.path();
        Multistatus out = new Multistatus(req.ctx());
        Cards.Snapshot snapshot = req.cards().snapshot();
        switch (path) {
            case DavProperties.ROOT -> out.response(path, DavProperties.namesOf(DavProperties.root(user)), List.of());
            case DavProperties.PRINCIPAL -> out.response(path, DavProperties.namesOf(DavProperties.principal(user)), List.of());
            case DavProperties.HOME, DavProperties.BOOK -> {
                if (path.equals(DavProperties.HOME)) {
                    out.response(path, DavProperties.namesOf(DavProperties.home(user)), List.of());
                }
                if (path.equals(DavProperties.BOOK) || req.deep()) {
                    out.response(DavProperties.BOOK, DavProperties.namesOf(DavProperties.book(user, snapshot)), List.of());
                }
                if (path.equals(DavProperties.BOOK) && req.deep()) {
                    for (Cards.Entry c : snapshot.cards()) {
                        out.response(CardNames.href(c.name()), DavProperties.cardNames(user), List.of());
                    }
                }
            }
            default -> {
                String name = req.cardName();
                Cards.Entry c = name == null ? null : snapshot.card(name).orElse(null);
                if (c == null) {
                    throw new DavProblem(404, "nothing at " + req.ctx().path());
                }
                out.response(CardNames.href(c.name()), DavProperties.cardNames(user), List.of());
            }
        }
        out.send();
    }

    /**
     * PROPPATCH (RFC 4918 section 9.2, which every DAV resource answers): Kith keeps no properties set by
     * clients, so each one named is refused with 403 in a 207, and nothing changes.
     */
    void proppatch() {
        String path = req.path();
        String name = req.cardName();
        if (!path.equals(DavProperties.ROOT) && !path.equals(DavProperties.HOME) && !path.equals(DavProperties.PRINCIPAL)
                && !path.equals(DavProperties.BOOK) && (name == null || req.cards().card(name).isEmpty())) {
            throw new DavProblem(404, "nothing at " + req.ctx().path());
        }
        Element root = DavXml.parse(req.body());
        if (!DavXml.is(root, DavXml.DAV, "propertyupdate")) {
            throw new DavProblem(400, "a PROPPATCH body is a DAV:propertyupdate element, not " + root.getLocalName());
        }
        List<QName> named = new ArrayList<>();
        for (Element change : DavXml.children(root)) {
            Element prop = DavXml.child(change, DavXml.DAV, "prop");
            if (prop != null) {
                named.addAll(DavRequest.names(prop));
            }
        }
        new Multistatus(req.ctx()).refused(path, named, "Kith's address book keeps no properties set by clients").send();
    }
}
