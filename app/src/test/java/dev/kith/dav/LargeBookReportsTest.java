package dev.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report holds names and ETags, not the book: {@value #CARDS} cards of a phone's contacts, each with a
 * {@value #PHOTO_KB} KB photo (about 170 MB of vCards, as an iPhone's book with pictures is), are served to a
 * sync-collection, an addressbook-query and a multiget of every card, asking for address-data, by a server in a
 * child JVM with a 128 MB heap.
 * Every card's text was held in memory at once for one report, which took more than that heap.
 */
class LargeBookReportsTest {
    private static final int CARDS = 1_500;
    private static final int PHOTO_KB = 80;
    private static final String USER = "me";
    private static final String TOKEN = "large-book-token";

    @TempDir
    Path dir;

    @Test
    void aBookOfPhotosIsSyncedAndQueriedInABoundedHeap() throws Exception {
        Path db = dir.resolve("kith.db");
        fill(db.toString());
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeBookReportsTest.class.getName(), db.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = pb.start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the child did not finish: " + Files.readString(log));
        }
        String out = Files.readString(log);
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("sync-collection: " + CARDS + " cards").contains("addressbook-query: " + CARDS + " cards")
                .contains("addressbook-multiget: " + CARDS + " cards");
    }

    /** {@value #CARDS} cards put as a phone puts them, each with its own photo. */
    private static void fill(String spec) {
        try (Database database = Database.open(spec)) {
            Kith kith = Kith.open(database, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 12, 7)));
            byte[] photo = new byte[PHOTO_KB * 1024 * 3 / 4];
            kith.atomically(() -> {
                for (int i = 0; i < CARDS; i++) {
                    java.util.Arrays.fill(photo, (byte) i);
                    photo[i % photo.length] = (byte) 7;
                    StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:person-" + i + "\r\nFN:Person "
                            + i + "\r\nN:" + i + ";Person;;;\r\nEMAIL;TYPE=INTERNET:p" + i + "@example.org\r\n");
                    String b64 = Base64.getEncoder().encodeToString(photo);
                    card.append("PHOTO;ENCODING=b;TYPE=JPEG:");
                    for (int at = 0; at < b64.length(); at += 72) {
                        card.append(at == 0 ? "" : "\r\n ").append(b64, at, Math.min(b64.length(), at + 72));
                    }
                    card.append("\r\nEND:VCARD\r\n");
                    kith.cards().put("person-" + i + ".vcf", card.toString(), null, "*");
                }
                return null;
            });
        }
    }

    /** The child: serves the book at {@code args[0]} and runs both reports against it, counting the cards streamed. */
    public static void main(String[] args) throws Exception {
        Database database = Database.open(args[0]);
        Kith kith = Kith.open(database, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 12, 7)));
        DavAccounts accounts = (user, password, address) -> USER.equals(user) && TOKEN.equals(password)
                ? new DavAccounts.Admitted(kith.cards(), user) : new DavAccounts.Refused();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            new DavServer(accounts, false, false).register(config.routes);
        }).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port() + "/dav/contacts/";
            System.out.println("sync-collection: " + report(base, "<d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\""
                    + DavXml.CARDDAV + "\"><d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/>"
                    + "<card:address-data/></d:prop></d:sync-collection>") + " cards");
            System.out.println("addressbook-query: " + report(base, "<card:addressbook-query xmlns:d=\"DAV:\" xmlns:card=\""
                    + DavXml.CARDDAV + "\"><d:prop><d:getetag/><card:address-data/></d:prop><card:filter>"
                    + "<card:prop-filter name=\"FN\"><card:text-match>person</card:text-match></card:prop-filter>"
                    + "</card:filter></card:addressbook-query>") + " cards");
            StringBuilder multiget = new StringBuilder("<card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\""
                    + DavXml.CARDDAV + "\"><d:prop><d:getetag/><card:address-data/></d:prop>");
            for (int i = 0; i < CARDS; i++) {
                multiget.append("<d:href>/dav/contacts/person-").append(i).append(".vcf</d:href>");
            }
            System.out.println("addressbook-multiget: " + report(base, multiget.append("</card:addressbook-multiget>")
                    .toString()) + " cards");
        } finally {
            app.stop();
            database.close();
        }
        System.exit(0);
    }

    /** How many vCards the REPORT {@code body} answers, read as a stream: a 207 is never held whole here either. */
    private static int report(String url, String body) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).method("REPORT", HttpRequest.BodyPublishers.ofString(body))
                .header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + TOKEN)
                        .getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 207) {
            throw new AssertionError("the report answered " + response.statusCode());
        }
        byte[] marker = "BEGIN:VCARD".getBytes(StandardCharsets.US_ASCII);
        int count = 0;
        int matched = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    matched = buffer[i] == marker[matched] ? matched + 1 : buffer[i] == marker[0] ? 1 : 0;
                    if (matched == marker.length) {
                        count++;
                        matched = 0;
                    }
                }
            }
        }
        return count;
    }
}
