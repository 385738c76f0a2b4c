package dev.kith.capture;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A manual timing of capture, not a test: generates an mbox of N messages (default 100,000) with
 * {@link MboxGenerator}, captures it into a fresh SQLite book holding the generator's contacts, and
 * prints the summary, the time taken and the peak heap. Run it with a bounded heap, e.g.
 * {@code java -Xmx256m -cp <test classpath> dev.kith.capture.CaptureTiming 100000 /tmp/kith-timing}.
 */
public final class CaptureTiming {
    private CaptureTiming() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/kith-timing"));
        Path mbox = folder.resolve("generated-" + count + ".mbox");
        if (!Files.exists(mbox)) {
            long t = System.nanoTime();
            new MboxGenerator().write(mbox, count);
            System.out.printf("generated %s: %,d bytes in %.1f s%n", mbox, Files.size(mbox), (System.nanoTime() - t) / 1e9);
        }
        Path db = folder.resolve("timing-" + System.nanoTime() + ".db");
        try (Database database = Database.open(db.toString())) {
            Kith book = Kith.open(database, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            Capture capture = new Capture(database, book.id(), book.clock(), book.contacts(), book.interactions(),
                    book.search());
            capture.addresses().set(List.of(MboxGenerator.ME));
            book.search().deferring(() -> {
                for (int i = 0; i < MboxGenerator.CONTACTS; i++) {
                    book.contacts().add(ContactDraft.builder("Person " + i).email(MboxGenerator.contact(i)).build());
                }
                return null;
            });
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            var threads = ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            long start = System.nanoTime();
            CaptureSummary summary = capture.mail().importMbox(mbox);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("CPU: capturing thread %.1f s, whole process %.1f s (load average now %.1f)%n",
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (os.getProcessCpuTime() - process) / 1e9,
                    os.getSystemLoadAverage());
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("captured %,d messages in %.1f s; peak heap (sum of pool peaks) %d MB; max heap %d MB%n",
                    summary.messages(), seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(summary.inWords());
            long again = System.nanoTime();
            CaptureSummary second = capture.mail().importMbox(mbox);
            System.out.printf("second run in %.1f s: %s%n", (System.nanoTime() - again) / 1e9, second.inWords());
            long owed = System.nanoTime();
            int queue = capture.replies().owed().size();
            int inbox = capture.inbox().list().size();
            System.out.printf("replies owed: %d, inbox: %d (read in %.2f s)%n", queue, inbox,
                    (System.nanoTime() - owed) / 1e9);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }
}
