package dev.kith.io;

import dev.kith.book.Book;
import dev.kith.core.KithClock;
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
import java.util.Random;

/**
 * The import benchmark: generates a 30,000-row LinkedIn {@code Connections.csv} and a file of
 * 10,000 vCards (deterministic, seed 42) and times each import end to end (read, parse, merge, write,
 * reindex) into a fresh SQLite book. Targets: 3 s each. Not thread-safe; run once at a time.
 */
public final class ImportBench {
    public static final int LINKEDIN_ROWS = 30_000;
    public static final int VCARDS = 10_000;
    private static final String[] GIVEN = {"Ana", "Bo", "Cy", "Dee", "Eli", "Flor", "Gus", "Hana", "José", "Li",
            "Mia", "Noor", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Zoë"};
    private static final String[] FAMILY = {"Lima", "Chen", "Diaz", "Evans", "Fong", "García", "Hale", "Ito",
            "Núñez", "Okafor", "Patel", "Quist", "Rossi", "Schmidt", "Tanaka", "Ünal", "Virtanen", "Wu"};
    private static final String[] ORGS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
            "Chen, Wu & Partners", "Universidad de Chile", "北京大学", "Vandelay \"Imports\""};
    private static final String[] TITLES = {"Librarian", "Engineer", "Director, Projects", "CTO", "Analyst",
            "Researcher", "Product Manager", "Head of IT"};

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
        Path csv = write(folder.resolve("Connections.csv"), linkedin(linkedinRows));
        Path vcf = write(folder.resolve("contacts.vcf"), vcards(vcards));
        Duration a = time(folder.resolve("linkedin.db"), ImportFormat.LINKEDIN, csv);
        Duration b = time(folder.resolve("vcard.db"), ImportFormat.VCARD, vcf);
        return new Timings(linkedinRows, a, vcards, b);
    }

    static String linkedin(int rows) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice that some"
                + " of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                + "Connected On\n");
        for (int i = 0; i < rows; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String email = random.nextInt(3) == 0 ? "p" + i + "@example.org" : "";
            sb.append(given).append(',').append(family).append(",https://www.linkedin.com/in/p-").append(i).append(',')
                    .append(email).append(',').append(csv(ORGS[random.nextInt(ORGS.length)])).append(',')
                    .append(csv(TITLES[random.nextInt(TITLES.length)])).append(',')
                    .append(1 + random.nextInt(28)).append(' ')
                    .append(java.time.Month.of(1 + random.nextInt(12)).getDisplayName(java.time.format.TextStyle.SHORT,
                            Locale.ENGLISH)).append(' ').append(2010 + random.nextInt(16)).append('\n');
        }
        return sb.toString();
    }

    static String vcards(int cards) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cards; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            sb.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").append(family).append(';').append(given).append(";;;\r\n")
                    .append("FN:").append(given).append(' ').append(family).append("\r\n")
                    .append("EMAIL;TYPE=INTERNET:v").append(i).append("@example.org\r\n")
                    .append("TEL;TYPE=CELL:+1 555 ").append(String.format("%04d", i % 10_000)).append("\r\n")
                    .append("ORG:").append(ORGS[random.nextInt(ORGS.length)].replace(",", "\\,")).append("\r\n")
                    .append("TITLE:").append(TITLES[random.nextInt(TITLES.length)].replace(",", "\\,")).append("\r\n")
                    .append("CATEGORIES:bench,group").append(i % 7).append("\r\n")
                    .append("END:VCARD\r\n");
        }
        return sb.toString();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
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
     * A generated file of {@code records} people in {@code format} (LinkedIn or vCard), the same text
     * every time: for the benchmark and for training the launcher's start-up cache on the import path.
     */
    public static String text(ImportFormat format, int records) {
        return switch (format) {
            case LINKEDIN -> linkedin(records);
            case VCARD -> vcards(records);
            default -> throw new IllegalArgumentException("the benchmark generates LinkedIn and vCard files only");
        };
    }

    /**
     * Imports {@code file} in {@code format} into a new SQLite database at {@code dbFile} (which must
     * not exist yet) and returns how long the import took: reading, parsing, merging, writing, indexing.
     */
    public static Duration time(Path dbFile, ImportFormat format, Path file) {
        try (Database db = Database.open(dbFile.toString())) {
            Book book = Book.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            long start = System.nanoTime();
            byte[] bytes = Files.readAllBytes(file);
            ImportSummary summary = Importer.run(book, format, file.getFileName().toString(), bytes, false, Progress.NONE);
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
        return Files.isRegularFile(file) ? file : write(file, text(format, records));
    }

    /** Prints the timings; the optional argument is the folder to work in (default: a new temporary one). */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("kith-import-bench");
        Timings t = run(folder);
        System.out.printf(Locale.ROOT, "LinkedIn %,d rows: %d ms%nvCard %,d cards: %d ms%n", t.linkedinRows(),
                t.linkedin().toMillis(), t.vcards(), t.vcard().toMillis());
    }
}
