package dev.kith.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vCard file of big photos (a phone's address book) is imported in memory bounded by its largest card: the
 * product's CLI, run in a child JVM with a 64 MB heap, imports a 48 MB file (held whole and decoded, it took
 * five times its size).
 */
class VCardLargeFileTest {
    private static final int CARDS = 660;

    @TempDir
    Path dir;

    @Test
    void aVCardFileOfPhotosLargerThanTheHeapIsImportedWhole() throws Exception {
        Path file = dir.resolve("phone.vcf");
        write(file);
        assertThat(Files.size(file)).isGreaterThan(48L << 20);
        Path log = dir.resolve("kith.log");

        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.kith.cli.Main",
                "--db", dir.resolve("kith.db").toString(), "--today", "2026-11-24", "import", "vcard", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(Files.readString(log)).contains("Imported phone.vcf: " + CARDS + " created");
        assertThat(p.exitValue()).isZero();
    }

    /** {@value #CARDS} cards, each with a 72 KB JPEG-sized photo folded at 75 characters, as Apple and Google write them. */
    private static void write(Path file) throws IOException {
        byte[] photo = new byte[72 * 1024];
        new Random(1).nextBytes(photo);
        String value = "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(photo);
        StringBuilder folded = new StringBuilder(value.substring(0, 75)).append("\r\n");
        for (int i = 75; i < value.length(); i += 74) {
            folded.append(' ').append(value, i, Math.min(value.length(), i + 74)).append("\r\n");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < CARDS; n++) {
                for (String line : List.of("BEGIN:VCARD", "VERSION:3.0", "FN:Person " + n, "N:" + n + ";Person;;;",
                        "EMAIL;TYPE=INTERNET:p" + n + "@example.org", "ORG:Example Inc.")) {
                    out.write(line + "\r\n");
                }
                out.write(folded.toString());
                out.write("END:VCARD\r\n");
            }
        }
    }
}
