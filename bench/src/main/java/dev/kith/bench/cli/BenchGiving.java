package dev.kith.bench.cli;

import dev.kith.articles.Article;
import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.embeddings.Embedder;
import dev.kith.embeddings.LocalModel;
import dev.kith.embeddings.ProfileIndex;
import dev.kith.embeddings.Profiles;
import dev.kith.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code kith bench giving}: the speed of matching. Generates (once, kept in target/bench) a book of
 * {@code --people} contacts with interests and notes, then measures the embedding throughput of the
 * bundled model (profiles per second, and CPU milliseconds per profile, steadier on a shared machine;
 * fresh texts) and the time to rank the top-10 recipients of an
 * article once the profiles are embedded (median of {@code --runs}), next to a same-run baseline: the
 * similarity pass alone (one dot product per contact), the floor of any ranking.
 */
@Command(name = "giving", description = "Speed of embedding profiles and of ranking article recipients.",
        mixinStandardHelpOptions = true)
final class BenchGiving implements Callable<Integer> {
    private static final String[] TOPICS = {"email migration", "machine learning", "digital preservation", "open access",
            "cloud security", "data governance", "library systems", "research data", "accessibility", "devops",
            "identity management", "metadata", "museum archives", "budget planning", "vendor negotiation",
            "user experience", "privacy law", "teaching", "grant writing", "leadership"};

    @Spec
    CommandSpec spec;

    @Option(names = "--people", paramLabel = "N", defaultValue = "10000", description = "Contacts (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "512", description = "Profiles embedded for the throughput (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Timed rankings (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        BenchMain root = (BenchMain) spec.root().userObject();
        LocalDate today = root.today != null ? root.today : LocalDate.of(2026, 11, 24);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        String dbSpec = root.db != null ? root.db : dir.resolve("giving-" + people + ".db").toString();
        Map<String, Object> report = new LinkedHashMap<>();
        try (Database db = Database.open(dbSpec)) {
            Kith book = Kith.open(db, root.book, KithClock.fixed(today));
            if (book.contacts().list(new dev.kith.contacts.ContactFilter(null, null, true)).isEmpty()) {
                generate(book, people);
            }
            Embedder model = LocalModel.get().orElse(null);
            report.put("model", model == null ? "lexical (" + LocalModel.failure() + ")" : model.model());
            report.put("cores", Runtime.getRuntime().availableProcessors());
            if (model != null) {
                List<String> texts = Profiles.load(book.book(), today).stream().limit(sample).map(p -> p.text() + " " + Math.random()).toList();
                model.embedAll(texts.subList(0, Math.min(32, texts.size())));
                long cpu = processCpuNanos();
                long t = System.nanoTime();
                for (int i = 0; i < texts.size(); i += 64) {
                    model.embedAll(texts.subList(i, Math.min(texts.size(), i + 64)));
                }
                double s = (System.nanoTime() - t) / 1e9;
                report.put("embedProfilesPerSecond", Math.round(texts.size() / s));
                // CPU per profile (all threads of the process): steadier than the rate on a shared machine.
                report.put("embedCpuMsPerProfile", Math.round((processCpuNanos() - cpu) / 1e4 / texts.size()) / 100.0);
                report.put("loadAverage", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
            }
            long t = System.nanoTime();
            ProfileIndex.of(book.book());
            report.put("indexFirstBuildSeconds", Math.round((System.nanoTime() - t) / 1e7) / 100.0);
            Article a = book.articles().list().stream().findFirst().orElseGet(() -> book.articles().add(
                    "https://example.org/bench", "Moving forty thousand mailboxes", "An email migration to the cloud,"
                            + " with identity management and security lessons.", "Migrate calendars first", List.of("email")));
            double[] ms = new double[runs];
            for (int r = 0; r < runs; r++) {
                long s = System.nanoTime();
                book.articles().recipients(a, 10);
                ms[r] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            ProfileIndex index = ProfileIndex.of(book.book());
            double[] base = new double[runs];
            for (int r = 0; r < runs; r++) {
                long s = System.nanoTime();
                index.similarities(a.matchText());
                base[r] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(base);
            report.put("baselineSimilaritiesOnlyMedianMs", Math.round(base[runs / 2] * 10) / 10.0);
            report.put("contacts", people);
            report.put("top10MedianMs", Math.round(ms[runs / 2] * 10) / 10.0);
            report.put("top10MaxMs", Math.round(ms[runs - 1] * 10) / 10.0);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(root.json ? Json.write(report) : report.toString());
        out.flush();
        return 0;
    }

    /** CPU time used by this process so far (all threads), or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Adds {@code n} people with two interests and a note each, dated today, as an import does (no search index). */
    private static void generate(Kith book, int n) {
        Random rnd = new Random(7);
        List<ContactDraft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t1 = TOPICS[rnd.nextInt(TOPICS.length)];
            String t2 = TOPICS[rnd.nextInt(TOPICS.length)];
            drafts.add(ContactDraft.builder("Person " + i).interest(t1).interest(t2)
                    .notes("Working on " + TOPICS[rnd.nextInt(TOPICS.length)] + " and "
                            + TOPICS[rnd.nextInt(TOPICS.length)] + " this year; met at a conference #" + rnd.nextInt(50))
                    .build());
        }
        book.contacts().importAll(drafts);
    }
}
