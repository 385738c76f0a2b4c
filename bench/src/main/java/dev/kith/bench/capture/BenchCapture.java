package dev.kith.bench.capture;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times {@code kith import mbox} on a generated mailbox as a new process with a bounded heap, as a user
 * runs it, against {@code kith --version} by the same launcher (the JVM start floor). Each run captures
 * into a fresh book that holds the generator's contacts and my address; a run that needed more heap
 * than the bound fails with an OutOfMemoryError, so a finished run proves the bound.
 */
public final class BenchCapture {
    /** One timed run: the import's wall time and its yardstick's, both in ms. */
    public record Run(double importMillis, double versionMillis) {
    }

    private final Path launcher;
    private final Path folder;
    private final String heap;

    /** Runs {@code launcher} on files kept in {@code folder}, each import with {@code -Xmx}{@code heap}. */
    public BenchCapture(Path launcher, Path folder, String heap) {
        this.launcher = launcher;
        this.folder = folder;
        this.heap = heap;
    }

    /** The generated mbox of {@code messages} messages, written once and reused. */
    public Path mailbox(int messages) throws IOException {
        Files.createDirectories(folder);
        Path mbox = folder.resolve("generated-" + messages + ".mbox");
        if (!Files.exists(mbox)) {
            Path temp = folder.resolve(mbox.getFileName() + ".tmp");
            new MboxGenerator().write(temp, messages);
            Files.move(temp, mbox, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return mbox;
    }

    /** {@code runs} interleaved runs (import, then --version) capturing {@code mbox}. */
    public List<Run> run(Path mbox, int runs) throws IOException {
        List<Run> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path db = folder.resolve("capture-run-" + i + ".db");
            deleteDb(db);
            prepare(db);
            double imported = time(List.of(launcher.toString(), "--db", db.toString(), "--today", "2026-11-24",
                    "import", "mbox", mbox.toString(), "--json"));
            double version = time(List.of(launcher.toString(), "--version"));
            result.add(new Run(imported, version));
            deleteDb(db);
        }
        return result;
    }

    private static void prepare(Path db) {
        try (Database database = Database.open(db.toString())) {
            Kith book = Kith.open(database, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            book.capture().addresses().set(List.of(MboxGenerator.ME));
            List<ContactDraft> people = new ArrayList<>();
            for (int i = 0; i < MboxGenerator.CONTACTS; i++) {
                people.add(ContactDraft.builder("Person " + i).email(MboxGenerator.contact(i)).build());
            }
            book.search().indexNew(book.contacts().importAll(people));
        }
    }

    private double time(List<String> command) {
        return dev.kith.bench.Processes.time(command, java.util.Map.of("KITH_JAVA_OPTS", (System.getenv().getOrDefault("KITH_JAVA_OPTS", "") + " -Xmx" + heap).strip()), 1)[0];
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }
}
