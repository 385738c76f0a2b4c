package dev.kith.io.export;

import ezvcard.io.scribe.UrlScribe;
import ezvcard.io.text.WriteContext;
import ezvcard.property.Url;

/**
 * {@code URL} written as the URI it is: vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) escape {@code , ; \} and line
 * breaks in text values only, and a URI holds no backslash, so {@code https://x.example/a,b;c} is written so,
 * not as {@code https://x.example/a\,b\;c} (ez-vcard escapes every value of this property). Thread-safe.
 */
final class UriUrlScribe extends UrlScribe {
    @Override
    protected String _writeText(Url property, WriteContext context) {
        String value = property.getValue();
        if (value == null) {
            return "";
        }
        // Kith's web addresses are URIs (checked when saved); anything else keeps the text escaping
        boolean text = value.indexOf('\\') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return text ? super._writeText(property, context) : value;
    }
}
