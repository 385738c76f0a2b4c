package dev.kith.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} a child {@code kith serve} while clients create contacts through the API: afterwards
 * {@code PRAGMA integrity_check} is ok and every contact the API acknowledged (201) is in the book. The
 * server runs with {@code KITH_CONFIG_HOME} in a temporary folder; when {@code kith token} exists and
 * writes the file {@code token} there, every request carries {@code Authorization: Bearer} it.
 * Five kills by default; the system property {@code kith.crash.runs} sets another number.
 */
class ServeCrashTest {
    private static final Pattern URL = Pattern.compile("(http://[^\\s?/]+/)");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        int runs = Math.max(3, Integer.getInteger("kith.crash.runs", 10) / 2);
        Path config = dir.resolve("config");
        Map<String, String> env = Map.of("KITH_CONFIG_HOME", config.toString());
        Path db = dir.resolve("serve.db");
        Path log = dir.resolve("token.log");
        String token = null;
        if (ChildKith.run(log, env, "--db", db.toString(), "token") == 0 && Files.exists(config.resolve("token"))) {
            token = Files.readString(config.resolve("token")).strip();
        }
        Random random = new Random(Long.getLong("kith.crash.seed", System.nanoTime()));
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int run = 0; run < runs; run++) {
            Process p = ChildKith.start(null, env, "--db", db.toString(), "serve", "--port", "0");
            String base = url(p);
            String bearer = token;
            int first = run * 100_000;
            List<Thread> clients = List.of(0, 1).stream().map(c -> Thread.ofPlatform().start(() ->
                    write(http, base, bearer, first + c * 50_000, acknowledged, refused))).toList();
            // killed at a random moment once it has acknowledged a write of this run: on a loaded machine the
            // first answers can take longer than any fixed pause, and a run killed before any proves nothing
            int before = acknowledged.size();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.size() == before && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1_500));
            ChildKith.kill(p);
            for (Thread client : clients) {
                client.join();
            }
            assertThat(refused).as("answers other than 201 (authentication?)").isEmpty();
            assertThat(ChildKith.integrity(db)).as("run %d", run).isEqualTo("ok");
            assertThat(ChildKith.names(db)).as("run %d: every 201 is stored", run).containsAll(acknowledged);
        }
        assertThat(acknowledged).as("the server acknowledged writes before being killed").isNotEmpty();
        System.out.printf("ServeCrashTest: %d kills, %d acknowledged writes, all present%n", runs, acknowledged.size());
    }

    /** The URL the child prints once it listens. */
    private static String url(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = URL.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
            found.complete(null);
        });
        String url = found.get(60, TimeUnit.SECONDS);
        assertThat(url).as("kith serve printed its URL").isNotNull();
        return url; // the reader thread keeps draining the output, so the child never blocks on a full pipe
    }

    /** Creates contacts one after another until the server stops answering; records each name answered 201. */
    private static void write(HttpClient http, String base, String bearer, int from, List<String> acknowledged,
                              List<String> refused) {
        for (int i = from; ; i++) {
            String name = "Crash Person " + i;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/contacts"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acknowledged.add(name);
                } else {
                    refused.add(r.statusCode() + " " + r.body());
                    return;
                }
            } catch (java.io.IOException e) {
                return; // killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
