package dev.kith.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} a child {@code kith import} at random moments (every other run just after it starts
 * writing to the WAL): afterwards the book is either untouched or fully imported, and
 * {@code PRAGMA integrity_check} is ok. Ten kills by default; set the system
 * property {@code kith.crash.runs} (e.g. {@code -Dkith.crash.runs=50}) for more.
 */
class ImportCrashTest {
    private static final int PEOPLE = 4_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesTheBookUntouchedOrFullyImported() throws Exception {
        int runs = Integer.getInteger("kith.crash.runs", 10);
        Path vcf = dir.resolve("contacts.vcf");
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < PEOPLE; i++) {
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ").append(i).append(" Crash\r\nEMAIL:p").append(i)
                    .append("@crash.example\r\nORG:Org ").append(i % 97).append("\r\nNOTE:").append("n".repeat(200))
                    .append("\r\nEND:VCARD\r\n");
        }
        Files.writeString(vcf, cards, StandardCharsets.UTF_8);
        Path seed = dir.resolve("seed.db");
        Path log = dir.resolve("child.log");
        Map<String, String> env = Map.of("KITH_CONFIG_HOME", dir.resolve("config").toString());
        assertThat(ChildKith.run(log, env, "--db", seed.toString(), "contacts", "add", "Seed Person")).isZero();
        long seeded = ChildKith.count(seed, "SELECT count(*) FROM contacts");

        Path timed = dir.resolve("timed.db");
        Files.copy(seed, timed);
        long start = System.nanoTime();
        assertThat(ChildKith.run(log, env, "--db", timed.toString(), "import", "vcard", vcf.toString()))
                .as(Files.readString(log)).isZero();
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ChildKith.count(timed, "SELECT count(*) FROM contacts")).isEqualTo(seeded + PEOPLE);

        Random random = new Random(Long.getLong("kith.crash.seed", System.nanoTime()));
        int untouched = 0;
        int midWrite = 0;
        int imported = 0;
        for (int run = 0; run < runs; run++) {
            Path db = dir.resolve("run.db");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            Files.copy(seed, db, StandardCopyOption.REPLACE_EXISTING);
            Process p = ChildKith.start(log, env, "--db", db.toString(), "import", "vcard", vcf.toString());
            if (run % 2 == 0) {
                Thread.sleep(random.nextLong(fullMillis + 1)); // any moment
            } else {
                waitForWrites(p, Path.of(db + "-wal")); // most of a run is start-up and parsing: aim at the writes
                Thread.sleep(random.nextInt(40));
            }
            ChildKith.kill(p);
            Path wal = Path.of(db + "-wal");
            boolean walWritten = Files.exists(wal) && Files.size(wal) > 0;
            assertThat(ChildKith.integrity(db)).as("run %d", run).isEqualTo("ok");
            long contacts = ChildKith.count(db, "SELECT count(*) FROM contacts");
            assertThat(contacts).as("run %d: untouched or complete", run).isIn(seeded, seeded + PEOPLE);
            long emails = ChildKith.count(db, "SELECT count(*) FROM contact_emails");
            assertThat(emails).as("run %d: no half-written people", run).isEqualTo(contacts - seeded);
            if (contacts == seeded) {
                untouched++;
                if (walWritten) {
                    midWrite++; // killed with frames of the import's transaction in the WAL, never committed
                }
            } else {
                imported++;
            }
        }
        System.out.printf("ImportCrashTest: %d kills over %d ms runs: %d untouched (%d of them during the import's"
                + " writes), %d fully imported%n", runs, fullMillis, untouched, midWrite, imported);
    }

    /** Returns once the child has written to the WAL (the import's transaction is under way) or has ended. */
    private static void waitForWrites(Process p, Path wal) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(wal) && Files.size(wal) > 0)) {
            Thread.onSpinWait();
        }
    }
}
