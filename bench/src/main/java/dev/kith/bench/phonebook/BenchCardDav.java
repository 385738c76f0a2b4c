package dev.kith.bench.phonebook;

import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.phonebook.CardDavClient;
import dev.kith.phonebook.Phonebook;
import dev.kith.phonebook.PhonebookSource;
import dev.kith.phonebook.PhonebookSummary;
import dev.kith.phonebook.PushScope;
import dev.kith.store.Database;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * {@code kith bench carddav}: Radicale (Debian's) on a loopback port with {@code cards} generated cards,
 * its cache warmed once; then, per round, a new SQLite book syncs the whole address book (the first
 * sync) and syncs it again unchanged. Stops Radicale when closed.
 */
public final class BenchCardDav implements AutoCloseable {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench password";
    private static final String BOOK = USER + "/contacts/";
    private final Path dir;
    private Process radicale;
    private URI base;

    public BenchCardDav(Path dir) {
        this.dir = dir;
    }

    /** One round: the first sync and the unchanged re-syncs, in milliseconds, and the requests of the last. */
    public record Round(double firstMillis, double firstServerMillis, double[] resyncMillis, double[] resyncServerMillis,
                        int resyncRequests, int created) {
    }

    /** Starts Radicale with {@code cards} cards and reads them once; returns the seconds that took. */
    public double prepare(int cards) throws IOException, InterruptedException {
        Path book = dir.resolve("collections/collection-root/" + BOOK);
        Path made = dir.resolve("cards-" + cards);
        if (!Files.exists(made)) { // else the address book (and Radicale's cache of it) from an earlier run is reused
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(book);
            Files.writeString(book.resolve(".Radicale.props"), "{\"tag\": \"VADDRESSBOOK\"}");
            for (int i = 0; i < cards; i++) {
                Files.writeString(book.resolve("card-" + i + ".vcf"), card(i));
            }
            Files.writeString(made, "");
        }
        try (var dbs = Files.list(dir)) {
            for (Path p : dbs.filter(p -> p.getFileName().toString().matches("(round-\\d+|warm)\\.db.*")).toList()) {
                Files.delete(p);
            }
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path users = Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
        Path config = Files.writeString(dir.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + users, "htpasswd_encryption = plain", "delay = 0",
                "[storage]", "filesystem_folder = " + dir.resolve("collections"),
                "[rights]", "type = owner_only", "[logging]", "level = warning", ""));
        radicale = new ProcessBuilder("radicale", "--config", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("radicale.log").toFile()).start();
        base = URI.create("http://127.0.0.1:" + port + "/");
        awaitPort(port);
        long start = System.nanoTime();
        CardDavClient warm = new CardDavClient(CardDavClient.defaultHttpClient(), base.resolve(BOOK), USER, PASSWORD,
                CardDavClient.DEFAULT_MAX_BYTES, Duration.ofMinutes(15));
        try (Database db = Database.open(dir.resolve("warm.db").toString())) {
            Kith.open(db, "warm", KithClock.fixed(LocalDate.of(2026, 11, 24))).phonebook().sync(source(), warm);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs {@code rounds} rounds of a first sync and {@code resyncs} unchanged re-syncs each. */
    public Round round(int index, int resyncs) {
        try (Database db = Database.open(dir.resolve("round-" + index + ".db").toString())) {
            Phonebook phonebook = Kith.open(db, "bench", KithClock.fixed(LocalDate.of(2026, 11, 24))).phonebook();
            CardDavClient firstClient = Phonebook.client(source());
            long start = System.nanoTime();
            PhonebookSummary first = phonebook.sync(source(), firstClient);
            double firstMillis = (System.nanoTime() - start) / 1e6;
            double[] again = new double[resyncs];
            double[] server = new double[resyncs];
            int requests = 0;
            for (int i = 0; i < resyncs; i++) {
                CardDavClient client = Phonebook.client(source());
                long s = System.nanoTime();
                PhonebookSummary nothing = phonebook.sync(source(), client);
                again[i] = (System.nanoTime() - s) / 1e6;
                server[i] = client.waitedNanos() / 1e6;
                requests = client.requests();
                if (nothing.created() + nothing.updated() + nothing.cardsCreated() + nothing.cardsUpdated() > 0) {
                    throw new KithException("the re-sync changed something: " + nothing.inWords());
                }
            }
            return new Round(firstMillis, firstClient.waitedNanos() / 1e6, again, server, requests, first.created());
        }
    }

    private PhonebookSource source() {
        return new PhonebookSource("1", base.resolve(BOOK), USER, PASSWORD, PushScope.ALL, false);
    }

    private static String card(int i) {
        return String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:bench-" + i, "FN:Person " + i + " Bench",
                "N:Bench;Person " + i + ";;;", "EMAIL;TYPE=INTERNET:person" + i + "@bench.example",
                "TEL;TYPE=CELL:+1 555 " + String.format("%07d", i), "ORG:Org " + (i % 211), "TITLE:Analyst " + (i % 7),
                "ADR;TYPE=WORK:;;1 Main St;City " + (i % 50) + ";;;", "NOTE:Generated card " + i,
                "REV:20260101T000000Z", "END:VCARD", "");
    }

    private void awaitPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!radicale.isAlive()) {
                throw new KithException("radicale exited: " + Files.readString(dir.resolve("radicale.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new KithException("radicale did not listen on port " + port + " within 30 s");
    }

    @Override
    public void close() {
        if (radicale != null) {
            radicale.destroy();
            try {
                radicale.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
