package dev.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * A GET of a card whose ETag the client already has (If-None-Match, as iOS and Evolution send before fetching a
 * card again) is a 304 with no body, compared weakly (RFC 9110 section 13.1.2); any other ETag gets the card.
 */
class ConditionalGetTest {
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n";

    @BothDatabases
    void aGetNamingTheCardsEtagIsNotModified(TestDatabase db) throws Exception {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 12, 7)));
        String etag = kith.cards().put("ada.vcf", CARD, null, "*").card().etag();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            new DavServer((user, password, address) -> new DavAccounts.Admitted(kith.cards(), user), false, false)
                    .register(config.routes);
        }).start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + app.port() + "/dav/contacts/ada.vcf";
            HttpResponse<String> same = get(url, etag);
            assertThat(same.statusCode()).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.headers().firstValue("ETag")).hasValue(etag);
            assertThat(get(url, "\"other\", W/" + etag).statusCode()).isEqualTo(304);
            assertThat(get(url, "*").statusCode()).isEqualTo(304);
            HttpResponse<String> other = get(url, "\"other\"");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(CARD);
            assertThat(get(url, null).body()).isEqualTo(CARD);
        } finally {
            app.stop();
        }
    }

    private static HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET().header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("me:token".getBytes(StandardCharsets.UTF_8)));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
