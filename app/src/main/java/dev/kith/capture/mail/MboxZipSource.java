package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import dev.kith.io.ImportFiles;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP holding mail files: mbox files, as Google Takeout downloads one ({@code takeout-…-001.zip} with {@code
 * Takeout/Mail/All mail Including Spam and Trash.mbox}), and saved messages ({@code .eml}, {@code .emlx}), as some
 * mail tools export a mailbox, and Apple Mail's exports zipped ({@code Inbox.mbox/mbox}). Every {@code .mbox} entry
 * (and every one called {@code mbox}) is streamed as an mbox and every saved message read as
 * {@link MessageFileSource} reads one, and so is an entry without an extension that starts as either does
 * (Thunderbird's {@code Local Folders/Inbox}, readpst's output, an MH folder's {@code 1}), in the ZIP's order,
 * without unpacking anything to disk; other entries, macOS's {@code __MACOSX} copies and entries in folders never read ({@link MboxFolderSource#skipped}: drafts, junk, trash)
 * are passed over. A ZIP without any mail file is refused. Bounded against ZIP bombs: at most {@value #MAX_ENTRIES}
 * entries, at most {@value #MAX_MESSAGE_BYTES} bytes of a saved message read (the rest passed over), and the whole
 * ZIP's uncompressed bytes at most {@value #MAX_RATIO} times its size or {@value #MIN_TOTAL_BYTES} bytes, whichever
 * is more; past those the ZIP is refused.
 */
final class MboxZipSource implements MessageSource {
    static final int MAX_ENTRIES = 1_000_000;
    static final long MAX_MESSAGE_BYTES = 64L << 20;
    static final long MAX_RATIO = 100;
    static final long MIN_TOTAL_BYTES = 4L << 30;
    private final Path zip;
    private final int maxEntries;
    private final long minTotal;

    MboxZipSource(Path zip) {
        this(zip, MAX_ENTRIES, MIN_TOTAL_BYTES);
    }

    /**
     * A ZIP of at most {@code maxEntries} entries whose uncompressed bytes may be {@code minTotal}, or
     * {@value #MAX_RATIO} times its size if more.
     */
    MboxZipSource(Path zip, int maxEntries, long minTotal) {
        this.zip = zip;
        this.maxEntries = maxEntries;
        this.minTotal = minTotal;
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
        int entries = 0;
        MessageParser parser = new MessageParser();
        try (Counted in = new Counted(Files.newInputStream(zip), Math.max(minTotal, MAX_RATIO * Files.size(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new ImportException(zip.toString(), 0, "more than " + maxEntries + " files in the ZIP");
                }
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean mbox = lower.endsWith(".mbox") || lower.equals("mbox") || lower.endsWith("/mbox");
                boolean message = lower.endsWith(".eml") || lower.endsWith(".emlx");
                String base = lower.substring(lower.lastIndexOf('/') + 1);
                boolean bare = !base.isEmpty() && base.indexOf('.') < 0; // Thunderbird's Inbox, an MH folder's 1
                if (e.isDirectory() || !mbox && !message && !bare || skipped(name)) {
                    continue;
                }
                InputStream entry = new BufferedInputStream(new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the ZIP stays open for its next entry
                    }
                });
                if (!mbox && !message) {
                    entry.mark(ImportFiles.HEAD_BYTES);
                    byte[] head = entry.readNBytes(ImportFiles.HEAD_BYTES);
                    entry.reset();
                    mbox = MboxFolderSource.startsWithSeparator(head);
                    if (!mbox && !ImportFiles.message(head)) {
                        continue; // a file of another kind
                    }
                }
                String origin = zip + "!/" + name;
                if (mbox) {
                    new MboxSource(origin, () -> entry).read(sink);
                } else {
                    Instant at = e.getLastModifiedTime() == null ? null : e.getLastModifiedTime().toInstant();
                    MessageFileSource.read(new BufferedInputStream(new MessageFileSource.Limited(entry,
                            MAX_MESSAGE_BYTES)), MessageFileSource.emlx(name), origin, at, at, parser, sink);
                }
                read++;
            }
        } catch (ZipException e) {
            throw new ImportException(zip.toString(), 0, "a damaged ZIP file: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(zip.toString(), 0, "cannot read the file: " + e.getMessage());
        }
        if (read == 0) {
            throw new ImportException(zip.toString(), 0, "a ZIP file without any .mbox or .eml file in it");
        }
    }

    /**
     * Whether the entry {@code name} is passed over: macOS's resource forks ({@code __MACOSX/}, {@code ._x.eml}), or a
     * file in or of a folder never read.
     */
    private static boolean skipped(String name) {
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equalsIgnoreCase("__MACOSX") || i == parts.length - 1 && part.startsWith("._")
                    || !part.isEmpty() && MboxFolderSource.skipped(i < parts.length - 1 && part.endsWith(".sbd")
                    ? part.substring(0, part.length() - 4) : part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ZIP read through {@link ZipInputStream}, whose uncompressed bytes, those passed over between entries too
     * ({@link ZipInputStream#closeEntry} reads them through {@link #read(byte[], int, int)}), are at most {@code max}.
     */
    private final class Counted extends ZipInputStream {
        private final long max;
        private long total;

        Counted(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (total += n) > max) {
                throw new ImportException(zip.toString(), 0, "the ZIP unpacks to more than " + max
                        + " bytes: not a mail export (a ZIP bomb?)");
            }
            return n;
        }
    }
}
