package dev.kith.bench;

import dev.kith.core.KithException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web app's speed targets, measured on a real {@code kith serve} process over a given book:
 * time from start to the first answered request, resident memory after load, and latency under a
 * constant request rate on loopback.
 *
 * <p>The load is open-loop: requests are sent on a fixed schedule whatever the server does, and
 * each latency runs from the moment its request was <em>due</em> to its answer, so a stalled server
 * is charged for the requests queued behind the stall (no coordinated omission). Each endpoint gets
 * a warm-up at the same rate first. The client runs in this process, on the same two cores as the
 * server; its own cost is in the numbers.
 */
public final class WebBench {
    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final List<String> QUERIES = List.of("ana", "lima", "chen", "mig", "email migration", "library",
            "garcia", "systems", "wong", "acme");

    /** What was measured: start-up to first answer (ms, per start), memory (MB) and each load row across rounds. */
    public record Report(double[] firstResponseMillis, double rssMegabytes, double peakRssMegabytes,
                         List<LoadRow> loads) {
        public Stats firstResponse() {
            return Stats.of(firstResponseMillis);
        }

        /** Markdown for docs/benchmarks.md: one line per load row, p50 and p99 as the median of the rounds and their range. */
        public String markdown() {
            Stats first = firstResponse();
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("| `kith serve` start → first answered `GET /` | %d starts | median %.0f ms, max %.0f ms | ≤ 1500 ms%s |%n",
                    first.runs(), first.median(), first.max(), first.median() <= 1500 ? "" : " ✗"));
            sb.append(String.format("| Resident memory after the load runs | – | %.0f MB (peak %.0f MB) | ≤ 250 MB%s |%n",
                    rssMegabytes, peakRssMegabytes, peakRssMegabytes <= 250 ? "" : " ✗"));
            sb.append("\n| Load (rounds interleaved) | Rounds × requests, errors | p50 ms: median of rounds (min–max) "
                    + "| p99 ms: median of rounds (min–max) | max ms | Target |\n|---|---|---|---|---|---|\n");
            for (LoadRow r : loads) {
                Stats p50 = r.p50();
                Stats p99 = r.p99();
                sb.append(String.format("| %s at %d req/s | %d × %d, %d errors | %.1f (%.1f–%.1f) | %.1f (%.1f–%.1f) | %.1f | p99 ≤ 30 ms%s |%n",
                        r.label(), r.rate(), r.rounds().size(), r.rounds().getFirst().requests(), r.errors(),
                        p50.median(), p50.min(), p50.max(), p99.median(), p99.min(), p99.max(), r.max(),
                        p99.median() <= 30 && r.errors() == 0 ? "" : " ✗"));
                String firstError = r.rounds().stream().map(LoadRun::firstError).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                if (firstError != null) {
                    sb.append("\nFirst error of ").append(r.label()).append(": ").append(firstError).append("\n\n");
                }
            }
            return sb.toString();
        }
    }

    /** One round of one kind of request under constant load: latencies from each request's due time, in ms. */
    public record LoadRun(int rate, int requests, int errors, String firstError, double p50, double p99,
                          double max) {
    }

    /** One row of the report: a kind of request (label) measured in several rounds. */
    public record LoadRow(String label, int rate, List<LoadRun> rounds) {
        public Stats p50() {
            return Stats.of(rounds.stream().mapToDouble(LoadRun::p50).toArray());
        }

        public Stats p99() {
            return Stats.of(rounds.stream().mapToDouble(LoadRun::p99).toArray());
        }

        public double max() {
            return rounds.stream().mapToDouble(LoadRun::max).max().orElse(0);
        }

        public int errors() {
            return rounds.stream().mapToInt(LoadRun::errors).sum();
        }
    }

    /** Every how many requests of the mixed load one is a write ({@code POST /api/v1/interactions}). */
    public static final int WRITE_EVERY = 10;

    private final Path launcher;
    private final String dbSpec;
    private final String today;
    /** The served processes' config folder (a temporary one) and the secret in it, sent as a bearer token. */
    private final Path config;
    private final String secret;

    public WebBench(Path launcher, String dbSpec, String today) {
        this.launcher = launcher;
        this.dbSpec = dbSpec;
        this.today = today;
        try {
            this.config = Files.createTempDirectory("kith-bench-web");
        } catch (IOException e) {
            throw new KithException("cannot create a config folder for the served process: " + e.getMessage(), e);
        }
        this.secret = new dev.kith.access.LocalKeys(config).secret();
    }

    /**
     * Starts the server {@code starts} times to time its first answer, then loads the last one at
     * {@code rate} requests/s for {@code seconds} per run (after one warm-up run of each load) in
     * {@code rounds} interleaved rounds, and reads its memory. A round is: {@code GET /} alone (read-only,
     * so after the first request every page is the cached plan); {@code GET /} with one request in
     * {@value #WRITE_EVERY} a {@code POST /api/v1/interactions} logging an email with one of
     * {@code people} (each write changes the book, so the next {@code GET /} recomputes the plan; its rows:
     * the GETs and the POSTs of that mix); and the contact search. The writes stay in the served book.
     */
    public Report run(int starts, int rate, int seconds, int rounds, List<Long> people) {
        if (people.isEmpty()) {
            throw new KithException("the mixed load needs at least one contact to log interactions with");
        }
        double[] first = new double[starts];
        prepareStartUpCache();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory())).build();
        for (int i = 0; i < starts; i++) {
            int port = freePort();
            long start = System.nanoTime();
            Process server = start(port);
            try {
                awaitFirstAnswer(http, port, server);
                first[i] = (System.nanoTime() - start) / 1e6;
                if (i == starts - 1) {
                    List<LoadRun> readOnly = new ArrayList<>();
                    List<LoadRun> mixedGets = new ArrayList<>();
                    List<LoadRun> mixedPosts = new ArrayList<>();
                    List<LoadRun> search = new ArrayList<>();
                    load(http, port, "/", rate, seconds, 0, people);
                    load(http, port, "/", rate, seconds, WRITE_EVERY, people);
                    awaitFirstAnswer(http, port, server);
                    load(http, port, "/api/v1/contacts?q=", rate, seconds, 0, people);
                    for (int r = 0; r < rounds; r++) {
                        // the mixed run before wrote: the read-only rows measure a book at rest, as their names
                        // say, so the current plan is computed (untimed) before each, not during it
                        settle(http, port, server);
                        readOnly.add(load(http, port, "/", rate, seconds, 0, people)[0]);
                        LoadRun[] mixed = load(http, port, "/", rate, seconds, WRITE_EVERY, people);
                        mixedGets.add(mixed[0]);
                        mixedPosts.add(mixed[1]);
                        settle(http, port, server);
                        search.add(load(http, port, "/api/v1/contacts?q=", rate, seconds, 0, people)[0]);
                    }
                    long[] rss = rss(server.pid());
                    return new Report(first, rss[0] / 1024.0, rss[1] / 1024.0, List.of(
                            new LoadRow("`GET /`, read-only", rate, readOnly),
                            new LoadRow("`GET /`, 1 in " + WRITE_EVERY + " requests a POST (the GETs)", rate, mixedGets),
                            new LoadRow("`POST /api/v1/interactions` in that mix", rate, mixedPosts),
                            new LoadRow("`GET /api/v1/contacts?q=…`, read-only", rate, search)));
                }
            } finally {
                stop(server);
            }
        }
        throw new KithException("starts must be at least 1");
    }

    /**
     * Lets the launcher train the server's start-up cache before the timed starts, as it does once after each
     * build or upgrade ({@code serve --help} trains it and exits): the starts then time what a user sees on
     * every other day, not the one-time training on the demo book.
     */
    private void prepareStartUpCache() {
        try {
            Process p = new ProcessBuilder(launcher.toString(), "serve", "--help")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new KithException("kith serve --help exited with code " + p.exitValue());
            }
        } catch (IOException e) {
            throw new KithException("cannot start " + launcher + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KithException("interrupted", e);
        }
    }

    private Process start(int port) {
        try {
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--db", dbSpec, "--today", today, "serve",
                    "--port", Integer.toString(port));
            builder.environment().put("KITH_CONFIG_HOME", config.toString());
            return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new KithException("cannot start " + launcher + " serve: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the server has the plan of the book as it is now: the API's plan is always computed for the
     * current data (the page may show the last one while a recompute runs), so its answer means the recompute
     * after the last write has landed.
     */
    private void settle(HttpClient http, int port, Process server) {
        awaitFirstAnswer(http, port, server);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/today"))
                .header("Authorization", "Bearer " + secret).timeout(START_LIMIT).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new KithException("GET /api/v1/today answered " + status);
            }
        } catch (IOException e) {
            throw new KithException("GET /api/v1/today failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KithException("interrupted", e);
        }
    }

    private void awaitFirstAnswer(HttpClient http, int port, Process server) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Authorization", "Bearer " + secret).GET().build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new KithException("kith serve exited with code " + server.exitValue() + " before answering");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KithException("interrupted", e);
            }
            sleep(POLL);
        }
        throw new KithException("kith serve did not answer within " + START_LIMIT.toSeconds() + " s");
    }

    /**
     * Sends {@code rate × seconds} requests on a fixed schedule and waits for every answer; with
     * {@code writeEvery} above 0, every {@code writeEvery}-th is a POST logging an interaction instead of a GET
     * of {@code path}. Returns the GETs' run and (with writes) the POSTs'.
     */
    private LoadRun[] load(HttpClient http, int port, String path, int rate, int seconds, int writeEvery,
                           List<Long> people) {
        int total = rate * seconds;
        double[] latencies = new double[total];
        boolean[] write = new boolean[total];
        AtomicInteger[] errors = {new AtomicInteger(), new AtomicInteger()};
        List<java.util.concurrent.atomic.AtomicReference<String>> firstError = List.of(
                new java.util.concurrent.atomic.AtomicReference<>(), new java.util.concurrent.atomic.AtomicReference<>());
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long periodNanos = 1_000_000_000L / rate;
        long begin = System.nanoTime() + 20_000_000L;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        try {
            for (int i = 0; i < total; i++) {
                long due = begin + i * periodNanos;
                write[i] = writeEvery > 0 && i % writeEvery == writeEvery - 1;
                HttpRequest request;
                if (write[i]) {
                    long person = people.get((i / writeEvery) % people.size());
                    request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/interactions"))
                            .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"kind\":\"email\",\"summary\":\"Benchmark note " + i + "\",\"people\":[" + person + "]}"))
                            .build();
                } else {
                    String target = path.endsWith("q=") ? path + QUERIES.get(i % QUERIES.size()).replace(" ", "%20") : path;
                    request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                            .header("Authorization", "Bearer " + secret).timeout(Duration.ofSeconds(10)).GET().build();
                }
                int index = i;
                int kind = write[i] ? 1 : 0;
                CompletableFuture<Void> done = new CompletableFuture<>();
                clock.schedule(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                        .whenComplete((response, failure) -> {
                            latencies[index] = (System.nanoTime() - due) / 1e6;
                            if (failure != null || response.statusCode() / 100 != 2) {
                                if (errors[kind].incrementAndGet() == 1) {
                                    firstError.get(kind).set(failure != null ? failure.toString() : "HTTP " + response.statusCode()
                                            + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                                }
                            }
                            done.complete(null);
                        }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
                pending.add(done);
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } finally {
            clock.shutdownNow();
        }
        List<LoadRun> out = new ArrayList<>();
        for (int kind = 0; kind < (writeEvery > 0 ? 2 : 1); kind++) {
            boolean wantWrite = kind == 1;
            double[] sorted = java.util.stream.IntStream.range(0, total).filter(i -> write[i] == wantWrite)
                    .mapToDouble(i -> latencies[i]).sorted().toArray();
            out.add(new LoadRun(rate, sorted.length, errors[kind].get(), firstError.get(kind).get(),
                    percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]));
        }
        return out.toArray(LoadRun[]::new);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Current and peak resident set of {@code pid}, in KiB, from /proc. */
    private static long[] rss(long pid) {
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new long[] {rss, peak};
        } catch (IOException | NumberFormatException e) {
            throw new KithException("cannot read the server's memory from /proc: " + e.getMessage(), e);
        }
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new KithException("cannot find a free port: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KithException("interrupted", e);
        }
    }
}
