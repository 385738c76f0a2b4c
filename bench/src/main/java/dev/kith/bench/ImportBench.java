package dev.kith.bench;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.io.SampleImports;
import dev.kith.io.imports.Importer;
import dev.kith.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The import benchmark: generates a 30,000-row LinkedIn {@code Connections.csv} and a file of
 * 10,000 vCards ({@link SampleImports}, deterministic) and times each import end to end (read, parse,
 * merge, write, reindex) into a fresh SQLite book. Targets: 3 s each. Not thread-safe; run once at a time.
 */
public final class ImportBench {
    public static final int LINKEDIN_ROWS = 30_000;
    public static final int VCARDS = 10_000;

    /** How long each import took, and how many records it read. */
    public record Timings(int linkedinRows, Duration linkedin, int vcards, Duration vcard) {
    }

    private ImportBench() {
    }

    /** Generates the files in {@code folder} and imports each into a new SQLite database there. */
    public static Timings run(Path folder) {
        return run(folder, LINKEDIN_ROWS, VCARDS);
    }

    /** {@link #run(Path)} with other sizes (a smoke test runs it small). */
    public static Timings run(Path folder, int linkedinRows, int vcards) {
        Path csv = write(folder.resolve("Connections.csv"), SampleImports.linkedin(linkedinRows));
        Path vcf = write(folder.resolve("contacts.vcf"), SampleImports.vcards(vcards));
        Duration a = time(folder.resolve("linkedin.db"), ImportFormat.LINKEDIN, csv);
        Duration b = time(folder.resolve("vcard.db"), ImportFormat.VCARD, vcf);
        return new Timings(linkedinRows, a, vcards, b);
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports {@code file} in {@code format} into a new SQLite database at {@code dbFile} (which must
     * not exist yet) and returns how long the import took: reading, parsing, merging, writing, indexing.
     */
    public static Duration time(Path dbFile, ImportFormat format, Path file) {
        try (Database db = Database.open(dbFile.toString())) {
            Kith book = Kith.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            long start = System.nanoTime();
            byte[] bytes = Files.readAllBytes(file);
            ImportSummary summary = new Importer(book.book(), book.contacts(), book.milestones())
                    .run(format, file.getFileName().toString(), bytes, false, Progress.NONE);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (summary.created() == 0) {
                throw new IllegalStateException("the benchmark imported nothing: " + summary);
            }
            return took;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * End to end as a user runs it: {@code launcher --db NEW.db import FORMAT FILE} as a new process,
     * {@code runs} times, each into a fresh database; wall times in ms, JVM start included.
     */
    public static double[] timeProcesses(Path launcher, Path folder, ImportFormat format, Path file, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path db = folder.resolve("process-" + format.name().toLowerCase(Locale.ROOT) + ".db");
            try {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(db + suffix));
                }
                long start = System.nanoTime();
                Process p = new ProcessBuilder(launcher.toString(), "--db", db.toString(), "--today", "2026-11-24",
                        "import", format.name().toLowerCase(Locale.ROOT), file.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                int code = p.waitFor();
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (code != 0) {
                    throw new IllegalStateException("kith import exited with " + code);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return millis;
    }

    /**
     * The generated files in {@code folder}: the LinkedIn export, then the vCards. Written when missing
     * and reused afterwards (the generator is deterministic), like the benchmark's book.
     */
    public static Path[] files(Path folder) {
        return new Path[] {reuseOrWrite(folder.resolve("Connections.csv"), ImportFormat.LINKEDIN, LINKEDIN_ROWS),
                reuseOrWrite(folder.resolve("contacts.vcf"), ImportFormat.VCARD, VCARDS)};
    }

    private static Path reuseOrWrite(Path file, ImportFormat format, int records) {
        return Files.isRegularFile(file) ? file : write(file, SampleImports.text(format, records));
    }

    /** Prints the timings; the optional argument is the folder to work in (default: a new temporary one). */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("kith-import-bench");
        Timings t = run(folder);
        System.out.printf(Locale.ROOT, "LinkedIn %,d rows: %d ms%nvCard %,d cards: %d ms%n", t.linkedinRows(),
                t.linkedin().toMillis(), t.vcards(), t.vcard().toMillis());
    }
}
