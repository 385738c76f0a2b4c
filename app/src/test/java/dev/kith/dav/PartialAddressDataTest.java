package dev.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An address-data element naming vCard properties (RFC 6352 section 10.4.2: a client listing names and emails
 * need not fetch every photo) gets only those, inside BEGIN, VERSION and END, lines as stored; novalue
 * leaves a property's value out; the ETag stays the whole card's. It was ignored: every card came whole, photo and all.
 */
class PartialAddressDataTest {
    private static final String CARD = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:grace", "FN:Grace Hopper",
            "N:Hopper;Grace;;;", "item1.EMAIL;TYPE=\"WORK,pref\":grace@navy.example", "item1.X-ABLabel:Navy",
            "TEL;TYPE=CELL:+1 555 0100", "NOTE:Invented the com", " piler", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ",
            " AAAQABAAD/2wBDAAgGBgcGBQgH", "END:VCARD", "");
    private static final String PROPS = "<d:prop><d:getetag/><card:address-data><card:prop name=\"FN\"/>"
            + "<card:prop name=\"email\"/><card:prop name=\"NOTE\" novalue=\"yes\"/></card:address-data></d:prop>";

    @Test
    void namedPropertiesAreAllThatComesBackInAMultigetAndAQuery() {
        try (TestDatabase db = TestDatabase.sqlite(); DavFixture dav = new DavFixture(db)) {
            String etag = dav.kith.cards().put("grace.vcf", CARD, null, "*").card().etag();
            String expected = String.join("&#13;\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Grace Hopper",
                    "item1.EMAIL;TYPE=&quot;WORK,pref&quot;:grace@navy.example", "NOTE:", "END:VCARD", "");
            HttpResponse<String> multiget = dav.send("REPORT", "/dav/contacts/", "<card:addressbook-multiget xmlns:d=\"DAV:\""
                    + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\">" + PROPS + "<d:href>/dav/contacts/grace.vcf</d:href>"
                    + "</card:addressbook-multiget>", "Depth", "1");
            assertThat(multiget.statusCode()).isEqualTo(207);
            assertThat(multiget.body()).contains("<card:address-data>" + expected + "</card:address-data>")
                    .contains("<d:getetag>" + etag.replace("\"", "&quot;") + "</d:getetag>");
            HttpResponse<String> query = dav.send("REPORT", "/dav/contacts/", "<card:addressbook-query xmlns:d=\"DAV:\""
                    + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\">" + PROPS + "<card:filter><card:prop-filter name=\"TEL\"/>"
                    + "</card:filter></card:addressbook-query>", "Depth", "1");
            assertThat(query.body()).contains("<card:address-data>" + expected + "</card:address-data>");
            HttpResponse<String> all = dav.send("REPORT", "/dav/contacts/", "<card:addressbook-multiget xmlns:d=\"DAV:\""
                    + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:prop><card:address-data><card:allprop/>"
                    + "</card:address-data></d:prop><d:href>/dav/contacts/grace.vcf</d:href></card:addressbook-multiget>");
            assertThat(all.body()).contains("PHOTO;ENCODING=b").contains("X-ABLabel");
        }
    }
}
