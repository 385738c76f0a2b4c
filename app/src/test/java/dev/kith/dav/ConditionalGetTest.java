package dev.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;

/**
 * A GET of a card whose ETag the client already has (If-None-Match, as iOS and Evolution send before fetching a
 * card again) is a 304 with no body, compared weakly (RFC 9110 section 13.1.2); any other ETag gets the card.
 */
class ConditionalGetTest {
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n";
    private static final String ADA = "/dav/contacts/ada.vcf";

    @BothDatabases
    void aGetNamingTheCardsEtagIsNotModified(TestDatabase db) {
        try (DavFixture dav = new DavFixture(db)) {
            String etag = dav.kith.cards().put("ada.vcf", CARD, null, "*").card().etag();
            HttpResponse<String> same = dav.send("GET", ADA, null, "If-None-Match", etag);
            assertThat(same.statusCode()).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.headers().firstValue("ETag")).hasValue(etag);
            assertThat(dav.send("GET", ADA, null, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
            assertThat(dav.send("GET", ADA, null, "If-None-Match", "*").statusCode()).isEqualTo(304);
            HttpResponse<String> other = dav.send("GET", ADA, null, "If-None-Match", "\"other\"");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(CARD);
            assertThat(dav.send("GET", ADA, null).body()).isEqualTo(CARD);
        }
    }
}
