package dev.kith.phonebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that truncates its sync-collection answers (RFC 6578 section 3.6: a page of at most {@value #PAGE}
 * members and a 507 for the collection itself, with a token to go on from), as large servers do. Radicale never
 * truncates, so the paging is played here by a small server on a loopback port that keeps a change log: each
 * change has a number, a token is the number of the last change answered.
 */
class TruncatedSyncTest {
    private static final int PAGE = 2;
    private static final String BOOK = "/book/";

    /** One change: the card at {@code href} now has {@code etag}, or is gone when null. */
    private record Change(String href, String etag) {
    }

    private final List<Change> log = new ArrayList<>();
    private HttpServer server;
    private URI collection;
    private boolean withoutToken;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        collection = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BOOK);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"REPORT".equals(x.getRequestMethod()) || !body.contains("sync-collection")) {
            x.sendResponseHeaders(501, -1);
            return;
        }
        Matcher m = Pattern.compile("<D:sync-token>tok-(\\d+)</D:sync-token>").matcher(body);
        int from = m.find() ? Integer.parseInt(m.group(1)) : 0;
        boolean initial = !m.find(0);
        Map<String, String> latest = new LinkedHashMap<>(); // href → etag (null: gone), in order of last change
        Map<String, Integer> when = new LinkedHashMap<>();
        for (int i = from; i < log.size(); i++) {
            latest.remove(log.get(i).href());
            latest.put(log.get(i).href(), log.get(i).etag());
            when.put(log.get(i).href(), i + 1);
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\">");
        int shown = 0;
        int token = log.size();
        for (Map.Entry<String, String> e : latest.entrySet()) {
            if (initial && e.getValue() == null) {
                continue; // a first listing names members only
            }
            if (shown == PAGE) {
                out.append("<D:response><D:href>").append(BOOK).append("</D:href>")
                        .append("<D:status>HTTP/1.1 507 Insufficient Storage</D:status></D:response>");
                break;
            }
            out.append("<D:response><D:href>").append(BOOK).append(e.getKey()).append("</D:href>");
            if (e.getValue() == null) {
                out.append("<D:status>HTTP/1.1 404 Not Found</D:status>");
            } else {
                out.append("<D:propstat><D:prop><D:getetag>\"").append(e.getValue())
                        .append("\"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>");
            }
            out.append("</D:response>");
            shown++;
            token = when.get(e.getKey());
        }
        if (shown == PAGE && latest.size() > PAGE || shown < latest.size()) {
            token = withoutToken ? from : token;
        } else {
            token = log.size();
        }
        out.append("<D:sync-token>tok-").append(token).append("</D:sync-token></D:multistatus>");
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
        x.sendResponseHeaders(207, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private CardDavClient client() {
        return new CardDavClient(CardDavClient.defaultHttpClient(), collection, null, null, CardDavClient.DEFAULT_MAX_BYTES,
                Duration.ofSeconds(10));
    }

    @Test
    void aFirstListingCutIntoPagesIsReadToItsEndAndRemovesNothingItHasNotSeen() {
        for (int i = 1; i <= 5; i++) {
            log.add(new Change("c" + i + ".vcf", "e" + i));
        }
        Map<String, String> known = Map.of(BOOK + "c5.vcf", "\"e5\"", BOOK + "gone.vcf", "\"old\"");
        CardDavClient.Listing l = client().list(collection, null, null, known);
        assertThat(l.changed()).containsOnlyKeys(BOOK + "c1.vcf", BOOK + "c2.vcf", BOOK + "c3.vcf", BOOK + "c4.vcf");
        assertThat(l.removed()).containsExactly(BOOK + "gone.vcf"); // c5, known as it is, on the last page: neither
        assertThat(l.token()).isEqualTo("tok-5");
    }

    @Test
    void changesCutIntoPagesAreReadToTheEndAndTheLastWordOnACardWins() {
        for (int i = 1; i <= 3; i++) {
            log.add(new Change("c" + i + ".vcf", "e" + i));
        }
        Map<String, String> known = Map.of(BOOK + "c1.vcf", "\"e1\"", BOOK + "c2.vcf", "\"e2\"", BOOK + "c3.vcf", "\"e3\"");
        log.add(new Change("c1.vcf", null));      // 4: c1 deleted
        log.add(new Change("c2.vcf", "e2b"));     // 5: c2 edited
        log.add(new Change("c4.vcf", "e4"));      // 6: c4 new
        log.add(new Change("c5.vcf", "e5"));      // 7: c5 new
        log.add(new Change("c3.vcf", null));      // 8: c3 deleted
        CardDavClient client = client();
        CardDavClient.Listing l = client.list(collection, "tok-3", null, known);
        assertThat(l.changed()).containsOnlyKeys(BOOK + "c2.vcf", BOOK + "c4.vcf", BOOK + "c5.vcf");
        assertThat(l.removed()).containsExactlyInAnyOrder(BOOK + "c1.vcf", BOOK + "c3.vcf");
        assertThat(l.token()).isEqualTo("tok-8");
        assertThat(client.requests()).isEqualTo(3); // pages of 2, 2 and 1
    }

    @Test
    void aTruncatedAnswerWithNoWayOnIsAnErrorNotAPartialSync() {
        for (int i = 1; i <= 5; i++) {
            log.add(new Change("c" + i + ".vcf", "e" + i));
        }
        withoutToken = true;
        assertThatThrownBy(() -> client().list(collection, "tok-0", null, Map.of()))
                .isInstanceOf(PhonebookException.class).hasMessageContaining("cut its list of changes short");
    }
}
