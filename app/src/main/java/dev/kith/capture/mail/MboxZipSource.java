package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP holding mbox files, as Google Takeout downloads one ({@code takeout-…-001.zip} with {@code
 * Takeout/Mail/All mail Including Spam and Trash.mbox}): every {@code .mbox} entry is streamed as an mbox, in
 * the ZIP's order, without unpacking anything to disk; other entries are passed over. A ZIP without any is
 * refused.
 */
final class MboxZipSource implements MessageSource {
    private final Path zip;

    MboxZipSource(Path zip) {
        this.zip = zip;
    }

    /** Whether {@code file} starts as a ZIP does ({@code PK\3\4}). */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false; // the mbox reader reports why it cannot be read
        }
    }

    @Override
    public String kind() {
        return "mbox";
    }

    @Override
    public void read(MessageSink sink) {
        int read = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !lower.endsWith(".mbox") || lower.startsWith("__macosx/")
                        || MboxFolderSource.skipped(Path.of(name).getFileName().toString())) {
                    continue;
                }
                InputStream entry = new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the ZIP stays open for its next entry
                    }
                };
                new MboxSource(zip + "!/" + name, () -> entry).read(sink);
                read++;
            }
        } catch (ZipException e) {
            throw new ImportException(zip.toString(), 0, "a damaged ZIP file: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(zip.toString(), 0, "cannot read the file: " + e.getMessage());
        }
        if (read == 0) {
            throw new ImportException(zip.toString(), 0, "a ZIP file without any .mbox file in it");
        }
    }
}
