package dev.kith.dav;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The vCard version a client asks its cards in: the {@code version} of a CARDDAV:address-data element (RFC 6352
 * section 10.4) or of a {@code text/vcard} media range in an Accept header. A card in another version is converted
 * (its ETag stays the stored card's, as other servers do); one already in it, or asked in no particular version,
 * is served as stored, byte for byte. An address-data element may also name the properties wanted ({@link CardSubset}).
 * Immutable, thread-safe.
 */
final class AddressData {
    /** No version asked: each card as it is stored. */
    static final AddressData AS_STORED = new AddressData(null, null);

    /** The version wanted, or null for each card as stored. */
    private final VCardVersion version;
    /** The properties wanted, or null for all of them. */
    private final CardSubset subset;

    private AddressData(VCardVersion version, CardSubset subset) {
        this.version = version;
        this.subset = subset;
    }

    /**
     * What the CARDDAV:address-data element among the children of {@code prop} asks (may be null: none); a 403
     * supported-address-data {@link DavProblem} for a media type or version Kith does not serve.
     */
    static AddressData of(Element prop) {
        Element data = prop == null ? null : DavXml.child(prop, DavXml.CARDDAV, "address-data");
        if (data == null) {
            return AS_STORED;
        }
        String type = data.getAttribute("content-type").strip();
        String version = data.getAttribute("version").strip();
        if (!type.isEmpty() && !isVcard(type)) {
            throw new DavProblem(403, "Kith serves cards as text/vcard (versions 3.0 and 4.0), not " + type,
                    "<card:supported-address-data/>");
        }
        CardSubset subset = CardSubset.of(data);
        if (version.isEmpty()) {
            return subset == null ? AS_STORED : new AddressData(null, subset);
        }
        VCardVersion v = VCardVersion.valueOfByStr(version);
        if (v != VCardVersion.V3_0 && v != VCardVersion.V4_0) {
            throw new DavProblem(403, "Kith serves vCard 3.0 and 4.0, not " + version, "<card:supported-address-data/>");
        }
        return new AddressData(v, subset);
    }

    /**
     * What an Accept header asks (may be null): the version of its most preferred {@code text/vcard} range naming
     * one, unless a range naming none (or any type) is preferred to it; as stored otherwise.
     */
    static AddressData ofAccept(String accept) {
        if (accept == null || accept.length() > 4096) {
            return AS_STORED;
        }
        VCardVersion best = null;
        double bestQ = 0;
        double plainQ = 0;
        for (String range : accept.split(",")) {
            List<String> parts = List.of(range.split(";"));
            String type = parts.getFirst().strip().toLowerCase(Locale.ROOT);
            double q = 1;
            String version = null;
            for (String param : parts.subList(1, parts.size())) {
                int eq = param.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = param.substring(eq + 1).strip().replace("\"", "");
                if (name.equals("q")) {
                    try {
                        q = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                } else if (name.equals("version")) {
                    version = value;
                }
            }
            if (!isVcard(type) && !type.equals("*/*") && !type.equals("text/*")) {
                continue;
            }
            VCardVersion v = version == null || !isVcard(type) ? null : VCardVersion.valueOfByStr(version);
            if (v == VCardVersion.V3_0 || v == VCardVersion.V4_0) {
                if (q > bestQ) {
                    best = v;
                    bestQ = q;
                }
            } else {
                plainQ = Math.max(plainQ, q);
            }
        }
        return best == null || plainQ > bestQ ? AS_STORED : new AddressData(best, null);
    }

    private static boolean isVcard(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        t = (semicolon < 0 ? t : t.substring(0, semicolon)).strip();
        return t.equals("text/vcard") || t.equals("text/x-vcard") || t.equals("text/directory");
    }

    /**
     * {@code text}, a stored card, in the version asked (as stored when it is in it already or cannot be read), with
     * only the properties asked.
     */
    String render(String text) {
        String whole = convert(text);
        return subset == null ? whole : subset.of(whole);
    }

    private String convert(String text) {
        if (version == null) {
            return text;
        }
        VCard card;
        try {
            card = Ezvcard.parse(text).first();
        } catch (RuntimeException e) {
            return text;
        }
        if (card == null || card.getVersion() == version) {
            return text;
        }
        return Ezvcard.write(card).version(version).versionStrict(false).prodId(false).go();
    }
}
